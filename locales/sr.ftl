# Ura — poruke na srpskom (latinica, ekavski).
# Za učenike od 11 do 18 godina: kratke rečenice, jednostavne reči, toplo i iskreno.
# Učenicima se obraćamo sa „ti“, zaposlenima i administratorima sa „vi“. Tekstovi za učenike ne zavise od roda.
# Every id here must exist in en.ftl, sq.ftl and mk.ftl too (a test checks).

## General

error-generic = Izvini, nešto nije u redu kod nas. Tvoji odgovori su sačuvani — pokušaj ponovo za koji trenutak.
unknown-input = Ovo ne razumem. Pritisni neko dugme ili pošalji /start da počneš.
only-private = Molim te, piši mi u privatnom razgovoru, da niko drugi ne vidi šta pišeš.
not-supported-kind = Ovde mogu da čitam samo tekst i fotografije.
edited-ignored = Vidim da je jedna poruka izmenjena. Izmene ne čitam — pošalji je ponovo kao novu poruku.
button-expired = Ovo dugme više ne važi. Pošalji /start da počneš ispočetka.

## Start and schools

welcome =
    Zdravo! Ja sam Ura, bot kluba za vršnjačku medijaciju u tvojoj školi. 🌉
    Ovde možeš školi da prijaviš sukob, maltretiranje ili nasilje — a da škola ne zna ko si.
welcome-school = Tvoja prijava ide školi: { $school } ({ $municipality }).
ask-school-code =
    Za početak, upiši šifru svoje škole. Naći ćeš je na plakatu Ure u školi (na primer: K7Q4MZ).
school-code-unknown = Ne znam nijednu školu sa šifrom { $code }. Pogledaj ponovo plakat i upiši je još jednom.
school-code-malformed = Šifra škole ima 6 slova i brojeva, na primer K7Q4MZ. Molim te, upiši je ponovo.
school-archived = { $school } više ne koristi Uru. I dalje možeš da dobiješ pomoć — evo brojeva koji se javljaju odmah:
start-report = Započni prijavu
resume-question = Jedna tvoja prijava nije završena. Želiš li da je nastaviš?
resume-continue = Nastavi prijavu
resume-restart = Započni novu
report-expired = Ovaj obrazac je prestar i zatvoren je. Pošalji /start da započneš novu prijavu — traje samo dva minuta.

## Language

language-choose = Izaberi jezik:
language-set = U redu, sa tobom ću pričati na srpskom.

## The report flow — buttons on every step

nav-back = ⬅️ Nazad
nav-cancel = ✖️ Otkaži
nav-quick-exit = 🚪 Brzi izlaz
report-cancelled = U redu, ova prijava je prekinuta. Ništa nije poslato. Možeš ponovo da počneš kad god želiš sa /start.

## The report flow — questions

q-danger = Da li je neko u opasnosti upravo sada?
q-danger-yes = Da, neko je sada u opasnosti
q-danger-unsure = Ne znam sigurno
q-danger-no = Ne

q-who = Na koga se ovo odnosi?
q-who-me = Na mene
q-who-other = Na nekog drugog

q-what =
    { $who ->
        [other] Šta se toj osobi desilo?
       *[me] Šta se desilo?
    }
q-what-conflict = Svađa ili prepirka
q-what-insults = Uvrede, pretnje ili ružni nadimci
q-what-physical = Udaranje, guranje ili tuča
q-what-exclusion = Isključivanje iz društva ili tračevi
q-what-online = Nešto na internetu ili telefonu
q-what-sexual = Seksualni dodiri, poruke ili slike
q-what-selfharm =
    { $who ->
        [other] Razmišlja da se povredi ili da ne živi
       *[me] Razmišljam da se povredim ili da ne živim
    }
q-what-other = Nešto drugo
q-harm = Da li je neko teško povređen ili je neko imao oružje?
q-harm-weapon = Da, neko je imao oružje
q-harm-injury = Da, neko je teško povređen
q-harm-no = Ne
q-online = Šta se desilo na internetu?
q-online-sexual = Seksualne slike, snimci ili poruke
q-online-stranger =
    { $who ->
        [other] Odrasla ili nepoznata osoba piše detetu ili ga pritiska
       *[me] Odrasla ili nepoznata osoba mi piše ili me pritiska
    }
q-online-mean = Ružne poruke, svađa ili isključivanje
q-by = Ko je to uradio?
q-by-student = Jedan ili više učenika
q-by-partner = Dečko ili devojka (i bivši)
q-by-adult = Odrasla osoba
q-by-unknown = Neko drugi ili ne znam

q-where = Gde se to desilo?
q-where-class = U učionici
q-where-yard = U hodniku ili školskom dvorištu
q-where-toilets = U toaletu ili svlačionici
q-where-way = Na putu do škole ili iz škole
q-where-online = Na internetu
q-where-home = Kod kuće
q-where-elsewhere = Negde drugde

q-when = Kada se to desilo?
q-when-today = Danas
q-when-week = Ove nedelje
q-when-earlier = Ranije

q-often = Koliko često se to dešava?
q-often-once = Jednom
q-often-few = Nekoliko puta
q-often-repeated = Stalno

q-mediation =
    Da li želiš razgovor uz pomoć kluba za medijaciju?
    Obučeni učenici pomažu obema stranama da zajedno nađu rešenje. Druga strana će znati da si to ti. Razgovor se održava samo ako se svi slože.
q-mediation-yes = Da, želim
q-mediation-maybe = Još ne znam
q-mediation-no = Ne

