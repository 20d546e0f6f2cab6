# Ura — poruke na srpskom (latinica, ekavski).
# Za učenike od 11 do 18 godina: kratke rečenice, jednostavne reči, toplo i iskreno.
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
    Za početak, upiši šifru svoje škole. Naći ćeš je na Ura plakatu u školi (na primer: K7Q4MZ).
school-code-unknown = Ne znam nijednu školu sa šifrom { $code }. Pogledaj ponovo plakat i upiši je još jednom.
school-code-malformed = Šifra škole ima 6 slova i brojeva, na primer K7Q4MZ. Molim te, upiši je ponovo.
start-report = Započni prijavu
start-menu-help = Brojevi za pomoć
start-menu-cases = Moje prijave
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
nav-skip = Preskoči
report-cancelled = U redu, ova prijava je prekinuta. Ništa nije poslato. Možeš ponovo da počneš kad god želiš sa /start.

## The report flow — questions

q-danger = Da li je neko u opasnosti upravo sada?
q-danger-yes = Da, neko je sada u opasnosti
q-danger-no = Ne

q-who = Na koga se ovo odnosi?
q-who-me = Na mene
q-who-other = Na nekog drugog

q-what = Šta se desilo?
q-what-conflict = Svađa ili prepirka
q-what-insults = Uvrede, pretnje ili ružni nadimci
q-what-physical = Udaranje, guranje ili tuča
q-what-exclusion = Isključivanje iz društva ili tračevi
q-what-online = Nešto na internetu ili telefonu
q-what-sexual = Neželjeno dodirivanje, seksualni komentari ili slike
q-what-adult = Odrasla osoba je povredila ili pretila detetu
q-what-selfharm = Misli o samopovređivanju
q-what-other = Nešto drugo

q-injury = Da li je neko teško povređen ili je bilo oružja?
q-injury-yes = Da
q-injury-no = Ne

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
q-often-repeated = Stalno, iznova i iznova

q-mediation =
    Da li želiš razgovor uz pomoć kluba za medijaciju?
    Obučeni učenici pomažu obema stranama da razgovaraju i zajedno nađu rešenje — samo ako se svi slože.
q-mediation-yes = Da, želim
q-mediation-maybe = Još ne znam
q-mediation-no = Ne

## Summary and sending

summary-title = Molim te, proveri svoju prijavu:
summary-change = ✏️ Promeni odgovor
summary-ok = ✅ Sve je tačno
summary-pick = Koji odgovor želiš da promeniš?

describe-prompt =
    Poslednji korak: svojim rečima nam opiši šta se desilo (nije obavezno). Možeš da pošalješ i fotografiju sa opisom.
    Tvoja poruka se šalje čim je pošalješ.
describe-send-without = Pošalji bez opisa
describe-too-long = Ovo je predugačko — skrati na manje od { $max } znakova (sada ih ima { $length }). Još ništa nije poslato.

privacy-note =
    🔒 Ko ovo čita: { $readers }.
    Škola neće znati ko si — tvoje ime i Telegram nalog niko ne vidi.
    Ako je nečiji život u opasnosti, odrasli moraju da reaguju da bi ga zaštitili.

readers-mediation = mentori (nastavnici) kluba za medijaciju u tvojoj školi — i direktor škole, ako je potrebno
readers-staff = zaposleni u tvojoj školi koji su zaduženi za bezbednost učenika — i direktor škole, ako je potrebno
readers-protection = osoba zadužena za zaštitu dece u tvojoj školi, koja može da se obrati centru za socijalni rad ili policiji da bi te zaštitila — i direktor škole, ako je potrebno
readers-wellbeing = psiholog ili pedagog tvoje škole — i direktor škole, ako je potrebno

## After sending

