# Ura — mesazhet në shqip.
# Për nxënës 11–18 vjeç: fjali të shkurtra, fjalë të thjeshta, me ngrohtësi dhe sinqeritet.
# Nxënësve u drejtohemi me "ti"; stafit dhe administratorëve me "ju".
# Every id here must exist in en.ftl, sr.ftl and mk.ftl too (a test checks).

## General

error-generic = Më vjen keq, diçka nuk shkoi mirë nga ana jonë. Përgjigjet e tua janë ruajtur — provo sërish pas pak.
unknown-input = Nuk e kuptova këtë. Shtyp një buton ose dërgo /start për të filluar.
only-private = Të lutem, fol me mua në një bisedë private, që askush tjetër të mos shohë çfarë shkruan.
not-supported-kind = Këtu mund të lexoj vetëm tekst dhe foto.
edited-ignored = Pashë që ndryshove një mesazh. Ndryshimet nuk lexohen — të lutem dërgoje sërish si mesazh të ri.
button-expired = Ky buton nuk vlen më. Dërgo /start për të filluar nga e para.

## Start and schools

welcome =
    Përshëndetje! Unë jam Ura, boti i klubit të ndërmjetësimit mes bashkëmoshatarëve në shkollën tënde. 🌉
    Këtu mund t'i tregosh shkollës për një konflikt, bullizëm ose dhunë — pa e ditur shkolla se kush je.
welcome-school = Raporti yt shkon te: { $school } ({ $municipality }).
ask-school-code =
    Për të filluar, shkruaj kodin e shkollës tënde. E gjen në posterin e Urës në shkollë (për shembull: K7Q4MZ).
school-code-unknown = Nuk njoh asnjë shkollë me kodin { $code }. Shiko posterin dhe shkruaje përsëri.
school-code-malformed = Kodi i shkollës ka 6 shkronja dhe numra, si K7Q4MZ. Të lutem shkruaje përsëri.
school-archived = { $school } nuk e përdor më Urën. Prapë mund të marrësh ndihmë — ja numrat që përgjigjen tani:
start-report = Fillo një raport
resume-question = Ke një raport që nuk e përfundove. Dëshiron ta vazhdosh?
resume-continue = Vazhdo raportin
resume-restart = Fillo një të ri
report-expired = Ky formular është shumë i vjetër dhe u mbyll. Dërgo /start për të filluar një raport të ri — zgjat vetëm dy minuta.

## Language

language-choose = Zgjidh gjuhën:
language-set = Në rregull, do të flas shqip me ty.

## The report flow — buttons on every step

nav-back = ⬅️ Prapa
nav-cancel = ✖️ Anulo
nav-quick-exit = 🚪 Dalje e shpejtë
report-cancelled = Në rregull, e ndala këtë raport. Asgjë nuk u dërgua. Mund të fillosh sërish kur të duash me /start.

## The report flow — questions

q-danger = A është dikush në rrezik tani?
q-danger-yes = Po, dikush është në rrezik tani
q-danger-unsure = Nuk e di me siguri
q-danger-no = Jo

q-who = Për kë bëhet fjalë?
q-who-me = Për mua
q-who-other = Për dikë tjetër

q-what =
    { $who ->
        [other] Çfarë i ndodhi?
       *[me] Çfarë ndodhi?
    }
q-what-conflict = Një grindje ose zënkë
q-what-insults = Fyerje, kërcënime, nofka të këqija
q-what-physical = Goditje, shtyrje ose përleshje
q-what-exclusion = Përjashtim nga shoqëria ose thashetheme
q-what-online = Diçka në internet ose në telefon
q-what-sexual = Prekje, mesazhe ose foto seksuale
q-what-selfharm =
    { $who ->
        [other] Mendon të lëndojë veten ose të mos jetojë
       *[me] Mendoj të lëndoj veten ose të mos jetoj
    }
q-what-other = Diçka tjetër
q-harm = A u lëndua dikush rëndë, apo kishte armë?
q-harm-weapon = Po, kishte armë
q-harm-injury = Po, dikush u lëndua rëndë
q-harm-no = Jo
q-online = Çfarë ndodhi në internet?
q-online-sexual = Foto, video ose mesazhe seksuale
q-online-stranger =
    { $who ->
        [other] Një i rritur ose i panjohur i shkruan ose i bën presion
       *[me] Një i rritur ose i panjohur më shkruan ose më bën presion
    }
q-online-mean = Mesazhe fyese, grindje ose përjashtim
q-by = Kush e bëri?
q-by-student = Një ose më shumë nxënës
q-by-partner = I dashuri, e dashura ose një ish
q-by-adult = Një i rritur
q-by-unknown = Dikush tjetër, ose nuk e di

q-where = Ku ndodhi?
q-where-class = Në klasë
q-where-yard = Në korridor ose në oborrin e shkollës
q-where-toilets = Në tualet ose në zhveshtore
q-where-way = Rrugës për në shkollë ose nga shkolla
q-where-online = Në internet
q-where-home = Në shtëpi
q-where-elsewhere = Diku tjetër

q-when = Kur ndodhi?
q-when-today = Sot
q-when-week = Këtë javë
q-when-earlier = Më herët

q-often = Sa shpesh ndodh?
q-often-once = Një herë
q-often-few = Disa herë
q-often-repeated = Vazhdimisht

q-mediation =
    A do të pranoje një bisedë me klubin e ndërmjetësimit?
    Nxënës të trajnuar i ndihmojnë të dyja palët të gjejnë bashkë një zgjidhje. Pala tjetër do ta dijë që je ti. Bëhet vetëm nëse pajtohen të gjithë.
q-mediation-yes = Po, do të pranoja
q-mediation-maybe = Ende nuk e di
q-mediation-no = Jo

## Summary and sending