## Summary and sending

summary-title = Molim te, proveri svoju prijavu:
summary-change = ✏️ Promeni odgovor
summary-ok = ✅ Sve je tačno
summary-pick = Koji odgovor želiš da promeniš?

describe-prompt = Poslednji korak: napiši šta se desilo ili pošalji fotografiju. Time šalješ prijavu.
describe-send-without = Pošalji bez opisa
describe-too-long =
    Ovo je predugačko — skrati na manje od { $max } { $max ->
        [one] znaka
        [few] znaka
       *[other] znakova
    } (sada ih ima { $length }). Još ništa nije poslato.

privacy-note =
    🔒 { $readers } mogu da je čitaju. Neće znati ko si, osim ako napišeš svoje ime.
    Ako je neko u opasnosti ili ga neko povređuje, odrasli moraju da reaguju da bi ga zaštitili.

readers-mediation = Nastavnici kluba za medijaciju i direktor
readers-staff = Zaposleni u školi zaduženi za bezbednost i direktor
readers-protection = Osoba u školi koja štiti decu (često psiholog) i direktor
readers-wellbeing = Osoba u školi koja štiti decu (često psiholog) i direktor

## After sending

sent-title = ✅ Tvoja prijava je poslata. Hvala ti na poverenju — za ovo je trebalo hrabrosti.
sent-code = Šifra tvoje prijave: { $code }
sent-code-hint = Sačuvaj ovu šifru. Sa /mycases možeš da vidiš šta se dešava sa tvojom prijavom.
next-mediation = Šta sledi: mentor kluba za medijaciju čita prijavu i možda će ti pisati ovde, preko mene. Neće videti ko si.
next-staff = Šta sledi: neko od zaposlenih u školi čita prijavu i odlučuje kako da ti pomogne. Može da ti piše ovde, preko mene, a da ne zna ko si.
next-protection =
    { $who ->
        [other] Šta sledi: osoba u tvojoj školi koja štiti decu čita prijavu. Pošto je ovo ozbiljno, može da zatraži pomoć od centra za socijalni rad ili policije da bi zaštitila to dete.
       *[me] Šta sledi: osoba u tvojoj školi koja štiti decu čita prijavu. Pošto je ovo ozbiljno, može da zatraži pomoć od centra za socijalni rad ili policije da bi te zaštitila.
    }
next-wellbeing = Šta sledi: osoba u tvojoj školi koja štiti decu čita prijavu. Molim te, reci to danas i nekoj odrasloj osobi kojoj veruješ.
first-seen-open = Škola je sada otvorena, pa će odrasla osoba uskoro videti prijavu.
first-seen-closed = Škola je sada zatvorena. Odrasla osoba će tvoju prijavu prvi put videti { $when }. Ako ti do tada treba pomoć, pozovi brojeve ispod.
sent-already = Ova prijava je već poslata (šifra { $code }). Da započneš novu, pošalji /start.
report-added = ✅ Dodato u tvoju prijavu { $code }.
report-added-full = Tvoja prijava { $code } već ima sve poruke koje može da primi. Odrasla osoba će videti tvoje poruke. Ako želiš da kažeš još nešto, sačekaj njihovu poruku ovde ili pošalji novu prijavu sa /start.
limit-reached =
    Danas već imaš { $limit } { $limit ->
        [one] poslatu prijavu
        [few] poslate prijave
       *[other] poslatih prijava
    }, a to je najviše za jedan dan. Ako je neko u opasnosti, pozovi brojeve iz /help. Sutra ponovo možeš da šalješ prijave.
too-many-today = Danas je od tebe ovde stiglo mnogo toga — pokušaj ponovo sutra. Ako je neko u opasnosti, pozovi 112.

## Help cards

card-emergency-title = 🆘 Ako je neko upravo sada u opasnosti, pozovi:
card-helpline-title =
    💛 Hvala ti na poverenju. Ne moraš kroz ovo da prolaziš bez podrške.
    Molim te, reci to danas nekoj odrasloj osobi kojoj veruješ: roditelju, nastavniku ili školskom psihologu.
card-helpline-talk = Možeš da se obratiš i ovde:
card-helpline-danger =
    { $who ->
        [other] Ako postoji opasnost da se ta osoba sada povredi, pozovi { $number }.
       *[me] Ako postoji opasnost da se sada povrediš, pozovi { $number }.
    }
card-referral-title = 📞 Mesta koja pomažu deci:
card-continue = Kada budeš na sigurnom, možeš da nastaviš prijavu ispod.
help-intro = Brojevi za pomoć — { $country }:
help-no-school = Prvo pošalji /start i šifru svoje škole, da ti pokažem brojeve za tvoju zemlju.
country-XK = Kosovo
country-AL = Albanija
country-MK = Severna Makedonija
dir-emergency = Hitne službe (hitna pomoć, vatrogasci, policija)
dir-police = Policija
dir-child-helpline = ALO linija za decu, besplatna, i preko četa
dir-social-work = Centar za socijalni rad u tvojoj opštini (broj pitaj u školi)
dir-child-protection-unit = Jedinica za zaštitu dece (NJMF) u tvojoj opštini (broj pitaj u školi)
dir-hours-always = danju i noću
dir-hours-office = radnim danima

## My cases, withdraw, forget, privacy, quick exit

