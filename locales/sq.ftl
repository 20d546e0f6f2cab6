# Ura — mesazhet në shqip.
# Për nxënës 11–18 vjeç: fjali të shkurtra, fjalë të thjeshta, me ngrohtësi dhe sinqeritet.
# Every id here must exist in en.ftl, sr.ftl and mk.ftl too (a test checks).

## General

error-generic = Na vjen keq, diçka shkoi keq nga ana jonë. Përgjigjet e tua janë ruajtur — provo sërish pas pak.
unknown-input = Nuk e kuptova këtë. Shtyp një buton ose dërgo /start për të filluar.
only-private = Të lutem, fol me mua në një bisedë private, që askush tjetër të mos shohë çfarë shkruan.
not-supported-kind = Këtu mund të lexoj vetëm tekst dhe foto.
edited-ignored = Pashë që e ndryshove një mesazh. Ndryshimet nuk lexohen — të lutem dërgoje sërish si mesazh të ri.
button-expired = Ky buton nuk vlen më. Dërgo /start për të filluar nga e para.

## Start and schools

welcome =
    Përshëndetje! Unë jam Ura, boti i klubit të ndërmjetësimit mes bashkëmoshatarëve në shkollën tënde. 🌉
    Këtu mund t'i tregosh shkollës për një konflikt, bullizëm ose dhunë — pa e ditur shkolla se kush je.
welcome-school = Raporti yt shkon te: { $school } ({ $municipality }).
ask-school-code =
    Për të filluar, shkruaj kodin e shkollës tënde. E gjen në posterin e Urës në shkollë (për shembull: K7Q4MZ).
school-code-unknown = Nuk njoh asnjë shkollë me kodin { $code }. Shiko sërish posterin dhe shkruaje përsëri.
school-code-malformed = Kodi i shkollës ka 6 shkronja dhe numra, si K7Q4MZ. Të lutem shkruaje përsëri.
start-report = Fillo një raport
start-menu-help = Numra për ndihmë
start-menu-cases = Raportet e mia
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
nav-skip = Kapërce
report-cancelled = Në rregull, e ndala këtë raport. Asgjë nuk u dërgua. Mund të fillosh sërish kur të duash me /start.

## The report flow — questions

q-danger = A është dikush në rrezik tani?
q-danger-yes = Po, dikush është në rrezik tani
q-danger-no = Jo

q-who = Për kë bëhet fjalë?
q-who-me = Për mua
q-who-other = Për dikë tjetër

q-what = Çfarë ndodhi?
q-what-conflict = Një grindje ose zënkë
q-what-insults = Fyerje, kërcënime ose nofka të këqija
q-what-physical = Goditje, shtyrje ose rrahje
q-what-exclusion = Lënie mënjanë ose thashetheme
q-what-online = Diçka në internet ose në telefon
q-what-sexual = Prekje të padëshiruara, komente ose foto seksuale
q-what-adult = Një i rritur lëndoi ose kërcënoi një fëmijë
q-what-selfharm = Mendime për të lënduar veten
q-what-other = Diçka tjetër

q-injury = A u lëndua dikush rëndë, apo kishte armë?
q-injury-yes = Po
q-injury-no = Jo

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
q-often-repeated = Vazhdimisht, përsëri e përsëri

q-mediation =
    A do të pranoje një bisedë me klubin e ndërmjetësimit?
    Nxënës të trajnuar i ndihmojnë të dyja palët të flasin dhe të gjejnë bashkë një zgjidhje — vetëm nëse pajtohen të gjithë.
q-mediation-yes = Po, do të pranoja
q-mediation-maybe = Ende nuk e di
q-mediation-no = Jo

## Summary and sending

summary-title = Të lutem, kontrollo raportin tënd:
summary-change = ✏️ Ndrysho një përgjigje
summary-ok = ✅ Është në rregull
summary-pick = Cilën përgjigje dëshiron të ndryshosh?

describe-prompt =
    Hapi i fundit: na trego me fjalët e tua çfarë ndodhi (nuk është e detyrueshme). Mund të dërgosh edhe një foto me përshkrim.
    Mesazhi yt dërgohet sapo ta dërgosh.
describe-send-without = Dërgo pa përshkrim
describe-too-long = Është shumë i gjatë — të lutem shkruaj më pak se { $max } karaktere (i yti ka { $length }). Ende nuk është dërguar asgjë.

privacy-note =
    🔒 Kush e lexon këtë: { $readers }.
    Shkolla nuk do ta dijë kush je — emri yt dhe llogaria jote në Telegram nuk i shfaqen askujt.
    Nëse jeta e dikujt është në rrezik, të rriturit duhet të veprojnë për ta mbrojtur.

readers-mediation = mentorët (mësuesit) e klubit të ndërmjetësimit në shkollën tënde
readers-staff = stafi i shkollës tënde që kujdeset për sigurinë e nxënësve
readers-protection = personi përgjegjës për mbrojtjen e fëmijëve në shkollën tënde, i cili mund të lidhet me qendrën për punë sociale ose me policinë për të të mbrojtur
readers-wellbeing = psikologu ose pedagogu i shkollës tënde

## After sending