summary-title = Të lutem, kontrollo raportin tënd:
summary-change = ✏️ Ndrysho një përgjigje
summary-ok = ✅ Është në rregull
summary-pick = Cilën përgjigje dëshiron të ndryshosh?

describe-prompt = Hapi i fundit: shkruaj çfarë ndodhi ose dërgo një foto. Kështu e dërgon raportin.
describe-send-without = Dërgo pa përshkrim
describe-too-long =
    Është shumë i gjatë — të lutem shkruaj më pak se { $max } { $max ->
        [one] karakter
       *[other] karaktere
    } (i yti ka { $length }). Ende nuk është dërguar asgjë.

privacy-note =
    🔒 { $readers } mund ta lexojnë. Nuk do ta dinë kush je, përveç nëse e shkruan emrin.
    Nëse dikush është në rrezik ose po lëndohet, të rriturit duhet të veprojnë për ta mbrojtur.

readers-mediation = Mësuesit e klubit të ndërmjetësimit dhe drejtori
readers-staff = Stafi i shkollës përgjegjës për sigurinë dhe drejtori
readers-protection = Personi në shkollë që mbron fëmijët (shpesh psikologu) dhe drejtori
readers-wellbeing = Personi në shkollë që mbron fëmijët (shpesh psikologu) dhe drejtori

## After sending

sent-title = ✅ Raporti yt u dërgua. Faleminderit që na tregove — kjo kërkon guxim.
sent-code = Kodi i raportit tënd: { $code }
sent-code-hint = Ruaje këtë kod. Me /mycases mund të shohësh çfarë ndodh me raportin tënd.
next-mediation = Çfarë ndodh tani: një mentor i klubit të ndërmjetësimit e lexon dhe mund të të shkruajë këtu, përmes meje. Nuk do ta shohë kush je.
next-staff = Çfarë ndodh tani: një anëtar i stafit të shkollës e lexon dhe vendos si të të ndihmojë. Mund të të shkruajë këtu, përmes meje, pa e ditur kush je.
next-protection =
    { $who ->
        [other] Çfarë ndodh tani: personi në shkollën tënde që mbron fëmijët e lexon. Meqë kjo është serioze, mund të kërkojë ndihmë nga shërbimet sociale ose nga policia për ta mbrojtur fëmijën.
       *[me] Çfarë ndodh tani: personi në shkollën tënde që mbron fëmijët e lexon. Meqë kjo është serioze, mund të kërkojë ndihmë nga shërbimet sociale ose nga policia për të të mbrojtur.
    }
next-wellbeing = Çfarë ndodh tani: personi në shkollën tënde që mbron fëmijët e lexon. Të lutem, tregoji sot edhe një të rrituri të cilit i beson.
first-seen-open = Shkolla tani është e hapur, kështu që një i rritur do ta shohë së shpejti.
first-seen-closed = Shkolla tani është e mbyllur. Një i rritur do ta shohë raportin tënd për herë të parë { $when }. Nëse të duhet ndihmë deri atëherë, përdor numrat më poshtë.
sent-already = Ky raport është dërguar tashmë (kodi { $code }). Për të filluar një tjetër, dërgo /start.
report-added = ✅ U shtua te raporti yt { $code }.
report-added-full = Raporti yt { $code } i ka tashmë të gjitha mesazhet që mund të marrë. Një i rritur do ta shohë atë që dërgove. Për të thënë më shumë, prit mesazhin e tyre këtu ose dërgo një raport të ri me /start.
limit-reached =
    Sot ke dërguar tashmë { $limit } { $limit ->
        [one] raport
       *[other] raporte
    }, që është maksimumi për një ditë. Nëse dikush është në rrezik, thirr numrat te /help. Nesër mund të dërgosh përsëri.
too-many-today = Sot ke bërë shumë gjëra këtu — provo sërish nesër. Nëse dikush është në rrezik, telefono 112.

## Help cards

card-emergency-title = 🆘 Nëse dikush është në rrezik tani, thirr:
card-helpline-title =
    💛 Faleminderit që më tregove. Nuk ke pse ta kalosh këtë vetëm.
    Të lutem, tregoji sot një të rrituri të cilit i beson: një prindi, një mësuesi ose psikologut të shkollës.
card-helpline-talk = Mund të flasësh edhe me:
card-helpline-danger =
    { $who ->
        [other] Nëse mund ta lëndojë veten tani, thirr { $number }.
       *[me] Nëse mund ta lëndosh veten tani, thirr { $number }.
    }
card-referral-title = 📞 Vende që ndihmojnë fëmijët:
card-continue = Kur të jesh në siguri, mund ta vazhdosh raportin më poshtë.
help-intro = Numra që ndihmojnë — { $country }:
help-no-school = Dërgo fillimisht /start dhe kodin e shkollës tënde, që të të tregoj numrat për shtetin tënd.
country-XK = Kosova
country-AL = Shqipëria
country-MK = Maqedonia e Veriut
dir-emergency = Urgjenca (ambulanca, zjarrfikësit, policia)
dir-police = Policia
dir-child-helpline = Linja ALO për fëmijë, falas, edhe me chat
dir-social-work = Qendra për Punë Sociale e komunës tënde (pyet në shkollë për numrin)
dir-child-protection-unit = Njësia për Mbrojtjen e Fëmijëve (NJMF) e bashkisë tënde (pyet në shkollë për numrin)
dir-hours-always = ditë e natë
dir-hours-office = në ditë pune

## My cases, withdraw, forget, privacy, quick exit