mycases-empty = Još nemaš poslatih prijava.
mycases-title = Tvoje prijave:
mycases-row = { $code } — { $status } (poslata { $age })
mycases-withdraw = Povuci { $code }
withdraw-confirm = Da li želiš da povučeš prijavu { $code }? Škola više neće raditi na njoj.
withdraw-yes = Da, povuci je
withdraw-no = Ne, zadrži je
withdrawn = Prijava { $code } je povučena.
status-new = poslata, čeka odraslu osobu
status-taken = odrasla osoba radi na njoj
status-mediation = u medijaciji
status-resolved = rešena
status-referred = prosleđena drugima koji mogu da pomognu
status-withdrawn = povučena na tvoj zahtev

forget-confirm =
    Ovim se briše sve što se čuva o tebi: tvoje prijave, izabrani jezik i nezavršena prijava, ako je ima. Ostaje samo brojač današnjeg korišćenja, do kraja dana (da niko ne bi zatrpao bota porukama).
    Škola ti više neće moći da odgovori. Da li sigurno to želiš?
forget-yes = Da, obriši sve
forget-no = Ne, ostavi sve
forget-done = Gotovo. Sve što se čuvalo o tebi je obrisano.
forget-kept = U redu, ništa nije obrisano.

privacy-text =
    🔒 Kako te Ura štiti
    • Škola ne vidi tvoje ime, korisničko ime ni Telegram nalog. Vidi tvoje odgovore i šifru prijave. Ako napišeš svoje ime, znaće da si to ti.
    • Ko može da čita prijavu: nastavnici kluba za medijaciju (za svađu ili tuču među učenicima), osoba u školi koja štiti decu (za sve ozbiljnije) i direktor.
    • Ono što napišeš čuva se šifrovano. Samo te odrasle osobe mogu da ga otvore.
    • Ako je neko u opasnosti ili ga neko povređuje, odrasli moraju da reaguju da bi ga zaštitili.
    • Na razgovoru uz medijaciju sastaju se obe strane, pa će druga strana znati ko je tražio razgovor. Razgovor se održava samo ako se ti složiš.
    • Tvoje prijave se brišu { $days } { $days ->
        [one] dan
        [few] dana
       *[other] dana
    } nakon što se zatvore. Ostaju samo anonimni brojevi u statistici škole (na primer „4 prijave o vređanju u novembru“), i ništa u njima ne vodi do tebe. Pomoću /forget možeš bilo kada da obrišeš svoje prijave.
    • 🚪 Brzi izlaz (ili /clear) briše poruke iz ovog razgovora iz poslednja dva dana. Razgovor ostaje na spisku razgovora — obriši ga i tamo ako želiš. Tvoje prijave se ne gube.
    • Telegram i ljudi koji održavaju servere Ure mogu da vide da ovaj razgovor postoji, kao i kod svakog razgovora.

## Commands (menu)

cmd-start = Započni ili nastavi prijavu
cmd-help = Brojevi za pomoć
cmd-mycases = Moje prijave
cmd-privacy = Kako je zaštićena tvoja privatnost
cmd-language = Promeni jezik
cmd-clear = Brzi izlaz: obriši skorašnje poruke
cmd-forget = Obriši sve o meni
cmd-newschool = Napravi školu
cmd-schools = Spisak škola i njihovih linkova
cmd-staff = Zaposleni u školi (uklonite bilo koga)
cmd-trends = Trendovi vaših škola
cmd-queue = Otvoreni slučajevi vaše škole
cmd-name = Ime koje učenici vide
cmd-advisers = Mentori kluba (za direktora)
cmd-invite = Pozovi mentora ili direktora
bot-description = Ura pomaže učenicima da školi prijave sukob, maltretiranje ili nasilje — a da škola ne zna ko su. Ako je neko upravo sada u opasnosti, pozovi 112.
bot-short-description = Prijavi školi maltretiranje ili nasilje bez navođenja imena. U opasnosti si? Pozovi 112.

## Admin: schools

admin-only = Ova komanda je samo za administratore programa.
newschool-usage =
    Da biste dodali školu, pošaljite:
    /newschool Naziv; Opština; Država (XK, AL ili MK); jezik (sq, sr, mk ili en)
    Primer: /newschool OŠ Vuk Karadžić; Gračanica; XK; sr
newschool-bad-country = Država mora biti XK, AL ili MK.
newschool-bad-language = Jezik mora biti sq, sr, mk ili en.
newschool-created =
    Škola je dodata: { $name } ({ $municipality }, { $country })
    Šifra: { $code }
    Link za učenike: { $link }
    Škola još nema zaposlene u Uri: dok se direktor ne pridruži, njene prijave se javljaju administratorima programa. Pozovite direktora komandom /invite principal { $code }
schools-empty = Još nema škola. Dodajte prvu komandom /newschool.
schools-title = Škole:
schools-row = { $code } — { $name } ({ $municipality }, { $country }) — { $staff } — { $link }
staff-usage = Da vidite zaposlene u školi, pošaljite: /staff ŠIFRAŠKOLE
staff-title = Zaposleni – { $school }:
staff-none = { $school } još nema zaposlenih. Pozovite direktora sa /invite principal i šifrom škole.
rename-usage = Da preimenujete školu, pošaljite: /rename ŠIFRAŠKOLE; Novi naziv; Opština (po želji)
school-renamed = Škola { $code } se sada zove { $name }.
archive-usage = Da arhivirate školu, pošaljite: /archive ŠIFRAŠKOLE (i /unarchive ŠIFRAŠKOLE da je ponovo otvorite)
school-archived-done = { $name } je arhivirana: njen link više ne otvara prijavu, već učeniku kaže gde da potraži pomoć.
school-unarchived-done = { $name } ponovo prima prijave.
schools-no-principal = ⚠️ još nema direktora
schools-staff =
    direktor, { $advisers } { $advisers ->
        [one] mentor
        [few] mentora
       *[other] mentora
    }