sent-title = ✅ Tvoja prijava je poslata. Hvala ti na poverenju — za ovo je trebalo hrabrosti.
sent-code = Šifra tvoje prijave: { $code }
sent-code-hint = Sačuvaj ovu šifru. Sa /mycases možeš da vidiš šta se dešava sa tvojom prijavom.
next-mediation = Šta sledi: mentor kluba za medijaciju čita prijavu i možda će ti pisati ovde, preko mene. Neće videti ko si.
next-staff = Šta sledi: neko od zaposlenih u školi čita prijavu i odlučuje kako da ti pomogne. Može da ti piše ovde, preko mene, a da ne zna ko si.
next-protection = Šta sledi: osoba u tvojoj školi koja štiti decu čita prijavu. Pošto je ovo ozbiljno, možda će zatražiti pomoć i izvan škole (od centra za socijalni rad ili policije) da bi te zaštitila.
next-wellbeing = Šta sledi: školski psiholog ili pedagog čita prijavu. Ima ko da ti pomogne — molim te, razgovaraj sa nekim i sada.
first-seen-open = Škola je sada otvorena, pa će odrasla osoba uskoro videti prijavu.
first-seen-closed = Škola je sada zatvorena. Odrasla osoba će prvi put videti tvoju prijavu: { $when }. Ako ti pomoć treba pre toga, pozovi brojeve ispod.
sent-already = Ova prijava je već poslata (šifra { $code }). Da započneš novu, pošalji /start.
report-added = ✅ Dodato u tvoju prijavu { $code }.
limit-reached = Dnevna granica za prijave ({ $limit }) je danas dostignuta. Ako je neko u opasnosti, pozovi brojeve iz /help. Sutra možeš ponovo da šalješ prijave.

## Help cards

card-emergency-title = 🆘 Ako je neko upravo sada u opasnosti, pozovi:
card-helpline-title = 💛 Ne moraš kroz ovo da prolaziš bez podrške. Možeš odmah da razgovaraš sa nekim:
card-referral-title = 📞 Mesta koja pomažu deci:
card-continue = Kada budeš na sigurnom, možeš da nastaviš prijavu ispod.
help-intro = Brojevi za pomoć — { $country }:
help-no-school = Prvo pošalji /start i šifru svoje škole, da ti pokažem brojeve za tvoju zemlju.
country-XK = Kosovo
country-AL = Albanija
country-MK = Severna Makedonija
dir-emergency = Hitne službe (hitna pomoć, vatrogasci, policija)
dir-police = Policija
dir-child-helpline = ALO 116 111 — linija za decu, besplatna
dir-social-work = Centar za socijalni rad u tvojoj opštini — njegov broj možeš da pitaš u školi ili u opštini
dir-hours-always = danju i noću
dir-hours-office = radnim danima

## My cases, withdraw, forget, privacy, quick exit

mycases-empty = Još nemaš poslatih prijava.
mycases-title = Tvoje prijave:
mycases-row = { $code } — { $status } ({ $week })
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
    Ovim se briše sve što se čuva o tebi: tvoje prijave, izabrani jezik i nezavršena prijava, ako je ima.
    Škola ti više neće moći da odgovori. Da li sigurno to želiš?
forget-yes = Da, obriši sve
forget-no = Ne, ostavi sve
forget-done = Gotovo. Sve što se čuvalo o tebi je obrisano.
forget-kept = U redu, ništa nije obrisano.

privacy-text =
    🔒 Kako te Ura štiti
    • Škola ne vidi tvoje ime, korisničko ime ni Telegram nalog. Vidi samo tvoje odgovore i šifru prijave.
    • Ono što napišeš čuva se šifrovano. Samo odrasli koji su zaduženi za tvoju prijavu mogu da je otvore.
    • Tvoje prijave se brišu { $days } dana nakon što se zatvore. Pomoću /forget možeš bilo kada da obrišeš sve.
    • Ako je nečiji život u opasnosti, odrasli moraju da reaguju da bi ga zaštitili.
    • Sam Telegram zna da se dopisuješ sa ovim botom, kao i za svaki drugi razgovor.
    • 🚪 Brzi izlaz (ili /clear) briše ovaj razgovor sa tvog telefona. Tvoje prijave se ne gube.

## Commands (menu)