mycases-empty = Ende nuk ke dërguar asnjë raport.
mycases-title = Raportet e tua:
mycases-row = { $code } — { $status } (dërguar { $age })
mycases-withdraw = Tërhiq { $code }
withdraw-confirm = Dëshiron ta tërheqësh raportin { $code }? Shkolla nuk do të merret më me të.
withdraw-yes = Po, tërhiqe
withdraw-no = Jo, mbaje
withdrawn = Raporti { $code } u tërhoq.
status-new = u dërgua, pret një të rritur
status-taken = një i rritur po merret me të
status-mediation = në ndërmjetësim
status-resolved = u zgjidh
status-referred = iu kalua të tjerëve që mund të ndihmojnë
status-withdrawn = e tërhoqe ti

forget-confirm =
    Kjo fshin gjithçka që ruhet për ty: raportet e tua, gjuhën që zgjodhe dhe çdo raport të papërfunduar. Mbetet vetëm një numërues se sa e përdore Urën sot, deri në fund të ditës (që askush të mos e mbushë botin me mesazhe).
    Shkolla nuk do të mund të të përgjigjet më. Dëshiron vërtet ta bësh këtë?
forget-yes = Po, fshi gjithçka
forget-no = Jo, mbaji
forget-done = U krye. Gjithçka që ruhej për ty u fshi.
forget-kept = Në rregull, asgjë nuk u fshi.

privacy-text =
    🔒 Si të mbron Ura
    • Shkolla nuk e sheh emrin tënd, emrin e përdoruesit apo llogarinë tënde në Telegram. Sheh përgjigjet e tua dhe kodin e raportit. Nëse e shkruan emrin, do ta dinë që je ti.
    • Kush mund ta lexojë një raport: mësuesit e klubit të ndërmjetësimit (për një grindje ose përleshje mes nxënësish), personi në shkollë që mbron fëmijët (për gjithçka më serioze) dhe drejtori.
    • Çfarë shkruan ruhet e enkriptuar. Vetëm këta të rritur mund ta hapin.
    • Nëse dikush është në rrezik ose po lëndohet, të rriturit duhet të veprojnë për ta mbrojtur.
    • Në bisedën me ndërmjetësim takohen të dyja palët, ndaj pala tjetër do ta dijë kush e kërkoi. Bëhet vetëm nëse ti pajtohesh.
    • Raportet e tua fshihen { $days } { $days ->
        [one] ditë
       *[other] ditë
    } pasi mbyllen. Mbeten vetëm numra anonimë në statistikat e shkollës (si “4 raporte për fyerje në nëntor”), dhe asgjë në to nuk të tregon ty. Me /forget mund t'i fshish vetë raportet e tua, në çdo kohë.
    • 🚪 Dalja e shpejtë (ose /clear) fshin mesazhet e kësaj bisede nga dy ditët e fundit. Biseda mbetet në listën e bisedave — fshije edhe atje, nëse do. Raportet e tua nuk humbasin.
    • Telegrami dhe njerëzit që mbajnë serverët e Urës mund ta shohin që kjo bisedë ekziston, si me çdo bisedë tjetër.

## Commands (menu)

cmd-start = Fillo ose vazhdo një raport
cmd-help = Numra për ndihmë
cmd-mycases = Raportet e mia
cmd-privacy = Si mbrohet privatësia jote
cmd-language = Ndrysho gjuhën
cmd-clear = Dalje e shpejtë: fshi mesazhet e fundit
cmd-forget = Fshi gjithçka për mua
cmd-newschool = Krijo një shkollë
cmd-schools = Shkollat dhe lidhjet e tyre
cmd-staff = Stafi i një shkolle (hiqni këdo)
cmd-trends = Prirjet e shkollave tuaja
cmd-queue = Rastet e hapura të shkollës suaj
cmd-name = Emri që shohin nxënësit
cmd-advisers = Mentorët e klubit (për drejtorin)
cmd-invite = Fto një mentor ose drejtor
bot-description = Ura i ndihmon nxënësit t'i tregojnë shkollës për konflikte, bullizëm ose dhunë — pa e ditur shkolla se kush janë. Nëse dikush është në rrezik tani, thirr 112.
bot-short-description = Tregoji shkollës për bullizëm ose dhunë pa dhënë emrin. Në rrezik tani? Thirr 112.

## Admin: schools

admin-only = Kjo komandë është vetëm për administratorët e programit.
newschool-usage =
    Për të krijuar një shkollë, dërgoni:
    /newschool Emri; Komuna; Shteti (XK, AL ose MK); gjuha (sq, sr, mk ose en)
    Shembull: /newschool Shkolla Naim Frashëri; Prizren; XK; sq
newschool-bad-country = Shteti duhet të jetë XK, AL ose MK.
newschool-bad-language = Gjuha duhet të jetë sq, sr, mk ose en.
newschool-created =
    Shkolla u krijua: { $name } ({ $municipality }, { $country })
    Kodi: { $code }
    Lidhja për nxënësit: { $link }
    Shkolla ende nuk ka staf: derisa të bashkohet një drejtor, raportet e saj u njoftohen administratorëve të programit. Ftojeni drejtorin me /invite principal { $code }
schools-empty = Ende nuk ka shkolla. Krijoni një me /newschool.
schools-title = Shkollat:
schools-row = { $code } — { $name } ({ $municipality }, { $country }) — { $staff } — { $link }
staff-usage = Për të parë stafin e një shkolle, dërgoni: /staff KODISHKOLLËS
staff-title = Stafi — { $school }:
staff-none = { $school } nuk ka ende staf. Ftoni drejtorin me /invite principal dhe kodin e shkollës.
rename-usage = Për të riemërtuar një shkollë, dërgoni: /rename KODISHKOLLËS; Emri i ri; Komuna (sipas dëshirës)
school-renamed = Shkolla { $code } tani quhet { $name }.
archive-usage = Për të arkivuar një shkollë, dërgoni: /archive KODISHKOLLËS (dhe /unarchive KODISHKOLLËS për ta hapur sërish)
school-archived-done = { $name } u arkivua: lidhja e saj nuk hap më raport, por i tregon nxënësit ku të gjejë ndihmë.
school-unarchived-done = { $name } pranon sërish raporte.
schools-no-principal = ⚠️ ende pa drejtor
schools-staff =
    drejtor, { $advisers } { $advisers ->
        [one] mentor
       *[other] mentorë
    }