schools-undelivered =
    { $count ->
        [one] ⚠️ { $count } obaveštenje nije isporučeno (30 dana)
        [few] ⚠️ { $count } obaveštenja nisu isporučena (30 dana)
       *[other] ⚠️ { $count } obaveštenja nije isporučeno (30 dana)
    }

## Weekdays, for "an adult will first see it on …"

when-morning = { $day } ujutru
day-1 = u ponedeljak
day-2 = u utorak
day-3 = u sredu
day-4 = u četvrtak
day-5 = u petak
day-6 = u subotu
day-7 = u nedelju
day-today = danas
day-tomorrow = sutra

## Staff: enrolment

staff-only = Ovo je samo za mentore kluba za medijaciju i direktora škole.
principal-only = Ovo može da uradi samo direktor škole.
invite-usage =
    Da biste nekoga pozvali, pošaljite:
    /invite adviser — poziv za mentora kluba za medijaciju u vašoj školi (za direktore)
    /invite lead — poziv za osobu zaduženu za zaštitu dece u vašoj školi (za direktore)
    /invite principal ŠIFRA-ŠKOLE — poziv za direktora škole (za administratore programa)
    /invite group — šifra za povezivanje Telegram grupe kluba
invite-partner-usage = Da pozovete člana partnerske organizacije, pošaljite:
    /invite partner Naziv organizacije; ŠIFRAŠKOLE ŠIFRAŠKOLE …
    ili za sve škole jedne opštine: /invite partner Naziv organizacije; XK/Prizren
invite-partner-schools =
    { $count ->
        [one] Pratiće { $count } školu.
        [few] Pratiće { $count } škole.
       *[other] Pratiće { $count } škola.
    }
partner-welcome =
    { $count ->
        [one] Dobro došli! Pratite { $count } školu za { $org }. /trends pokazuje kako stvari idu; dobijaćete i obaveštenja o onome što direktor nije preuzeo i o prijavama o odrasloj osobi u školi — nikada ono što je učenik napisao.
        [few] Dobro došli! Pratite { $count } škole za { $org }. /trends pokazuje kako stvari idu; dobijaćete i obaveštenja o onome što direktor nije preuzeo i o prijavama o odrasloj osobi u školi — nikada ono što je učenik napisao.
       *[other] Dobro došli! Pratite { $count } škola za { $org }. /trends pokazuje kako stvari idu; dobijaćete i obaveštenja o onome što direktor nije preuzeo i o prijavama o odrasloj osobi u školi — nikada ono što je učenik napisao.
    }
invite-created =
    Pozivnica — uloga: { $role } (jednokratna, važi 7 dana):
    Šifra: { $code }
    Link: { $link }
    Pošaljite je samo toj osobi.
invite-group-created =
    Šifra za grupu (jednokratna, važi 7 dana): { $code }
    Dodajte me u Telegram grupu kluba i tamo pošaljite: /linkgroup { $code }
join-invalid = Ova šifra ne važi, već je iskorišćena ili je istekla. Molimo vas da zatražite novu.
join-too-many = Previše pogrešnih šifara. Sačekajte sat vremena i pokušajte ponovo.
join-welcome = Dobro došli! Sada ste { $role } — { $school }.
join-help-adviser = Novi slučajevi za medijaciju stizaće vam ovde. /queue prikazuje otvorene slučajeve; /name podešava ime koje učenici vide (inače vide „klub za medijaciju“).
join-help-principal = Slučajevi van medijacije i hitni slučajevi stizaće vam ovde. /queue prikazuje otvorene slučajeve; /invite adviser poziva mentora kluba; /advisers prikazuje mentore i omogućava da ih uklonite.
join-help-lead = Ovde će vam stizati prijave van okvira medijacije (seksualno uznemiravanje, nasilje odraslih, samopovređivanje, opasnost, teške povrede, vršnjačko nasilje). /queue prikazuje otvorene.
group-linked = Ova grupa je sada povezana: biće obaveštena kada stigne novi slučaj za medijaciju (bez detalja, bez imena).
role-adviser = mentor kluba za medijaciju
role-principal = direktor škole
role-lead = osoba zadužena za zaštitu dece
role-partner = član partnerske organizacije
name-set = Učenici će vas od sada videti kao „{ $name }“.
name-cleared = Učenici će vas od sada videti kao „klub za medijaciju“.
advisers-title = Mentori kluba za medijaciju:
advisers-empty = Još nema mentora. Pozovite nekoga komandom /invite adviser.
advisers-remove = Ukloni: { $name }
advisers-remove-ask = Da li želite da uklonite osobu { $name } iz kluba za medijaciju? Pristup će joj odmah biti ukinut.
advisers-remove-confirm = Da, ukloni
advisers-removed = { $name } više nije u klubu i nema pristup.
advisers-gone = Ovaj mentor više nije u klubu.
unassigned-notice = Slučaj { $code } je vodila osoba { $name }: sada ga niko ne vodi. Otvorite ga i predajte nekome.
staff-welcome = Dobar dan! Vaša uloga u Uri: { $role }. /queue prikazuje otvorene slučajeve.
staff-help =
    Vaše komande:
    /queue — otvoreni slučajevi vaše škole
    /name — ime koje učenici vide (inače „klub za medijaciju“)
    /advisers — mentori i zaduženi u školi (za direktora)
    /invite — poziv za mentora, osobu zaduženu za zaštitu dece ili grupu kluba (za direktora)
    /poster — plakat sa QR kodom škole, za štampu
    /trends — anonimni trendovi škole i kontrolna tabla (za direktora)
    /language — promena jezika
    /help — ova lista