cmd-start = Započni ili nastavi prijavu
cmd-help = Brojevi za pomoć
cmd-mycases = Moje prijave
cmd-privacy = Kako je zaštićena tvoja privatnost
cmd-language = Promeni jezik
cmd-clear = Brzi izlaz: obriši ovaj razgovor
cmd-forget = Obriši sve o meni
cmd-newschool = Napravi školu
cmd-schools = Spisak škola i njihovih linkova
cmd-queue = Otvoreni slučajevi vaše škole
cmd-name = Ime koje učenici vide
cmd-advisers = Mentori kluba (za direktora)
cmd-invite = Pozovi mentora ili direktora

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
schools-empty = Još nema škola. Dodajte prvu komandom /newschool.
schools-title = Škole:
schools-row = { $code } — { $name } ({ $municipality }, { $country }) — { $link }

## Weekdays, for "an adult will first see it on …"

when-morning = { $day } ujutru
day-1 = ponedeljak
day-2 = utorak
day-3 = sreda
day-4 = četvrtak
day-5 = petak
day-6 = subota
day-7 = nedelja
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

## Staff: notices and the queue

notice-new = 📥 Novi slučaj
notice-new-urgent = 🚨 Novi HITAN slučaj
notice-route = Za: { $route } · { $urgency } · poslato pre { $age }
notice-open = Otvori slučaj
route-mediation = klub za medijaciju
route-staff = zaposleni u školi
route-protection = zaštita dece (nikada medijacija)
route-wellbeing = psiholog / pedagog
urgency-urgent = hitno
urgency-high = visok prioritet
urgency-normal = običan prioritet
age-minutes = { $n } min
age-hours = { $n } h
age-days = { $n } d
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
staff-status-referred = prosleđen
staff-status-withdrawn = povučen na zahtev učenika
case-not-found = Ovaj slučaj ne postoji ili nije namenjen vama.
case-not-yours = Ovo može da uradi samo mentor koji je preuzeo slučaj (ili direktor škole).
case-wrong-status = Ovo sada nije moguće: slučaj je { $status }.

## Staff: the case card

card-title = Slučaj { $code }
card-meta = { $status } · { $route } · poslato pre { $age }
card-assignee = Slučaj vodi: { $name }
card-words = Rečima učenika:
card-photo = Fotografija poslata uz slučaj { $code }
card-notes = Interne beleške:
card-history = Istorija:
event-new = poslato
event-taken = preuzeto
event-handover = predato drugom mentoru
event-unassigned = mentor je otišao; čeka se novi
event-escalated = prosleđeno direktoru škole
event-mediation = medijacija je započeta
event-agreement = rešeno dogovorom
event-no-agreement = zatvoreno bez dogovora
event-not-suitable = zatvoreno: nije pogodno za medijaciju
event-referred-staff = prosleđeno zaposlenima u školi
event-referred-external = prosleđeno službama van škole
event-withdrawn = povučeno na zahtev učenika
event-reopened = ponovo otvoreno
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
act-schedule = 📅 Zakazivanje sastanka
act-agreement = ✅ Postignut je dogovor
act-no-agreement = Nema dogovora
act-not-suitable = Zatvaranje: nije pogodno za medijaciju
act-refer = ↗️ Prosleđivanje dalje
act-refer-staff = Zaposlenima u školi
act-refer-external = Službama van škole
act-handover = 🔁 Predaja slučaja
act-escalate = ⚠️ Prosleđivanje direktoru škole
take-already = { $name } već vodi ovaj slučaj.
take-lost = Slučaj je u istom trenutku preuzela osoba { $name }, pa ostaje kod nje.
take-won-notice = Slučaj { $code } je vaš: osoba { $name } je u istom trenutku pokušala da ga preuzme i o tome je obaveštena.
handover-pick = Kome predajete slučaj?
handover-nobody = Nema drugog mentora kome biste mogli da predate slučaj.
handover-done = Slučaj je predat. Sada ga vodi: { $name }.
handover-notice = { $name } vam predaje slučaj { $code }.
escalated-done = Direktoru škole je javljeno.
escalated-notice = ⚠️ { $name } vam prosleđuje slučaj { $code }.
refer-pick = Kome treba proslediti ovaj slučaj? Brojevi koji mogu da pomognu:
refer-done = Prosleđeno. Učeniku je javljeno.
referred-notice = Slučaj { $code } je prosleđen zaposlenima u školi.
referred-external-notice = Slučaj { $code } je upućen službama van škole (centar za socijalni rad, policija ili linija za pomoć).
closed-notice = Slučaj { $code } je zatvoren: { $outcome }. Molimo proverite da li je učeniku potrebna druga pomoć.
resolved-done = Sačuvano. Učeniku je javljeno.
club-name = klub za medijaciju