schools-undelivered =
    { $count ->
        [one] ⚠️ { $count } njoftim nuk u dorëzua (30 ditë)
       *[other] ⚠️ { $count } njoftime nuk u dorëzuan (30 ditë)
    }

## Weekdays, for "an adult will first see it on …"

when-morning = { $day } në mëngjes
day-1 = të hënën
day-2 = të martën
day-3 = të mërkurën
day-4 = të enjten
day-5 = të premten
day-6 = të shtunën
day-7 = të dielën
day-today = sot
day-tomorrow = nesër

## Staff: enrolment

staff-only = Kjo është vetëm për mentorët e klubit të ndërmjetësimit dhe për drejtorin e shkollës.
principal-only = Këtë mund ta bëjë vetëm drejtori i shkollës.
invite-usage =
    Për të ftuar dikë, dërgoni:
    /invite adviser — fton një mentor të klubit të ndërmjetësimit në shkollën tuaj (për drejtorët)
    /invite lead — fton përgjegjësin për mbrojtjen e fëmijëve në shkollën tuaj (për drejtorët)
    /invite principal KODI-I-SHKOLLËS — fton drejtorin e një shkolle (për administratorët e programit)
    /invite group — krijon një kod për të lidhur grupin e klubit në Telegram
invite-partner-usage = Për të ftuar një anëtar të një OJQ-je partnere, dërgoni:
    /invite partner Emri i organizatës; KODISHKOLLËS KODISHKOLLËS …
    ose për të gjitha shkollat e një komune: /invite partner Emri i organizatës; XK/Prizren
invite-partner-schools =
    { $count ->
        [one] Do të ndjekë { $count } shkollë.
       *[other] Do të ndjekë { $count } shkolla.
    }
partner-welcome =
    { $count ->
        [one] Mirë se vini! Ndiqni { $count } shkollë për { $org }. /trends tregon si po shkojnë gjërat; do të njoftoheni edhe për atë që drejtori nuk e mori përsipër dhe për raportet për një të rritur në shkollë — kurrë për atë që shkroi nxënësi.
       *[other] Mirë se vini! Ndiqni { $count } shkolla për { $org }. /trends tregon si po shkojnë gjërat; do të njoftoheni edhe për atë që drejtori nuk e mori përsipër dhe për raportet për një të rritur në shkollë — kurrë për atë që shkroi nxënësi.
    }
invite-created =
    Ftesë — roli: { $role } (vetëm për një përdorim, e vlefshme 7 ditë):
    Kodi: { $code }
    Lidhja: { $link }
    Dërgojani vetëm personit përkatës.
invite-group-created =
    Kodi i grupit (vetëm për një përdorim, i vlefshëm 7 ditë): { $code }
    Më shtoni në grupin e klubit në Telegram dhe dërgoni atje: /linkgroup { $code }
join-invalid = Ky kod nuk është i vlefshëm, është përdorur tashmë ose ka skaduar. Ju lutem, kërkoni një të ri.
join-too-many = Shumë kode të gabuara. Ju lutem, prisni një orë dhe provoni sërish.
join-welcome = Mirë se vini! Tani jeni { $role } — { $school }.
join-help-adviser = Rastet e reja për ndërmjetësim do t'ju dërgohen këtu. /queue tregon rastet e hapura; /name cakton emrin që shohin nxënësit (përndryshe ata shohin "klubi i ndërmjetësimit").
join-help-principal = Rastet jashtë ndërmjetësimit dhe rastet urgjente do t'ju dërgohen këtu. /queue tregon rastet e hapura; /invite adviser fton një mentor të klubit; /advisers i liston mentorët dhe ju lejon t'i hiqni.
join-help-lead = Këtu do t'ju dërgohen raportet jashtë fushës së ndërmjetësimit (ngacmim seksual, dhunë nga të rriturit, vetëlëndim, rrezik, lëndime të rënda, bullizëm). /queue tregon ato të hapurat.
group-linked = Ky grup tani është i lidhur: do të njoftohet kur vjen një rast i ri për ndërmjetësim (pa detaje, pa emra).
role-adviser = mentor i klubit të ndërmjetësimit
role-principal = drejtor i shkollës
role-lead = përgjegjës për mbrojtjen e fëmijëve
role-partner = anëtar i OJQ-së partnere
name-set = Nxënësit tani do t'ju shohin si "{ $name }".
name-cleared = Nxënësit tani do t'ju shohin si "klubi i ndërmjetësimit".
advisers-title = Mentorët e klubit të ndërmjetësimit:
advisers-empty = Ende nuk ka mentorë. Ftoni një me /invite adviser.
advisers-remove = Hiq: { $name }
advisers-remove-ask = Të hiqet { $name } nga klubi i ndërmjetësimit? Qasja do t'i ndërpritet menjëherë.
advisers-remove-confirm = Po, hiqe
advisers-removed = { $name } u hoq dhe nuk ka më qasje.
advisers-gone = Ky mentor nuk është më në klub.
unassigned-notice = { $name } kishte rastin { $code }: tani nuk e ka askush. Hapeni dhe dorëzojani dikujt.
staff-welcome = Përshëndetje! Roli juaj te Ura: { $role }. /queue tregon rastet e hapura.
staff-help =
    Komandat tuaja:
    /queue — rastet e hapura të shkollës suaj
    /name — emri që shohin nxënësit (përndryshe "klubi i ndërmjetësimit")
    /advisers — mentorët dhe përgjegjësit e shkollës (për drejtorin)
    /invite — ftoni një mentor, përgjegjësin për mbrojtjen e fëmijëve ose grupin e klubit (për drejtorin)
    /poster — një poster me kodin QR të shkollës, për ta shtypur
    /trends — prirjet anonime të shkollës dhe paneli (për drejtorin)
    /language — ndryshoni gjuhën
    /help — kjo listë