## Staff: notices and the queue

notice-new = 📥 Novi slučaj
notice-new-urgent = 🚨 Novi HITAN slučaj
notice-route = Za: { $route } · { $urgency } · poslato { $age }
notice-open = Otvori slučaj
notice-no-staff = 🚨 { $school }: novi slučaj ({ $code }, { $urgency }) u školi nema ko da primi. Molimo vas da se postarate da se neka odrasla osoba u školi pobrine za njega još danas.
notice-programme = ⚠️ { $school }: prijava o odrasloj osobi (slučaj { $code }, { $urgency }). Program dobija obaveštenje o svakoj takvoj prijavi, da nijedna škola ne bi sama rešavala pritužbu na sopstvene zaposlene.
route-mediation = klub za medijaciju
route-staff = zaposleni u školi
route-protection = zaštita dece (nikada medijacija)
route-wellbeing = psiholog / pedagog
urgency-urgent = hitno
urgency-high = visok prioritet
urgency-normal = običan prioritet
age =
    { $days ->
        [0] danas
        [1] juče
       *[other] pre { $days } { $days ->
            [one] dan
            [few] dana
           *[other] dana
        }
    }
queue-title = Slučajevi — { $filter } ({ $count }):
queue-empty = Ovde nema slučajeva. 🌤
queue-filter-open = svi otvoreni
queue-filter-new = novi
queue-filter-mine = moji
queue-filter-progress = u toku
staff-status-new = nov
staff-status-taken = preuzet
staff-status-mediation = u medijaciji
staff-status-resolved = rešen
staff-status-referred = upućen
staff-status-withdrawn = povučen na zahtev učenika
case-not-found = Ovaj slučaj ne postoji ili nije namenjen vama.
case-not-yours = Ovo može da uradi samo mentor koji je preuzeo slučaj (ili direktor škole).
case-wrong-status = Ovo sada nije moguće: slučaj je { $status }.
case-wrong-order = Taj korak još nije moguć: medijacija ide ovim redom — lista → obe strane pristaju → sastanak → dogovor.
refer-only = Lista je pokazala da druga strana nije vršnjak, ili ozbiljnu povredu ili zlostavljanje: ovaj slučaj se može samo uputiti dalje, ne i zatvoriti.

## Staff: the case card

card-title = Slučaj { $code }
card-meta = { $status } · { $route } · poslato { $age }
card-assignee = Slučaj vodi: { $name }
card-words = Rečima učenika:
card-photo = Fotografija poslata uz slučaj { $code }
card-notes = Interne beleške:
card-history = Istorija:
card-audit = Otvarali su:
card-session = Sastanak: { $when }, { $place }
session-when = { $day } ({ $date }), u { $time }
event-new = poslato
event-taken = preuzeto
event-handover = predato drugoj osobi
event-unassigned = mentor je otišao; čeka se novi
event-escalated = prosleđeno direktoru škole
event-mediation = medijacija je započeta
event-unsuitable = lista: nije pogodno za medijaciju
event-other-yes = druga strana je pristala
event-other-no = druga strana je odbila
event-consent-yes = učenik je pristao na medijaciju
event-consent-no = učenik nije pristao na medijaciju
event-scheduled = sastanak je zakazan
event-rescheduled = sastanak je pomeren
event-agreement = rešeno dogovorom
event-no-agreement = zatvoreno bez dogovora
event-not-suitable = zatvoreno: nije pogodno za medijaciju
event-referred-staff = upućeno zaposlenima u školi
event-referred-external = upućeno službama van škole
event-withdrawn = povučeno na zahtev učenika
event-reopened = ponovo otvoreno
event-better = provera: sada je bolje
event-expired = zatvoreno: predugo otvoreno
med-student-consent = Učenik pristaje:
med-other-consent = Druga strana pristaje:
med-session = Sastanak:
med-agreement = Dogovor:
act-take = ✋ Preuzimam ovaj slučaj
act-write = ✉️ Poruka učeniku
act-note = 📝 Interna beleška
act-mediation = 🤝 Provera pogodnosti za medijaciju
act-other-yes = Druga strana pristaje
act-other-no = Druga strana odbija
act-concerned-yes = Učenik o kome je reč pristaje
act-concerned-no = Učenik o kome je reč odbija
act-schedule = 📅 Zakazivanje sastanka
act-reschedule = 📅 Pomeranje sastanka
act-agreement = ✅ Postignut je dogovor
act-no-agreement = Nema dogovora
act-not-suitable = Zatvaranje: nije pogodno za medijaciju
act-refer = ↗️ Upućivanje dalje
act-refer-staff = Zaposlenima u školi
act-refer-external = Službama van škole
act-handover = 🔁 Predaja slučaja
act-escalate = ⚠️ Prosleđivanje direktoru škole
take-already = { $name } već vodi ovaj slučaj.
handover-pick = Kome predajete slučaj?
handover-nobody = Nema nikoga drugog kome biste mogli da predate slučaj.
handover-refused = Ta osoba sada ne može da preuzme ovaj slučaj: ne spada u njen delokrug ili više nije u školi.
handover-done = Slučaj je predat. Sada ga vodi: { $name }.
handover-notice = { $name } vam predaje slučaj { $code }.
escalated-done = Direktoru škole je javljeno.
escalated-notice = ⚠️ { $name } vam prosleđuje slučaj { $code }.
refer-pick = Kome treba uputiti ovaj slučaj? Brojevi koji mogu da pomognu:
refer-done = Upućeno. Učeniku je javljeno.
referred-notice = Slučaj { $code } je upućen zaposlenima u školi.
referred-external-notice = Slučaj { $code } je upućen službama van škole (centar za socijalni rad, policija ili linija za pomoć).
closed-notice = Slučaj { $code } je zatvoren: { $outcome }. Molimo proverite da li je učeniku potrebna druga pomoć.
expired-notice = Slučaj { $code } je zatvoren jer je predugo bio otvoren. Molimo proverite da li učeniku još treba pomoć.
resolved-done = Sačuvano. Učeniku je javljeno.
club-name = klub za medijaciju
school-name-sender = škola

