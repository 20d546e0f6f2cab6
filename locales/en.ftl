# Ura — English messages.
# Written for students aged 11–18: short sentences, plain words, warm and honest.
# Every id here must exist in sq.ftl, sr.ftl and mk.ftl too (a test checks).

## General

error-generic = Sorry, something went wrong on our side. Your answers are kept — please try again in a moment.
unknown-input = I didn't understand that. Tap a button, or send /start to begin.
only-private = Please talk to me in a private chat, so that nobody else sees what you write.
not-supported-kind = I can only read text and photos here.
edited-ignored = I saw that you edited a message. Edits are not read — please send it again as a new message.
button-expired = This button is no longer valid. Send /start to begin again.

## Start and schools

welcome =
    Hi! I'm Ura, the bot of your school's peer-mediation club. 🌉
    Here you can tell the school about a conflict, bullying or violence — without the school knowing who you are.
welcome-school = You are reporting to: { $school } ({ $municipality }).
ask-school-code =
    To begin, type your school's code. You'll find it on the Ura poster at school (for example: K7Q4MZ).
school-code-unknown = I don't know a school with the code { $code }. Please check the poster and type it again.
school-code-malformed = A school code has 6 letters and numbers, like K7Q4MZ. Please type it again.
start-report = Start a report
start-menu-help = Help numbers
start-menu-cases = My reports
resume-question = You have a report you didn't finish. Do you want to continue it?
resume-continue = Continue my report
resume-restart = Start a new one
report-expired = This report form is too old and was closed. Send /start to begin a new one — it only takes two minutes.

## Language

language-choose = Choose your language:
language-set = Okay, I'll speak English with you.

## The report flow — buttons on every step

nav-back = ⬅️ Back
nav-cancel = ✖️ Cancel
nav-quick-exit = 🚪 Quick exit
nav-skip = Skip
report-cancelled = Okay, I stopped this report. Nothing was sent. You can start again any time with /start.

## The report flow — questions

q-danger = Is anyone in danger right now?
q-danger-yes = Yes, someone is in danger now
q-danger-no = No

q-who = Who is this about?
q-who-me = Me
q-who-other = Someone else

q-what = What happened?
q-what-conflict = An argument or quarrel
q-what-insults = Insults, threats or mean names
q-what-physical = Hitting, pushing or a fight
q-what-exclusion = Being left out or rumours
q-what-online = Something online or on the phone
q-what-sexual = Unwanted touching or sexual comments or pictures
q-what-adult = An adult hurt or threatened a child
q-what-selfharm = Thoughts of hurting oneself
q-what-other = Something else

q-injury = Was anyone badly hurt, or was there a weapon?
q-injury-yes = Yes
q-injury-no = No

q-where = Where did it happen?
q-where-class = In the classroom
q-where-yard = In the corridor or schoolyard
q-where-toilets = In the toilets or changing rooms
q-where-way = On the way to or from school
q-where-online = Online
q-where-home = At home
q-where-elsewhere = Somewhere else

q-when = When did it happen?
q-when-today = Today
q-when-week = This week
q-when-earlier = Earlier

q-often = How often does it happen?
q-often-once = Once
q-often-few = A few times
q-often-repeated = Again and again

q-mediation =
    Would you agree to a talk with the mediation club?
    Trained students help both sides talk and find a solution together — only if everyone agrees.
q-mediation-yes = Yes, I'd agree
q-mediation-maybe = I'm not sure yet
q-mediation-no = No

## Summary and sending

summary-title = Please check your report:
summary-change = ✏️ Change an answer
summary-ok = ✅ Looks right
summary-pick = Which answer do you want to change?

describe-prompt =
    Last step: tell us in your own words what happened (optional). You can also send a photo with a caption.
    Your message is sent as soon as you send it.
describe-send-without = Send without a description
describe-too-long = That's too long — please keep it under { $max } characters (yours has { $length }). Nothing was sent yet.

privacy-note =
    🔒 Who reads this: { $readers }.
    The school will not know who you are — your name and Telegram account are not shown to anyone.
    If someone's life is in danger, adults must act to protect them.

readers-mediation = the advisers (teachers) of your school's mediation club
readers-staff = your school's staff responsible for student safety
readers-protection = your school's child-protection lead, who may contact a centre for social work or the police to protect you
readers-wellbeing = your school's psychologist or pedagogue

## After sending