## Staff: notices and the queue

notice-new = 📥 Rast i ri
notice-new-urgent = 🚨 Rast i ri URGJENT
notice-route = Për: { $route } · { $urgency } · dërguar { $age }
notice-open = Hap rastin
notice-no-staff = 🚨 { $school }: një rast i ri ({ $code }, { $urgency }) nuk ka askënd në shkollë që ta marrë. Ju lutemi, sigurohuni që një i rritur në shkollë të merret me të sot.
notice-programme = ⚠️ { $school }: një raport për një të rritur (rasti { $code }, { $urgency }). Programi njoftohet për çdo raport të tillë, që asnjë shkollë të mos e trajtojë vetëm një ankesë kundër stafit të vet.
route-mediation = klubi i ndërmjetësimit
route-staff = stafi i shkollës
route-protection = mbrojtja e fëmijëve (kurrë ndërmjetësim)
route-wellbeing = psikologu / pedagogu
urgency-urgent = urgjent
urgency-high = prioritet i lartë
urgency-normal = prioritet normal
age =
    { $days ->
        [0] sot
        [1] dje
       *[other] para { $days } { $days ->
            [one] dite
           *[other] ditësh
        }
    }
queue-title = Rastet — { $filter } ({ $count }):
queue-empty = Nuk ka raste këtu. 🌤
queue-filter-open = të gjitha të hapura
queue-filter-new = të reja
queue-filter-mine = të miat
queue-filter-progress = në proces
staff-status-new = i ri
staff-status-taken = i marrë përsipër
staff-status-mediation = në ndërmjetësim
staff-status-resolved = i zgjidhur
staff-status-referred = i referuar
staff-status-withdrawn = i tërhequr nga nxënësi
case-not-found = Ky rast nuk ekziston ose nuk është për ju.
case-not-yours = Këtë mund ta bëjë vetëm mentori që e ka marrë rastin (ose drejtori i shkollës).
case-wrong-status = Kjo nuk është e mundur tani: rasti është { $status }.
case-wrong-order = Ky hap nuk është i mundur ende: ndërmjetësimi shkon lista → të dyja palët pranojnë → seanca → marrëveshja.
refer-only = Lista tregoi se pala tjetër nuk është bashkëmoshatar, ose gjeti dëm të rëndë ose abuzim: ky rast mund vetëm të referohet, jo të mbyllet.

## Staff: the case card

card-title = Rasti { $code }
card-meta = { $status } · { $route } · dërguar { $age }
card-assignee = Përgjegjës: { $name }
card-words = Me fjalët e nxënësit:
card-photo = Foto e dërguar me rastin { $code }
card-notes = Shënime të brendshme:
card-history = Historiku:
card-audit = E hapën:
card-session = Seanca: { $when }, { $place }
session-when = { $day } ({ $date }), ora { $time }
event-new = u dërgua
event-taken = u mor përsipër
event-handover = u dorëzua te një tjetër
event-unassigned = mentori u largua; pritet një i ri
event-escalated = iu përcoll drejtorit
event-mediation = filloi ndërmjetësimi
event-unsuitable = lista: jo i përshtatshëm për ndërmjetësim
event-other-yes = pala tjetër pranoi
event-other-no = pala tjetër refuzoi
event-consent-yes = nxënësi pranoi ndërmjetësimin
event-consent-no = nxënësi nuk pranoi ndërmjetësimin
event-scheduled = seanca u caktua
event-rescheduled = seanca u zhvendos
event-agreement = u zgjidh me marrëveshje
event-no-agreement = u mbyll pa marrëveshje
event-not-suitable = u mbyll: nuk është i përshtatshëm për ndërmjetësim
event-referred-staff = iu referua stafit të shkollës
event-referred-external = iu referua shërbimeve jashtë shkollës
event-withdrawn = u tërhoq nga nxënësi
event-reopened = u rihap
event-better = kontrolli: tani është më mirë
event-expired = u mbyll: qëndroi i hapur shumë gjatë
med-student-consent = Nxënësi pajtohet:
med-other-consent = Pala tjetër pajtohet:
med-session = Seanca:
med-agreement = Marrëveshja:
act-take = ✋ E marr këtë rast
act-write = ✉️ Shkruaji nxënësit
act-note = 📝 Shënim i brendshëm
act-mediation = 🤝 Kontrollo nëse është për ndërmjetësim
act-other-yes = Pala tjetër pranoi
act-other-no = Pala tjetër refuzoi
act-concerned-yes = Nxënësi që prek raporti pranoi
act-concerned-no = Nxënësi që prek raporti refuzoi
act-schedule = 📅 Cakto seancën
act-reschedule = 📅 Zhvendos seancën
act-agreement = ✅ U arrit marrëveshje
act-no-agreement = Nuk u arrit marrëveshje
act-not-suitable = Mbyll: nuk është për ndërmjetësim
act-refer = ↗️ Referoje më tej
act-refer-staff = Te stafi i shkollës
act-refer-external = Te shërbimet jashtë shkollës
act-handover = 🔁 Dorëzoja dikujt tjetër
act-escalate = ⚠️ Përcille te drejtori
take-already = Këtë rast e ka marrë tashmë { $name }.
handover-pick = Kujt t'ia dorëzoni rastin?
handover-nobody = Nuk ka askënd tjetër të cilit t'ia dorëzoni rastin.
handover-refused = Ky person nuk mund ta marrë këtë rast tani: nuk i takon atij/asaj, ose nuk është më në shkollë.
handover-done = U dorëzua te { $name }.
handover-notice = { $name } jua dorëzoi rastin { $code }.
escalated-done = Drejtori i shkollës u njoftua.
escalated-notice = ⚠️ { $name } jua përcolli rastin { $code }.
refer-pick = Ku duhet të shkojë ky rast? Numra që mund të ndihmojnë:
refer-done = U referua. Nxënësi u njoftua.
referred-notice = Rasti { $code } iu referua stafit të shkollës.
referred-external-notice = Rasti { $code } iu referua shërbimeve jashtë shkollës (qendra për punë sociale, policia ose një linjë ndihme).
closed-notice = Rasti { $code } u mbyll: { $outcome }. Ju lutemi shihni nëse nxënësi ka nevojë për ndihmë tjetër.
expired-notice = Rasti { $code } u mbyll sepse qëndroi i hapur shumë gjatë. Ju lutemi shihni nëse nxënësi ka ende nevojë për ndihmë.
resolved-done = U ruajt. Nxënësi u njoftua.
club-name = klubi i ndërmjetësimit
school-name-sender = shkolla jote