## Staff: the suitability checklist

check-title = Pogodnost za medijaciju ({ $n }/{ $of }):
check-peers = Da li su obe strane učenici (vršnjaci), bez velike razlike u moći?
check-no-injury = Da li je tačno da niko nije ozbiljno povređen i da nije bilo oružja?
check-no-abuse = Da li je tačno da nema seksualnog nasilja ni nasilja u porodici?
check-wants = Da li osoba koja je poslala prijavu želi razgovor uz medijaciju?
check-yes = Da
check-no = Ne
check-suitable = Pogodno. Učeniku je poslato pitanje da li pristaje; obavestiću vas o odgovoru.
check-suitable-other = Pogodno. Ovu prijavu je poslao neko drugi, pa ne može da pristane umesto učenika o kome je reč: pitajte sami tog učenika, ne govoreći ko je prijavio, i zabeležite njegov odgovor na slučaju.
check-unsuitable = Nije pogodno za medijaciju. Molimo vas da slučaj uputite dalje:

## Staff: writing

compose-student = Napišite poruku za učenika (slučaj { $code }). Šaljem je ja, u ime kluba za medijaciju — učenik neće videti vaš nalog. Jedna poruka: za sledeću ponovo pritisnite dugme za poruku učeniku.
compose-note = Napišite internu belešku za slučaj { $code }. Vide je samo zaposleni.
compose-schedule =
    Kada i gde je sastanak za slučaj { $code }? Napišite, na primer:
    2026-12-03 10:30 Biblioteka
compose-agreement = Napišite glavne tačke pisanog dogovora za slučaj { $code }.
compose-closed = Ovaj razgovor je zatvoren jer slučaj više nije otvoren.
note-saved = Beleška je sačuvana.
schedule-invalid = Ne mogu da pročitam taj datum. Napišite ga ovako: 2026-12-03 10:30 Biblioteka (vreme u budućnosti).
schedule-done = Sastanak je sačuvan: { $when }, { $place }. Učeniku je javljeno, a dan ranije dobiće podsetnik.
relay-sent = ✓ Ura to prosleđuje učeniku.
relay-from-student = 💬 Učenik piše o slučaju { $code }:
relay-nobody-yet = Na tvojoj prijavi još niko ne radi. Dobićeš poruku ovde čim je neka odrasla osoba preuzme.

## Student: messages about their case

student-update-title = 📣 O tvojoj prijavi { $code }:
student-taken-mediation = Tvoja prijava je pročitana i na njoj sada radi mentor kluba za medijaciju.
student-taken-staff = Tvoja prijava je pročitana i na njoj sada radi neko od zaposlenih u školi.
student-referred-staff = Tvoja prijava je prosleđena zaposlenima u školi, koji u ovome mogu bolje da pomognu.
student-referred-external = Tvoja prijava je prosleđena ljudima van škole koji pomažu deci. I ovi brojevi mogu odmah da ti pomognu:
student-no-agreement = Razgovor uz medijaciju završen je bez dogovora. Škola će i dalje tražiti način da pomogne.
student-not-suitable = Klub smatra da razgovor uz medijaciju nije pravi put za ovo. Škola će pomoći na drugi način.
student-expired = Tvoja prijava je zatvorena jer je prošlo mnogo vremena. Ako se to i dalje dešava, pošalji novu prijavu ili razgovaraj sa odraslom osobom kojoj veruješ.
student-consent-ask = Klub za medijaciju predlaže razgovor u kome obučeni učenici pomažu obema stranama da nađu rešenje. Druga strana će znati da si to ti. Razgovor će se održati samo ako se slažeš. Da li se slažeš?
student-session = Tvoj razgovor uz medijaciju: { $when }, { $place }.
student-session-changed = Tvoj razgovor uz medijaciju je pomeren: { $when }, { $place }.
student-agreement =
    Tvoj razgovor uz medijaciju završen je dogovorom. 🎉 Za otprilike { $days } { $days ->
        [one] dan
        [few] dana
       *[other] dana
    } pitaću te kako ide.