## Staff: the suitability checklist

check-title = Pogodnost za medijaciju ({ $n }/{ $of }):
check-peers = Da li su obe strane učenici (vršnjaci), bez velike razlike u moći?
check-no-injury = Da li je tačno da niko nije ozbiljno povređen i da nije bilo oružja?
check-no-abuse = Da li je tačno da nema seksualnog nasilja ni nasilja u porodici?
check-wants = Da li osoba koja je poslala prijavu želi razgovor uz medijaciju?
check-yes = Da
check-no = Ne
check-suitable = Pogodno. Učeniku je poslato pitanje da li pristaje; obavestiću vas o odgovoru.
check-unsuitable = Nije pogodno za medijaciju. Molimo vas da slučaj prosledite dalje:

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
relay-sent = Poslato učeniku ✓
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
student-consent-ask = Klub za medijaciju predlaže razgovor u kome obučeni učenici pomažu obema stranama da nađu rešenje. Razgovor će se održati samo ako se slažeš. Da li se slažeš?
student-session = Tvoj razgovor uz medijaciju: { $when }, { $place }.
student-agreement = Tvoj razgovor uz medijaciju završen je dogovorom. 🎉 Za otprilike { $days } dana pitaću te kako ide.
consent-yes = Da, slažem se
consent-no = Ne, hvala
consent-thanks-yes = Hvala ti! Klub će ti javiti kada i gde.
consent-thanks-no = U redu, nema problema. Škola će pomoći na drugi način.
consent-notice-yes = Učenik pristaje na medijaciju u slučaju { $code }.
consent-notice-no = Učenik ne pristaje na medijaciju u slučaju { $code }.
consent-missing = Obe strane moraju da pristanu pre sastanka ili dogovora: učenik i druga strana. Do tada se ništa ne zakazuje.
relay-from-club = 💬 { $from } ti piše o tvojoj prijavi { $code }:
relay-reply = ✍️ Odgovori
compose-club = Napiši svoj odgovor (tekst ili fotografiju). Stiže klubu za medijaciju u tvojoj školi, uz prijavu { $code } — oni ne vide ko si.
relay-sent-club = Poslato ✓ Klub će ti odgovoriti ovde.
checkin-question = Prošlo je neko vreme od tvog razgovora uz medijaciju (prijava { $code }). Da li je sada bolje?
checkin-yes = Da, bolje je
checkin-no = Ne baš
checkin-thanks-better = Baš mi je drago što to čujem! 💛
checkin-thanks-worse = Hvala ti na iskrenosti. Klub je obavešten — javiće ti se.
checkin-notice-better = Učenik kaže da je sada bolje (slučaj { $code }).
withdrawn-notice = Slučaj { $code } je povučen na zahtev učenika.
added-notice = Učenik je dodao nešto u slučaj { $code }.
checkin-notice-worse = Učenik kaže da nije bolje: slučaj { $code } je ponovo otvoren.
photo-not-now = Hvala ti. Fotografiju možeš da dodaš u poslednjem koraku prijave.

## Reminders (cron)

cron-remind-advisers = ⏰ Slučaj { $code } čeka duže od jednog dana. Može li neko da ga preuzme?
cron-escalate = ⚠️ Slučaj { $code } niko nije preuzeo već 3 dana.
cron-urgent = 🔴 Hitan slučaj { $code } nije preuzet već sat vremena.
cron-session-adviser = 📅 Podsetnik: sastanak za medijaciju u slučaju { $code } je sutra, { $when }.
cron-session-student = 📅 Podsetnik: tvoj razgovor uz medijaciju je sutra, { $when }, { $place }.