sent-title = ✅ Your report was sent. Thank you for telling us — that was brave.
sent-code = Your report code: { $code }
sent-code-hint = Keep this code. With /mycases you can see what happens with your report.
next-mediation = What happens next: an adviser of the mediation club reads it and may write to you here, through me. They won't see who you are.
next-staff = What happens next: a member of the school staff reads it and decides how to help. They may write to you here, through me, without knowing who you are.
next-protection = What happens next: the person at your school who protects children reads it. Because this is serious, they may ask outside helpers (a centre for social work, the police) to protect you.
next-wellbeing = What happens next: the school psychologist or pedagogue reads it. You are not alone — please talk to someone now, too.
first-seen-open = The school is open now, so an adult will see it soon.
first-seen-closed = School is closed right now. An adult will first see your report on { $when }. If you need help before then, use the numbers below.
sent-already = This report was already sent (code { $code }). To start another one, send /start.
limit-reached = You have sent { $limit } reports today, which is the most for one day. If someone is in danger, call the numbers in /help. You can send more tomorrow.

## Help cards

card-emergency-title = 🆘 If someone is in danger right now, call:
card-helpline-title = 💛 You don't have to go through this alone. You can talk to someone now:
card-referral-title = 📞 Places that help children:
card-continue = When you're safe, you can keep going with your report below.
help-intro = Numbers that help, for { $country }:
help-no-school = Send /start and your school's code first, so I can show the numbers for your country.
country-XK = Kosovo
country-AL = Albania
country-MK = North Macedonia
dir-emergency = Emergency (ambulance, fire, police)
dir-police = Police
dir-child-helpline = ALO 116 111 — child helpline, free
dir-social-work = Centre for Social Work in your municipality — ask at school or at the municipality for its number
dir-hours-always = day and night
dir-hours-office = on working days

## My cases, withdraw, forget, privacy, quick exit

mycases-empty = You haven't sent any reports yet.
mycases-title = Your reports:
mycases-row = { $code } — { $status } ({ $week })
mycases-withdraw = Withdraw { $code }
withdraw-confirm = Do you want to withdraw report { $code }? The school will no longer work on it.
withdraw-yes = Yes, withdraw it
withdraw-no = No, keep it
withdrawn = Report { $code } was withdrawn.
status-new = sent, waiting for an adult
status-taken = an adult is working on it
status-mediation = in mediation
status-resolved = resolved
status-referred = passed on to others who can help
status-withdrawn = withdrawn by you

forget-confirm =
    This deletes everything that is kept about you: your reports, your language choice and any unfinished report.
    The school will no longer be able to answer you. Are you sure?
forget-yes = Yes, delete everything
forget-no = No, keep it
forget-done = Done. Everything that was kept about you is deleted.
forget-kept = Okay, nothing was deleted.

privacy-text =
    🔒 How Ura keeps you safe
    • The school does not see your name, username or Telegram account. They only see your answers and the code of your report.
    • What you write is stored encrypted. Only the adults responsible for your report can open it.
    • Your reports are deleted { $days } days after they are closed. With /forget you can delete everything yourself at any time.
    • If someone's life is in danger, adults must act to protect them.
    • Telegram itself knows that you chat with this bot, like with any chat.
    • 🚪 Quick exit (or /clear) deletes this chat from your phone. Your reports are not lost.

## Commands (menu)

cmd-start = Start or continue a report
cmd-help = Help numbers
cmd-mycases = My reports
cmd-privacy = How your privacy is protected
cmd-language = Change the language
cmd-clear = Quick exit: clear this chat
cmd-forget = Delete everything about me
cmd-newschool = Create a school
cmd-schools = List schools and their links

## Admin: schools

admin-only = This command is only for the programme's administrators.
newschool-usage =
    To create a school, send:
    /newschool Name; Municipality; Country (XK, AL or MK); language (sq, sr, mk or en)
    Example: /newschool Shkolla Naim Frashëri; Prizren; XK; sq
newschool-bad-country = The country must be XK, AL or MK.
newschool-bad-language = The language must be sq, sr, mk or en.
newschool-created =
    School created: { $name } ({ $municipality }, { $country })
    Code: { $code }
    Student link: { $link }
schools-empty = There are no schools yet. Create one with /newschool.
schools-title = Schools:
schools-row = { $code } — { $name } ({ $municipality }, { $country }) — { $link }

## Weekdays, for "an adult will first see it on …"

when-morning = { $day } morning
day-1 = Monday
day-2 = Tuesday
day-3 = Wednesday
day-4 = Thursday
day-5 = Friday
day-6 = Saturday
day-7 = Sunday
day-today = today
day-tomorrow = tomorrow