sent-title = ✅ Raporti yt u dërgua. Faleminderit që na tregove — ishte guxim i madh.
sent-code = Kodi i raportit tënd: { $code }
sent-code-hint = Ruaje këtë kod. Me /mycases mund të shohësh çfarë ndodh me raportin tënd.
next-mediation = Çfarë ndodh tani: një mentor i klubit të ndërmjetësimit e lexon dhe mund të të shkruajë këtu, përmes meje. Nuk do ta shohë kush je.
next-staff = Çfarë ndodh tani: një anëtar i stafit të shkollës e lexon dhe vendos si të të ndihmojë. Mund të të shkruajë këtu, përmes meje, pa e ditur kush je.
next-protection = Çfarë ndodh tani: personi në shkollën tënde që mbron fëmijët e lexon. Meqë kjo është serioze, mund të kërkojë ndihmë edhe jashtë shkollës (nga qendra për punë sociale ose policia) për të të mbrojtur.
next-wellbeing = Çfarë ndodh tani: psikologu ose pedagogu i shkollës e lexon. Nuk je vetëm — të lutem, fol me dikë edhe tani.
first-seen-open = Shkolla tani është e hapur, kështu që një i rritur do ta shohë së shpejti.
first-seen-closed = Shkolla tani është e mbyllur. Një i rritur do ta shohë raportin tënd për herë të parë: { $when }. Nëse të duhet ndihmë para kësaj, përdor numrat më poshtë.
sent-already = Ky raport është dërguar tashmë (kodi { $code }). Për të filluar një tjetër, dërgo /start.
limit-reached = Sot ke dërguar { $limit } raporte, që është maksimumi për një ditë. Nëse dikush është në rrezik, thirr numrat te /help. Nesër mund të dërgosh përsëri.

## Help cards

card-emergency-title = 🆘 Nëse dikush është në rrezik tani, thirr:
card-helpline-title = 💛 Nuk ke pse ta kalosh këtë vetëm. Mund të flasësh me dikë tani:
card-referral-title = 📞 Vende që ndihmojnë fëmijët:
card-continue = Kur të jesh në siguri, mund ta vazhdosh raportin më poshtë.
help-intro = Numra që ndihmojnë — { $country }:
help-no-school = Dërgo fillimisht /start dhe kodin e shkollës tënde, që të të tregoj numrat për shtetin tënd.
country-XK = Kosova
country-AL = Shqipëria
country-MK = Maqedonia e Veriut
dir-emergency = Urgjenca (ambulanca, zjarrfikësit, policia)
dir-police = Policia
dir-child-helpline = ALO 116 111 — linja për fëmijë, falas
dir-social-work = Qendra për Punë Sociale në komunën (bashkinë) tënde — pyet në shkollë ose në komunë për numrin e saj
dir-hours-always = ditë e natë
dir-hours-office = në ditë pune

## My cases, withdraw, forget, privacy, quick exit

mycases-empty = Ende nuk ke dërguar asnjë raport.
mycases-title = Raportet e tua:
mycases-row = { $code } — { $status } ({ $week })
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
    Kjo fshin gjithçka që ruhet për ty: raportet e tua, gjuhën që zgjodhe dhe çdo raport të papërfunduar.
    Shkolla nuk do të mund të të përgjigjet më. Dëshiron vërtet ta bësh këtë?
forget-yes = Po, fshi gjithçka
forget-no = Jo, mbaji
forget-done = U krye. Gjithçka që ruhej për ty u fshi.
forget-kept = Në rregull, asgjë nuk u fshi.

privacy-text =
    🔒 Si të mbron Ura
    • Shkolla nuk e sheh emrin tënd, emrin e përdoruesit apo llogarinë tënde në Telegram. Shohin vetëm përgjigjet e tua dhe kodin e raportit.
    • Çfarë shkruan ruhet e enkriptuar. Vetëm të rriturit përgjegjës për raportin tënd mund ta hapin.
    • Raportet e tua fshihen { $days } ditë pasi mbyllen. Me /forget mund t'i fshish vetë të gjitha, në çdo kohë.
    • Nëse jeta e dikujt është në rrezik, të rriturit duhet të veprojnë për ta mbrojtur.
    • Vetë Telegrami e di që ti bisedon me këtë bot, si me çdo bisedë tjetër.
    • 🚪 Dalja e shpejtë (ose /clear) e fshin këtë bisedë nga telefoni yt. Raportet e tua nuk humbasin.

## Commands (menu)

cmd-start = Fillo ose vazhdo një raport
cmd-help = Numra për ndihmë
cmd-mycases = Raportet e mia
cmd-privacy = Si mbrohet privatësia jote
cmd-language = Ndrysho gjuhën
cmd-clear = Dalje e shpejtë: fshi këtë bisedë
cmd-forget = Fshi gjithçka për mua
cmd-newschool = Krijo një shkollë
cmd-schools = Shkollat dhe lidhjet e tyre

## Admin: schools

admin-only = Kjo komandë është vetëm për administratorët e programit.
newschool-usage =
    Për të krijuar një shkollë, dërgo:
    /newschool Emri; Komuna; Shteti (XK, AL ose MK); gjuha (sq, sr, mk ose en)
    Shembull: /newschool Shkolla Naim Frashëri; Prizren; XK; sq
newschool-bad-country = Shteti duhet të jetë XK, AL ose MK.
newschool-bad-language = Gjuha duhet të jetë sq, sr, mk ose en.
newschool-created =
    Shkolla u krijua: { $name } ({ $municipality }, { $country })
    Kodi: { $code }
    Lidhja për nxënësit: { $link }
schools-empty = Ende nuk ka shkolla. Krijo një me /newschool.
schools-title = Shkollat:
schools-row = { $code } — { $name } ({ $municipality }, { $country }) — { $link }

## Weekdays, for "an adult will first see it on …"

when-morning = { $day }, në mëngjes
day-1 = e hënë
day-2 = e martë
day-3 = e mërkurë
day-4 = e enjte
day-5 = e premte
day-6 = e shtunë
day-7 = e diel
day-today = sot
day-tomorrow = nesër