## Staff: the suitability checklist

check-title = Përshtatshmëria për ndërmjetësim ({ $n }/{ $of }):
check-peers = A janë të dyja palët nxënës (bashkëmoshatarë), pa pabarazi të madhe fuqie mes tyre?
check-no-injury = A është e vërtetë që askush nuk u lëndua rëndë dhe nuk kishte armë?
check-no-abuse = A është e vërtetë që nuk ka dhunë seksuale dhe as dhunë në familje?
check-wants = A dëshiron nxënësi që dërgoi raportin një bisedë me ndërmjetësim?
check-yes = Po
check-no = Jo
check-suitable = I përshtatshëm. E pyeta nxënësin nëse pajtohet; do t'ju njoftoj për përgjigjen.
check-suitable-other = I përshtatshëm. Këtë raport e dërgoi dikush tjetër, prandaj ai nuk mund të pranojë në emër të nxënësit që prek raporti: pyeteni vetë atë nxënës, pa i thënë kush raportoi, dhe shënoni përgjigjen në rast.
check-unsuitable = Nuk është i përshtatshëm për ndërmjetësim. Ju lutem, referojeni rastin më tej:

## Staff: writing

compose-student = Shkruani mesazhin për nxënësin (rasti { $code }). E dërgoj unë, në emër të klubit të ndërmjetësimit — nxënësi nuk do ta shohë llogarinë tuaj. Një mesazh: për tjetrin, shtypni sërish “Shkruaji nxënësit”.
compose-note = Shkruani shënimin e brendshëm për rastin { $code }. E sheh vetëm stafi.
compose-schedule =
    Kur dhe ku do të mbahet seanca për rastin { $code }? Shkruani për shembull:
    2026-12-03 10:30 Biblioteka
compose-agreement = Shkruani pikat kryesore të marrëveshjes me shkrim për rastin { $code }.
compose-closed = Kjo bisedë është mbyllur, sepse rasti nuk është më i hapur.
note-saved = Shënimi u ruajt.
schedule-invalid = Nuk e kuptova këtë datë. Ju lutem, shkruajeni kështu: 2026-12-03 10:30 Biblioteka (një kohë në të ardhmen).
schedule-done = Seanca u ruajt: { $when }, { $place }. Nxënësi u njoftua dhe do të marrë një kujtesë një ditë më parë.
relay-sent = ✓ Ura po ia përcjell nxënësit.
relay-from-student = 💬 Nxënësi shkroi për rastin { $code }:
relay-nobody-yet = Ende askush nuk po merret me këtë raport. Do të marrësh një mesazh këtu sapo një i rritur ta marrë përsipër.

## Student: messages about their case

student-update-title = 📣 Për raportin tënd { $code }:
student-taken-mediation = Një mentor i klubit të ndërmjetësimit e lexoi raportin tënd dhe po merret me të.
student-taken-staff = Një anëtar i stafit të shkollës e lexoi raportin tënd dhe po merret me të.
student-referred-staff = Raporti yt iu kalua stafit të shkollës, që mund të ndihmojë më mirë për këtë.
student-referred-external = Raporti yt iu kalua njerëzve jashtë shkollës që ndihmojnë fëmijët. Edhe këta numra mund të të ndihmojnë tani:
student-no-agreement = Biseda me ndërmjetësim përfundoi pa marrëveshje. Shkolla do të vazhdojë të kërkojë një mënyrë për të ndihmuar.
student-not-suitable = Klubi mendon se një bisedë me ndërmjetësim nuk është rruga e duhur për këtë. Shkolla do të ndihmojë në një mënyrë tjetër.
student-expired = Raporti yt u mbyll sepse ka kaluar shumë kohë. Nëse vazhdon të ndodhë, dërgo një raport të ri ose fol me një të rritur që i beson.
student-consent-ask = Klubi i ndërmjetësimit propozon një bisedë ku nxënës të trajnuar i ndihmojnë të dyja palët të gjejnë një zgjidhje. Pala tjetër do ta dijë që je ti. Bëhet vetëm nëse ti pajtohesh. A pajtohesh?
student-session = Biseda jote me ndërmjetësim: { $when }, { $place }.
student-session-changed = Biseda jote me ndërmjetësim u zhvendos: { $when }, { $place }.
student-agreement =
    Biseda jote me ndërmjetësim përfundoi me marrëveshje. 🎉 Pas rreth { $days } { $days ->
        [one] dite
       *[other] ditësh
    } do të të pyes si po shkojnë gjërat.