consent-yes = Da, slažem se
consent-no = Ne, hvala
consent-thanks-yes = Hvala ti! Klub će ti javiti kada i gde.
consent-thanks-no = U redu, nema problema. Škola će pomoći na drugi način.
consent-notice-yes = Učenik pristaje na medijaciju u slučaju { $code }.
consent-notice-no = Učenik ne pristaje na medijaciju u slučaju { $code }.
consent-missing = Obe strane moraju da pristanu pre sastanka ili dogovora: učenik i druga strana. Do tada se ništa ne zakazuje.
session-missing = Prvo zakažite sastanak: dogovor se beleži posle razgovora.
relay-from-club = 💬 { $from } ti piše o tvojoj prijavi { $code }:
relay-reply = ✍️ Odgovori
compose-club = Napiši svoj odgovor (tekst ili fotografiju). Stiže odraslima u tvojoj školi koji rade na prijavi { $code } — oni ne vide ko si.
relay-sent-club = Poslato ✓ Odgovor će stići ovde.
checkin-question = Prošlo je neko vreme od tvog razgovora uz medijaciju (prijava { $code }). Da li je sada bolje?
checkin-yes = Da, bolje je
checkin-no = Ne baš
checkin-thanks-better = Baš mi je drago što to čujem! 💛
checkin-thanks-worse = Hvala ti na iskrenosti. Klub je obavešten — javiće ti se.
answer-too-late = Ovo pitanje je sada zatvoreno, pa se ništa nije promenilo.
checkin-notice-better = Učenik kaže da je sada bolje (slučaj { $code }).
withdrawn-notice = Slučaj { $code } je povučen na zahtev učenika.
added-notice = Učenik je dodao nešto u slučaj { $code }.
checkin-notice-worse = Učenik kaže da nije bolje: slučaj { $code } je ponovo otvoren.
photo-not-now = Hvala ti. Fotografiju možeš da dodaš u poslednjem koraku prijave.

## Reminders (cron)

cron-remind-advisers = ⏰ Slučaj { $code } čeka duže od jednog dana. Može li neko da ga preuzme?
cron-escalate = ⚠️ Slučaj { $code } niko nije preuzeo već 3 dana.
cron-urgent = 🔴 Hitan slučaj { $code } nije preuzet već sat vremena.
cron-session-adviser = 📅 Podsetnik: sastanak za medijaciju u slučaju { $code } je { $day } u { $time }.
cron-session-student = 📅 Podsetnik: tvoj razgovor uz medijaciju je { $day } u { $time }, { $place }.
session-day-today = danas
session-day-tomorrow = sutra

## Posters (GET /poster/CODE and /poster): printed in school corridors, read by students

poster-what = Sukob, maltretiranje ili nasilje? Reci školi preko Ure, na Telegramu.
poster-anonymous = Škola neće znati ko si, osim ako napišeš svoje ime.
poster-danger = Da li je neko u opasnosti upravo sada? Pozovi { $number }.
poster-how = Skeniraj kod kamerom telefona ili u Telegramu potraži { $name } i upiši { $code }.
poster-qr-label = QR kod: otvara Uru za { $school } u Telegramu
poster-not-found = Ovde nema plakata. Proveri link ili zatraži novi od škole.
poster-link =
    🖨 Plakat za { $school }: { $link }
    Otvorite ga na računaru i odštampajte na papiru A4. Okačite ga tamo gde učenici prolaze i gde mogu da ga skeniraju a da ih niko ne gleda — u hodniku, ne pored zbornice.
poster-usage = Pošaljite /poster sa šifrom škole, na primer: /poster K7Q4MZ. Šifre su na /schools.
poster-archived = { $school } je arhivirana, pa nema plakat.
poster-no-url = Link do plakata još ne može da se napravi: u podešavanjima nedostaje adresa Ure ({ $name }). Molimo vas da javite tehničkom timu programa.
cmd-poster = Plakat škole sa QR kodom

## Dashboard (web page: trends for principals, partners and admins)

dash-title = Trendovi
dash-nav = Meseci, preuzimanje i jezik
dash-other-views = Drugi prikazi
dash-views-programme = Program
dash-views-countries = Države
dash-views-municipalities = Opštine
dash-views-schools = Škole
dash-scope-programme = Ceo program
dash-scope-partner = { $name }: sve škole
dash-glance = Ukratko
dash-total = Prijave ({ $when })
dash-previous = Prethodni mesec ({ $when })
dash-change = Promena u odnosu na prethodni mesec
dash-urgent-share = Hitne prijave
dash-median-response = Medijana vremena do prvog odgovora
dash-median-resolve = Medijana vremena do zatvaranja
dash-days =
    { $days } { $days ->
        [one] dan
        [few] dana
       *[other] dana
    }
dash-not-enough = premalo slučajeva za procenu
dash-hidden = nije prikazano
dash-too-few =
    Manje od { $limit } { $limit ->
        [one] prijave
        [few] prijave
       *[other] prijava
    } u periodu { $when }. Da nijedan učenik ne bi mogao da bude prepoznat, za ovaj mesec ništa više se ne prikazuje.