consent-yes = Po, pajtohem
consent-no = Jo, faleminderit
consent-thanks-yes = Faleminderit! Klubi do të të tregojë kur dhe ku.
consent-thanks-no = Në rregull, s'ka problem. Shkolla do të ndihmojë në një mënyrë tjetër.
consent-notice-yes = Nxënësi pranoi ndërmjetësimin për rastin { $code }.
consent-notice-no = Nxënësi nuk pranoi ndërmjetësimin për rastin { $code }.
consent-missing = Të dyja palët duhet të pajtohen para një seance ose marrëveshjeje: nxënësi dhe pala tjetër. Deri atëherë nuk planifikohet asgjë.
session-missing = Caktoni fillimisht seancën: marrëveshja regjistrohet pas bisedës.
relay-from-club = 💬 Mesazh nga { $from } për raportin tënd { $code }:
relay-reply = ✍️ Përgjigju
compose-club = Shkruaj përgjigjen tënde (tekst ose foto). Shkon te të rriturit në shkollën tënde që merren me raportin { $code } — ata nuk e shohin kush je.
relay-sent-club = U dërgua ✓ Përgjigjja do të vijë këtu.
checkin-question = Ka kaluar pak kohë nga biseda jote me ndërmjetësim (raporti { $code }). A është më mirë tani?
checkin-yes = Po, është më mirë
checkin-no = Jo, jo shumë
checkin-thanks-better = Më gëzon shumë ta dëgjoj këtë! 💛
checkin-thanks-worse = Faleminderit që më tregove. E njoftova klubin — do të të shkruajnë përsëri.
answer-too-late = Kjo pyetje është mbyllur tani, prandaj nuk ndryshoi asgjë.
checkin-notice-better = Nxënësi thotë se tani është më mirë (rasti { $code }).
withdrawn-notice = Nxënësi e tërhoqi rastin { $code }.
added-notice = Nxënësi shtoi diçka te rasti { $code }.
checkin-notice-worse = Nxënësi thotë se nuk është më mirë: rasti { $code } u rihap.
photo-not-now = Faleminderit. Një foto mund ta shtosh në hapin e fundit të raportit.

## Reminders (cron)

cron-remind-advisers = ⏰ Rasti { $code } pret prej më shumë se një dite. A mund ta marrë dikush?
cron-escalate = ⚠️ Askush nuk e ka marrë rastin { $code } prej 3 ditësh.
cron-urgent = 🔴 Rasti urgjent { $code } nuk është marrë prej një ore.
cron-session-adviser = 📅 Kujtesë: seanca e ndërmjetësimit për rastin { $code } është { $day } në orën { $time }.
cron-session-student = 📅 Kujtesë: biseda jote me ndërmjetësim është { $day } në orën { $time }, { $place }.
session-day-today = sot
session-day-tomorrow = nesër

## Posters (GET /poster/CODE and /poster): printed in school corridors, read by students

poster-what = Konflikt, bullizëm apo dhunë? Tregoji shkollës përmes Urës, në Telegram.
poster-anonymous = Shkolla nuk do ta dijë se kush je, përveç nëse e shkruan emrin tënd.
poster-danger = A është dikush në rrezik tani? Thirr { $number }.
poster-how = Skano kodin me kamerën e telefonit, ose kërko { $name } në Telegram dhe shkruaj { $code }.
poster-qr-label = Kodi QR: hap Urën për { $school } në Telegram
poster-not-found = Këtu nuk ka poster. Kontrollo lidhjen, ose kërkoji shkollës një të ri.
poster-link =
    🖨 Posteri për { $school }: { $link }
    Hapeni në kompjuter dhe printojeni në letër A4. Vareni aty ku kalojnë nxënësit dhe ku mund ta skanojnë pa i parë kush — në korridor, jo pranë dhomës së mësuesve.
poster-usage = Dërgoni /poster me kodin e shkollës, për shembull: /poster K7Q4MZ. Kodet i gjeni te /schools.
poster-archived = { $school } është arkivuar, prandaj nuk ka poster.
poster-no-url = Lidhja e posterit ende nuk mund të krijohet: adresa e Urës ({ $name }) mungon në cilësimet. Ju lutemi, njoftoni ekipin teknik të programit.
cmd-poster = Posteri i shkollës me kodin QR

## Dashboard (web page: trends for principals, partners and admins)

dash-title = Prirjet
dash-nav = Muajt, shkarkimi dhe gjuha
dash-other-views = Pamje të tjera
dash-views-programme = Programi
dash-views-countries = Vendet
dash-views-municipalities = Komunat
dash-views-schools = Shkollat
dash-scope-programme = I gjithë programi
dash-scope-partner = { $name }: të gjitha shkollat
dash-glance = Në një vështrim
dash-total = Raporte ({ $when })
dash-previous = Muaji paraardhës ({ $when })
dash-change = Ndryshimi nga muaji paraardhës
dash-urgent-share = Raporte urgjente
dash-median-response = Koha mediane deri te përgjigjja e parë
dash-median-resolve = Koha mediane deri te mbyllja
dash-days =
    { $days } { $days ->
        [one] ditë
       *[other] ditë
    }
dash-not-enough = shumë pak raste për të thënë diçka
dash-hidden = nuk shfaqet
dash-too-few =
    Më pak se { $limit } { $limit ->
        [one] raport
       *[other] raporte
    } në { $when }. Që të mos njihet asnjë nxënës, për këtë muaj nuk shfaqet asgjë tjetër.
dash-none = Asnjë këtë muaj.
dash-per-week = Raporte për javë
dash-per-month = Raporte për muaj (12 muajt e fundit)
dash-week-of = java që nis më { $date }
dash-by-category = Çfarë ndodhi
dash-by-place = Ku ndodhi
dash-by-route = Kujt iu drejtuan raportet
dash-by-urgency = Urgjenca
dash-open-status = Raste të hapura sipas statusit
dash-open-age = Raste të hapura sipas vjetërsisë
dash-outcomes = Si u mbyllën rastet
dash-checkins = Kontrolli pas ndërmjetësimit
dash-parts-school = Shkollat
dash-parts-municipality = Komunat
dash-parts-country = Vendet
dash-col-week = Java
dash-col-month = Muaji
dash-col-category = Kategoria
dash-col-place = Vendi
dash-col-route = Iu drejtua
dash-col-urgency = Urgjenca
dash-col-status = Statusi
dash-col-age = E hapur prej
dash-col-outcome = Përfundimi
dash-col-checkin = Përgjigjja
dash-col-school = Shkolla
dash-col-municipality = Komuna
dash-col-country = Vendi
dash-col-count = Numri
dash-category-selfharm = Mendime për vetëlëndim ose për të mos jetuar
dash-place-none = Nuk u pyet (raporte për vetëlëndim)
dash-checkin-better = Tani është më mirë
dash-checkin-not-better = Nuk është më mirë
dash-age-0-1 = deri në 1 ditë
dash-age-2-7 = 2–7 ditë
dash-age-8-30 = 8–30 ditë
dash-age-31-plus = mbi 30 ditë
dash-footnote = „Nuk shfaqet“ (— në grafik) është një numër nën { $limit }, ose një numër i fshehur bashkë me të, që asnjëri të mos nxirret dot nga totalet. Java është njësia më e imët e kohës që shfaqet, dhe fjalët e raporteve nuk shfaqen kurrë këtu.
dash-gathered = Shifrat deri më { $date }.
dash-csv = Shkarko CSV
dash-open-in-telegram = Hapeni panelin nga Telegrami: dërgojini botit /trends dhe shtypni butonin. Në kompjuter, dërgoni /trends link për një lidhje që funksionon një herë, për 15 minuta.
dash-opening = Po hapet paneli…
dash-session-ended = Seanca juaj në panel ka përfunduar. Hapeni përsëri nga Telegrami me /trends.
dash-stale = Ky panel u hap më shumë se një orë më parë. Mbylleni dhe hapeni përsëri nga Telegrami.
dash-forged = Hyrja juaj nuk u verifikua dot. Hapeni panelin përsëri nga Telegrami.
dash-link-once = Kjo lidhje funksionon vetëm një herë. Shtypni butonin për ta hapur panelin në këtë shfletues për 15 minuta.
dash-link-open = Hap panelin
dash-link-used = Kjo lidhje është përdorur tashmë. Çdo lidhje funksionon vetëm një herë: dërgojini botit /trends link për një të re.
dash-link-expired = Kjo lidhje ka skaduar: lidhjet vlejnë 15 minuta. Dërgojini botit /trends link për një të re.
dash-link-invalid = Kjo lidhje nuk është e vlefshme. Dërgojini botit /trends link për një të re.
dash-not-for-staff = Paneli u tregon prirjet e anonimizuara drejtorëve, organizatave partnere dhe administratorëve të programit. Rastet tuaja janë në bisedën me botin: /queue.
dash-forbidden = Paneli është për drejtorët, organizatat partnere dhe administratorët e programit. Për këtë llogari këtu nuk ka asgjë.
dash-forbidden-scope = Këto shifra nuk janë ndër ato që mund të shihni.
dash-not-found = Për këtë faqe nuk ka shifra.
# Month names as a list of twelve, January first (the Worker's Intl knows no Albanian or Macedonian).
dash-months = janar, shkurt, mars, prill, maj, qershor, korrik, gusht, shtator, tetor, nëntor, dhjetor
dash-months-short = jan, shk, mar, pri, maj, qer, korr, gush, sht, tet, nën, dhj
dash-day-month = { $day } { $when }
dash-open-total = Raste të hapura tani
dash-month-running = Ky muaj nuk ka mbaruar ende.
register-title = Regjistri i rasteve
register-about = Për evidencën e shkollës dhe raportimin në sistemin e vendit: një rresht për çdo rast — kodi, çfarë ndodhi, ku, kujt iu dërgua, datat (vetëm dita), statusi dhe përfundimi. Asnjë fjalë e shkruar nga nxënësi dhe asgjë që e identifikon nxënësin.
register-from = Nga
register-to = Deri më
register-download = Shkarko regjistrin (CSV)
register-col-code = Rasti
register-col-sent = Raportuar më
register-col-taken = Marrë më
register-col-closed = Mbyllur më
register-col-referral = Referimi
register-principals-only = Vetëm drejtori i shkollës mund ta shkarkojë regjistrin e rasteve.
register-bad-day = Datat nuk u lexuan dot. Zgjidhni një datë fillimi dhe një datë mbarimi.
register-backwards = Data e mbarimit është para datës së fillimit.
register-too-long = Regjistri mbulon të shumtën një vit. Zgjidhni një periudhë më të shkurtër.
register-future = Data e fillimit është në të ardhmen.
trends-title = 📊 Prirjet — { $name }
digest-title = 📅 Përmbledhja javore — { $name }
trends-week = Raporte në javën që nisi më { $date }: { $count }
trends-month = Raporte në { $when }: { $count } (muaji para tij: { $before })
trends-footnote = “Nuk shfaqet” është një numër nën { $limit }, ose një numër i fshehur bashkë me të që asnjë të mos mund të nxirret: që të mos njihet asnjë nxënës.
trends-open = 📈 Hap panelin
trends-on-computer = Në kompjuter, dërgoni /trends link për një lidhje që e hap panelin një herë, për 15 minuta.
trends-link =
    Lidhja juaj për panelin. Funksionon një herë, brenda 15 minutave — ju lutemi mos ia përcillni askujt.
    { $link }
trends-no-figures = Ende nuk ka shifra për të shfaqur: shifrat e shkollave mblidhen çdo orë.