dash-none = Nijedna ovog meseca.
dash-per-week = Prijave po nedeljama
dash-per-month = Prijave po mesecima (poslednjih 12 meseci)
dash-week-of = nedelja od { $date }
dash-by-category = Šta se dogodilo
dash-by-place = Gde se dogodilo
dash-by-route = Kome su prijave upućene
dash-by-urgency = Hitnost
dash-open-status = Otvoreni slučajevi po statusu
dash-open-age = Otvoreni slučajevi po starosti
dash-outcomes = Kako su slučajevi završeni
dash-checkins = Provera posle medijacije
dash-parts-school = Škole
dash-parts-municipality = Opštine
dash-parts-country = Države
dash-col-week = Nedelja
dash-col-month = Mesec
dash-col-category = Kategorija
dash-col-place = Mesto
dash-col-route = Upućeno
dash-col-urgency = Hitnost
dash-col-status = Status slučaja
dash-col-age = Otvoren
dash-col-outcome = Ishod
dash-col-checkin = Odgovor
dash-col-school = Škola
dash-col-municipality = Opština
dash-col-country = Država
dash-col-count = Broj
dash-category-selfharm = Misli o samopovređivanju ili o tome da ne želi da živi
dash-place-none = Nije pitano (prijave o samopovređivanju)
dash-checkin-better = Sada je bolje
dash-checkin-not-better = Nije bolje
dash-age-0-1 = do 1 dana
dash-age-2-7 = 2–7 dana
dash-age-8-30 = 8–30 dana
dash-age-31-plus = više od 30 dana
dash-footnote = „Nije prikazano“ (— na grafikonu) je broj manji od { $limit } ili broj sakriven zajedno s njim, kako nijedan ne bi mogao da se izračuna iz zbirova. Nedelja je najsitnija jedinica vremena koja se prikazuje, a reči iz prijava se ovde nikada ne pojavljuju.
dash-gathered = Stanje podataka: { $date }.
dash-csv = Preuzmi { "CSV" }
dash-open-in-telegram = Otvorite kontrolnu tablu iz Telegrama: pošaljite botu /trends i pritisnite dugme. Na računaru pošaljite /trends { "link" } i dobićete link koji radi jednom, 15 minuta.
dash-opening = Otvaram kontrolnu tablu…
dash-session-ended = Vaša sesija je istekla. Ponovo otvorite kontrolnu tablu iz Telegrama komandom /trends.
dash-stale = Kontrolna tabla je otvorena pre više od sat vremena. Zatvorite je i ponovo otvorite iz Telegrama.
dash-forged = Vaš identitet nije mogao da se proveri. Ponovo otvorite kontrolnu tablu iz Telegrama.
dash-link-once = Ovaj link radi samo jednom. Pritisnite dugme da biste otvorili kontrolnu tablu u ovom pregledaču na 15 minuta.
dash-link-open = Otvori kontrolnu tablu
dash-link-used = Ovaj link je već iskorišćen. Svaki link radi samo jednom: pošaljite botu /trends { "link" } za novi.
dash-link-expired = Ovaj link je istekao: linkovi važe 15 minuta. Pošaljite botu /trends { "link" } za novi.
dash-link-invalid = Ovaj link nije važeći. Pošaljite botu /trends { "link" } za novi.
dash-not-for-staff = Kontrolna tabla prikazuje anonimizovane trendove direktorima, partnerskim organizacijama i administratorima programa. Vaši slučajevi su u razgovoru sa botom: /queue.
dash-forbidden = Kontrolna tabla je namenjena direktorima, partnerskim organizacijama i administratorima programa. Za ovaj nalog ovde nema ničega.
dash-forbidden-scope = Ovi podaci nisu među onima koje možete da vidite.
dash-not-found = Za ovu stranicu nema podataka.
# Month names as a list of twelve, January first (the Worker's Intl knows no Albanian or Macedonian).
dash-months = januar, februar, mart, april, maj, jun, jul, avgust, septembar, oktobar, novembar, decembar
dash-months-short = jan, feb, mar, apr, maj, jun, jul, avg, sep, okt, nov, dec
dash-day-month = { $day }. { $when }
dash-open-total = Otvoreni slučajevi sada
dash-month-running = Ovaj mesec još nije završen.
register-title = Registar slučajeva
register-about = Za evidenciju škole i izveštavanje u sistemu države: jedan red po slučaju — šifra, šta se desilo, gde, kome je upućen, datumi (samo dan), status i ishod. Nijedna reč koju je učenik napisao i ništa po čemu se učenik može prepoznati.
register-from = Od
register-to = Do
register-download = Preuzmi registar ({ "CSV" })
register-col-code = Slučaj
register-col-sent = Prijavljeno
register-col-taken = Preuzeto
register-col-closed = Zatvoreno
register-col-referral = Upućivanje
register-principals-only = Samo direktor škole može da preuzme registar slučajeva.
register-bad-day = Datumi nisu mogli da se pročitaju. Izaberite datum početka i datum kraja.
register-backwards = Datum kraja je pre datuma početka.
register-too-long = Registar obuhvata najviše jednu godinu. Izaberite kraći period.
register-future = Datum početka je u budućnosti.
trends-title = 📊 Trendovi — { $name }
digest-title = 📅 Nedeljni pregled — { $name }
trends-week = Prijave u nedelji od { $date }: { $count }
trends-month = Prijave u periodu { $when }: { $count } (mesec pre toga: { $before })
trends-footnote = „Nije prikazano“ je broj manji od { $limit } ili broj sakriven uz njega, da nijedan ne bi mogao da se izračuna: da nijedan učenik ne bi mogao da bude prepoznat.
trends-open = 📈 Otvori kontrolnu tablu
trends-on-computer = Na računaru pošaljite /trends { "link" } i dobićete link koji otvara kontrolnu tablu jednom, 15 minuta.
trends-link =
    Vaš link za kontrolnu tablu. Radi jednom, u roku od 15 minuta — molimo vas da ga ne prosleđujete.
    { $link }
trends-no-figures = Još nema brojeva za prikaz: brojevi škola se prikupljaju svakog sata.
