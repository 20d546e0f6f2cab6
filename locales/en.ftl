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
school-archived = { $school } no longer uses Ura. You can still get help — here are numbers that answer now:
start-report = Start a report
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
report-cancelled = Okay, I stopped this report. Nothing was sent. You can start again any time with /start.

## The report flow — questions

q-danger = Is anyone in danger right now?
q-danger-yes = Yes, someone is in danger now
q-danger-unsure = I'm not sure
q-danger-no = No

q-who = Who is this about?
q-who-me = Me
q-who-other = Someone else

q-what =
    { $who ->
        [other] What happened to them?
       *[me] What happened?
    }
q-what-conflict = An argument or quarrel
q-what-insults = Insults, threats or mean names
q-what-physical = Hitting, pushing or a fight
q-what-exclusion = Being left out or rumours
q-what-online = Something online or on the phone
q-what-sexual = Sexual touching, messages or photos
q-what-selfharm =
    { $who ->
        [other] They think of hurting themselves or don't want to live
       *[me] Thoughts of hurting yourself or not wanting to live
    }
q-what-other = Something else
q-harm = Was anyone badly hurt, or was there a weapon?
q-harm-weapon = Yes, there was a weapon
q-harm-injury = Yes, someone was badly hurt
q-harm-no = No
q-online = What happened online?
q-online-sexual = Sexual photos, videos or messages
q-online-stranger =
    { $who ->
        [other] An adult or a stranger writes to them or pressures them
       *[me] An adult or a stranger writes to me or pressures me
    }
q-online-mean = Mean messages, a quarrel or being left out
q-by = Who did it?
q-by-student = A student or students
q-by-partner = A boyfriend or girlfriend (or an ex)
q-by-adult = An adult
q-by-unknown = Someone else, or I don't know

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
q-often-repeated = All the time

q-mediation =
    Would you agree to a talk with the mediation club?
    Trained students help both sides find a solution together. The other side will know it was you. It only happens if everyone agrees.
q-mediation-yes = Yes, I'd agree
q-mediation-maybe = I'm not sure yet
q-mediation-no = No

## Summary and sending

summary-title = Please check your report:
summary-change = ✏️ Change an answer
summary-ok = ✅ Looks right
summary-pick = Which answer do you want to change?

describe-prompt = Last step: write what happened, or send a photo. Your message sends the report.
describe-send-without = Send without a description
describe-too-long =
    That's too long — please keep it under { $max } { $max ->
        [one] character
       *[other] characters
    } (yours has { $length }). Nothing was sent yet.

privacy-note =
    🔒 { $readers } can read it. They won't know it's you, unless you write your name.
    If someone is in danger or being hurt, adults must act to protect them.

readers-mediation = The mediation club's teachers and the principal
readers-staff = The school staff responsible for safety and the principal
readers-protection = The person at school who protects children (often the psychologist) and the principal
readers-wellbeing = The person at school who protects children (often the psychologist) and the principal

## After sending

sent-title = ✅ Your report was sent. Thank you for telling us — that was brave.
sent-code = Your report code: { $code }
sent-code-hint = Keep this code. With /mycases you can see what happens with your report.
next-mediation = What happens next: an adviser of the mediation club reads it and may write to you here, through me. They won't see who you are.
next-staff = What happens next: a member of the school staff reads it and decides how to help. They may write to you here, through me, without knowing who you are.
next-protection =
    { $who ->
        [other] What happens next: the person at your school who protects children reads it. Because this is serious, they may ask social services or the police to help protect the child.
       *[me] What happens next: the person at your school who protects children reads it. Because this is serious, they may ask social services or the police to help protect you.
    }
next-wellbeing = What happens next: the person at your school who protects children reads it. Please also tell an adult you trust today.
first-seen-open = The school is open now, so an adult will see it soon.
first-seen-closed = School is closed right now. An adult will first see your report { $when }. If you need help before then, use the numbers below.
sent-already = This report was already sent (code { $code }). To start another one, send /start.
report-added = ✅ Added to your report { $code }.
report-added-full = Your report { $code } already has all the messages it can take. An adult will see what you sent. To say more, wait for their message here, or send a new report with /start.
limit-reached =
    You have already sent { $limit } { $limit ->
        [one] report
       *[other] reports
    } today, which is the most for one day. If someone is in danger, call the numbers in /help. You can send more tomorrow.
too-many-today = You have done a lot here today — please try again tomorrow. If someone is in danger, call 112.

## Help cards

card-emergency-title = 🆘 If someone is in danger right now, call:
card-helpline-title =
    💛 Thank you for telling me. You don't have to go through this alone.
    Please tell an adult you trust today: a parent, a teacher or the school psychologist.
card-helpline-talk = You can also talk to:
card-helpline-danger =
    { $who ->
        [other] If they might hurt themselves now, call { $number }.
       *[me] If you might hurt yourself now, call { $number }.
    }
card-referral-title = 📞 Places that help children:
card-continue = When you're safe, you can keep going with your report below.
help-intro = Numbers that help, for { $country }:
help-no-school = Send /start and your school's code first, so I can show the numbers for your country.
country-XK = Kosovo
country-AL = Albania
country-MK = North Macedonia
dir-emergency = Emergency (ambulance, fire, police)
dir-police = Police
dir-child-helpline = ALO child helpline, free, also by chat
dir-social-work = Centre for Social Work of your municipality (ask at school for its number)
dir-child-protection-unit = Child Protection Unit (NJMF) of your municipality (ask at school for its number)
dir-hours-always = day and night
dir-hours-office = on working days

## My cases, withdraw, forget, privacy, quick exit

mycases-empty = You haven't sent any reports yet.
mycases-title = Your reports:
mycases-row = { $code } — { $status } (sent { $age })
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
    This deletes everything that is kept about you: your reports, your language choice and any unfinished report. Only a counter of how much you used Ura today stays until the day ends (it stops anyone flooding the bot).
    The school will no longer be able to answer you. Are you sure?
forget-yes = Yes, delete everything
forget-no = No, keep it
forget-done = Done. Everything that was kept about you is deleted.
forget-kept = Okay, nothing was deleted.

privacy-text =
    🔒 How Ura keeps you safe
    • The school does not see your name, username or Telegram account. They see your answers and your report's code. If you write your name, they will know it's you.
    • Who can read a report: the mediation club's teachers (for a quarrel or a fight between students), the person at school who protects children (for everything more serious), and the principal.
    • What you write is stored encrypted. Only those adults can open it.
    • If someone is in danger or being hurt, adults must act to protect them.
    • A mediation talk brings both sides together, so the other side will know who asked for it. It only happens if you agree.
    • Your reports are deleted { $days } { $days ->
        [one] day
       *[other] days
    } after they are closed. Only anonymous numbers stay in the school's statistics (like “4 reports about insults in November”), and nothing in them leads to you. With /forget you can delete your reports yourself at any time.
    • 🚪 Quick exit (or /clear) deletes the messages in this chat from the last two days. The chat stays in your chat list — delete it there too if you want. Your reports are not lost.
    • Telegram and the people who run Ura's servers can see that this chat exists, as with any chat.

## Commands (menu)

cmd-start = Start or continue a report
cmd-help = Help numbers
cmd-mycases = My reports
cmd-privacy = How your privacy is protected
cmd-language = Change the language
cmd-clear = Quick exit: delete this chat's recent messages
cmd-forget = Delete everything about me
cmd-newschool = Create a school
cmd-schools = List schools and their links
cmd-staff = A school's staff (remove anyone)
cmd-trends = Trends of your schools
cmd-queue = Open cases of your school
cmd-name = The name students see
cmd-advisers = Club advisers (principal)
cmd-invite = Invite an adviser or principal
bot-description = Ura helps students tell their school about conflicts, bullying or violence — without the school knowing who they are. If someone is in danger right now, call 112.
bot-short-description = Tell your school about bullying or violence without giving your name. In danger now? Call 112.

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
    The school has no staff yet: until a principal joins, its reports are announced to the programme's admins. Invite the principal with /invite principal { $code }
schools-empty = There are no schools yet. Create one with /newschool.
schools-title = Schools:
schools-row = { $code } — { $name } ({ $municipality }, { $country }) — { $staff } — { $link }
staff-usage = To see a school's staff, send: /staff SCHOOLCODE
staff-title = Staff of { $school }:
staff-none = { $school } has no staff yet. Invite its principal with /invite principal and the school's code.
rename-usage = To rename a school, send: /rename SCHOOLCODE; New name; Municipality (optional)
school-renamed = School { $code } is now called { $name }.
archive-usage = To archive a school, send: /archive SCHOOLCODE (and /unarchive SCHOOLCODE to open it again)
school-archived-done = { $name } is archived: its link no longer opens a report, and tells a student where to get help instead.
school-unarchived-done = { $name } takes reports again.
schools-no-principal = ⚠️ no principal yet
schools-staff =
    principal, { $advisers } { $advisers ->
        [one] adviser
       *[other] advisers
    }
schools-undelivered =
    { $count ->
        [one] ⚠️ { $count } notice could not be delivered (30 days)
       *[other] ⚠️ { $count } notices could not be delivered (30 days)
    }

## Weekdays, for "an adult will first see it on …"

when-morning = { $day } morning
day-1 = on Monday
day-2 = on Tuesday
day-3 = on Wednesday
day-4 = on Thursday
day-5 = on Friday
day-6 = on Saturday
day-7 = on Sunday
day-today = this
day-tomorrow = tomorrow

## Staff: enrolment

staff-only = This is only for the school's mediation-club advisers and principal.
principal-only = Only the principal can do this.
invite-usage =
    To invite someone, send:
    /invite adviser — a mediation-club adviser for your school (principals)
    /invite lead — the school's child-protection lead (principals)
    /invite principal SCHOOLCODE — a principal (programme admins)
    /invite group — a code to link the club's Telegram group
invite-partner-usage = To invite a partner NGO's member, send:
    /invite partner Organisation name; SCHOOLCODE SCHOOLCODE …
    or for every school of a municipality: /invite partner Organisation name; XK/Prizren
invite-partner-schools =
    { $count ->
        [one] They will follow { $count } school.
       *[other] They will follow { $count } schools.
    }
partner-welcome =
    { $count ->
        [one] Welcome! You follow { $count } school for { $org }. /trends shows how things are going; you will also hear of what a principal did not pick up and of reports about an adult at school — never what a student wrote.
       *[other] Welcome! You follow { $count } schools for { $org }. /trends shows how things are going; you will also hear of what a principal did not pick up and of reports about an adult at school — never what a student wrote.
    }
invite-created =
    Invite for a new { $role } (single use, valid 7 days):
    Code: { $code }
    Link: { $link }
    Send it only to that person.
invite-group-created =
    Group code (single use, valid 7 days): { $code }
    Add me to the club's Telegram group and send there: /linkgroup { $code }
join-invalid = This code is not valid, was already used or has expired. Please ask for a new one.
join-too-many = Too many wrong codes. Please wait an hour and try again.
join-welcome = Welcome! You are now a { $role } of { $school }.
join-help-adviser = New mediation cases will be sent to you here. /queue shows the open cases; /name sets the name students see (otherwise they see "the mediation club").
join-help-principal = Cases outside mediation and urgent cases will be sent to you here. /queue shows the open cases; /invite adviser invites a club adviser; /advisers lists and removes them.
join-help-lead = Reports outside mediation's scope (sexual harassment, violence by adults, self-harm, danger, serious injury, bullying) will be sent to you here. /queue shows the open ones.
group-linked = This group is now linked: it will be told when a new mediation case arrives (no details, no names).
role-adviser = mediation-club adviser
role-principal = principal
role-lead = child-protection lead
role-partner = partner NGO member
name-set = Students will now see you as "{ $name }".
name-cleared = Students will now see you as "the mediation club".
advisers-title = Mediation-club advisers:
advisers-empty = There are no advisers yet. Invite one with /invite adviser.
advisers-remove = Remove { $name }
advisers-remove-ask = Remove { $name } from the mediation club? They will lose access at once.
advisers-remove-confirm = Yes, remove
advisers-removed = { $name } was removed and no longer has access.
advisers-gone = This adviser is no longer in the club.
unassigned-notice = { $name } had case { $code }: it now has nobody. Open it and hand it over to someone.
staff-welcome = Hello! You are a { $role } at your school in Ura. /queue shows the open cases.
staff-help =
    Your commands:
    /queue — open cases of your school
    /name — the name students see (otherwise "the mediation club")
    /advisers — the school's advisers and leads (principal)
    /invite — invite an adviser, the child-protection lead or the club's group (principal)
    /poster — a poster with the school's QR code, to print
    /trends — the school's anonymous trends and the dashboard (principal)
    /language — change the language
    /help — this list

## Staff: notices and the queue

notice-new = 📥 New case
notice-new-urgent = 🚨 New URGENT case
notice-route = For: { $route } · { $urgency } · sent { $age }
notice-open = Open the case
notice-no-staff = 🚨 { $school }: a new { $urgency } case ({ $code }) has nobody at the school to receive it. Please make sure an adult at the school takes care of it today.
notice-programme = ⚠️ { $school }: a report about an adult (case { $code }, { $urgency }). The programme hears of every such report, so that no school handles a complaint about its own staff alone.
route-mediation = mediation club
route-staff = school staff
route-protection = child protection (never mediation)
route-wellbeing = psychologist / pedagogue
urgency-urgent = urgent
urgency-high = high
urgency-normal = normal
age =
    { $days ->
        [0] today
        [1] yesterday
       *[other] { $days } { $days ->
            [one] day
           *[other] days
        } ago
    }
queue-title = Cases — { $filter } ({ $count }):
queue-empty = No cases here. 🌤
queue-filter-open = all open
queue-filter-new = new
queue-filter-mine = mine
queue-filter-progress = in progress
staff-status-new = new
staff-status-taken = taken
staff-status-mediation = in mediation
staff-status-resolved = resolved
staff-status-referred = referred
staff-status-withdrawn = withdrawn by the student
case-not-found = This case does not exist or is not for you.
case-not-yours = Only the adviser who took this case (or the principal) can do this.
case-wrong-status = That is not possible now: the case is { $status }.
case-wrong-order = That step is not possible yet: mediation goes checklist → both sides agree → session → agreement.
refer-only = The checklist found that the other side is not a peer, or found serious harm or abuse: this case can only be referred on, not closed.

## Staff: the case card

card-title = Case { $code }
card-meta = { $status } · { $route } · sent { $age }
card-assignee = Taken by: { $name }
card-words = In the student's words:
card-photo = Photo sent with case { $code }
card-notes = Internal notes:
card-history = History:
card-audit = Opened by:
card-session = Session: { $when }, { $place }
session-when = { $day } ({ $date }), { $time }
event-new = sent
event-taken = taken
event-handover = handed over
event-unassigned = adviser left; waiting for a new one
event-escalated = escalated to the principal
event-mediation = mediation started
event-unsuitable = checklist: not suitable for mediation
event-other-yes = the other side agreed
event-other-no = the other side declined
event-consent-yes = the student agreed to mediation
event-consent-no = the student declined mediation
event-scheduled = session scheduled
event-rescheduled = session moved
event-agreement = resolved with an agreement
event-no-agreement = resolved without an agreement
event-not-suitable = closed: not suitable for mediation
event-referred-staff = referred to school staff
event-referred-external = referred to outside services
event-withdrawn = withdrawn by the student
event-reopened = reopened
event-better = check-in: better now
event-expired = closed: open too long
med-student-consent = Student agrees:
med-other-consent = Other side agrees:
med-session = Session:
med-agreement = Agreement:
act-take = ✋ I take this case
act-write = ✉️ Write to the student
act-note = 📝 Internal note
act-mediation = 🤝 Check suitability for mediation
act-other-yes = Other side agreed
act-other-no = Other side declined
act-concerned-yes = The student it is about agreed
act-concerned-no = The student it is about declined
act-schedule = 📅 Schedule the session
act-reschedule = 📅 Move the session
act-agreement = ✅ Agreement reached
act-no-agreement = No agreement
act-not-suitable = Close: not suitable for mediation
act-refer = ↗️ Refer on
act-refer-staff = To school staff
act-refer-external = To outside services
act-handover = 🔁 Hand over
act-escalate = ⚠️ Escalate to the principal
take-already = { $name } already has this case.
handover-pick = Hand the case over to:
handover-nobody = There is nobody else to hand it to.
handover-refused = That person cannot take this case now: it is not on their route, or they are no longer at the school.
handover-done = Handed over to { $name }.
handover-notice = { $name } handed case { $code } over to you.
escalated-done = The principal has been told.
escalated-notice = ⚠️ { $name } escalated case { $code } to you.
refer-pick = Where should this case go? Numbers that may help:
refer-done = Referred. The student has been told.
referred-notice = Case { $code } was referred to the school staff.
referred-external-notice = Case { $code } was referred to outside services (centre for social work, police or a helpline).
closed-notice = Case { $code } was closed: { $outcome }. Please check whether the student needs other help.
expired-notice = Case { $code } was closed because it stayed open for too long. Please check whether the student still needs help.
resolved-done = Saved. The student has been told.
club-name = the mediation club
school-name-sender = your school

## Staff: the suitability checklist

check-title = Suitability for mediation ({ $n }/{ $of }):
check-peers = Are both sides students (peers), with no big power imbalance?
check-no-injury = Was nobody seriously injured, and was there no weapon?
check-no-abuse = Is there no sexual violence and no violence at home?
check-wants = Does the student who reported want a mediated talk?
check-yes = Yes
check-no = No
check-suitable = Suitable. I asked the student whether they agree; you will be told their answer.
check-suitable-other = Suitable. Someone else sent this report, so they cannot agree for the student it is about: ask that student yourself, without saying who reported, and record their answer on the case.
check-unsuitable = Not suitable for mediation. Please refer the case on:

## Staff: writing

compose-student = Write your message for the student (case { $code }). It is sent by me, as the mediation club — they will not see your account. One message: tap “Write to the student” again for the next one.
compose-note = Write the internal note for case { $code }. Only staff see it.
compose-schedule =
    When and where is the session for case { $code }? Write for example:
    2026-12-03 10:30 Library
compose-agreement = Write the key points of the written agreement for case { $code }.
compose-closed = This conversation is closed, because the case is no longer open.
note-saved = Note saved.
schedule-invalid = I couldn't read that date. Please write it like: 2026-12-03 10:30 Library (a time in the future).
schedule-done = Session saved: { $when }, { $place }. The student has been told and will be reminded the day before.
relay-sent = ✓ Ura is passing it on to the student.
relay-from-student = 💬 The student wrote about case { $code }:
relay-nobody-yet = Nobody is working on this case yet. You'll get a message here as soon as an adult takes it.

## Student: messages about their case

student-update-title = 📣 About your report { $code }:
student-taken-mediation = An adviser of the mediation club has read your report and is working on it.
student-taken-staff = A member of the school staff has read your report and is working on it.
student-referred-staff = Your report was passed to the school staff, who can help better with this.
student-referred-external = Your report was passed to people outside the school who help children. These numbers can help you now too:
student-no-agreement = The mediation talk ended without an agreement. The school will keep looking for a way to help.
student-not-suitable = The club thinks a mediation talk is not the right way for this. The school will help in another way.
student-expired = Your report was closed because a long time has passed. If it still happens, please send a new report or talk to an adult you trust.
student-consent-ask = The mediation club suggests a talk where trained students help both sides find a solution. The other side will know that it was you. It only happens if you agree. Do you agree?
student-session = Your mediation talk: { $when }, { $place }.
student-session-changed = Your mediation talk was moved: { $when }, { $place }.
student-agreement =
    Your mediation talk ended with an agreement. 🎉 In about { $days } { $days ->
        [one] day
       *[other] days
    } I'll ask you how things are.
consent-yes = Yes, I agree
consent-no = No, thank you
consent-thanks-yes = Thank you! The club will tell you when and where.
consent-thanks-no = Okay, that's fine. The school will help in another way.
consent-notice-yes = The student agreed to mediation for case { $code }.
consent-notice-no = The student did not agree to mediation for case { $code }.
consent-missing = Both sides must agree before a session or an agreement: the student and the other side. Until then, nothing is scheduled.
session-missing = Schedule the session first: an agreement is recorded after the talk.
relay-from-club = 💬 Message from { $from } about your report { $code }:
relay-reply = ✍️ Answer
compose-club = Write your answer (text or a photo). It goes to the adults at your school working on report { $code } — they don't see who you are.
relay-sent-club = Sent ✓ The answer will come here.
checkin-question = Some time has passed since your mediation talk (report { $code }). Is it better now?
checkin-yes = Yes, it's better
checkin-no = No, not really
checkin-thanks-better = I'm really glad to hear that! 💛
checkin-thanks-worse = Thank you for telling me. I've let the club know — they will get back to you.
answer-too-late = This question is closed now, so nothing was changed.
checkin-notice-better = The student says things are better now (case { $code }).
withdrawn-notice = The student withdrew case { $code }.
added-notice = The student added something to case { $code }.
checkin-notice-worse = The student says it's not better: case { $code } is open again.
photo-not-now = Thank you. You can add a photo at the last step of a report.

## Reminders (cron)

cron-remind-advisers = ⏰ Case { $code } has been waiting for more than a day. Can someone take it?
cron-escalate = ⚠️ Nobody has taken case { $code } for 3 days.
cron-urgent = 🔴 The urgent case { $code } has not been taken for an hour.
cron-session-adviser = 📅 Reminder: the mediation session for case { $code } is { $day } at { $time }.
cron-session-student = 📅 Reminder: your mediation talk is { $day } at { $time }, { $place }.
session-day-today = today
session-day-tomorrow = tomorrow

## Posters (GET /poster/CODE and /poster): printed in school corridors, read by students

poster-what = Conflict, bullying or violence? Tell your school through Ura, on Telegram.
poster-anonymous = The school will not know who you are, unless you write your name.
poster-danger = Is someone in danger right now? Call { $number }.
poster-how = Scan the code with your phone's camera, or search for { $name } in Telegram and type { $code }.
poster-qr-label = QR code: opens Ura for { $school } in Telegram
poster-not-found = There is no poster here. Check the link, or ask your school for a new one.
poster-link =
    🖨 The poster for { $school }: { $link }
    Open it on a computer and print it on A4. Hang it where students pass by and can scan it without being watched — in a corridor, not next to the staff room.
poster-usage = Send /poster with the school's code, for example: /poster K7Q4MZ. /schools lists the codes.
poster-archived = { $school } is archived, so it has no poster.
poster-no-url = The poster link can't be made yet: Ura's address ({ $name }) is missing in its settings. Please tell the programme's technical team.
cmd-poster = The school's poster with its QR code

## Dashboard (web page: trends for principals, partners and admins)

dash-title = Trends
dash-nav = Months, download and language
dash-other-views = Other views
dash-views-programme = Programme
dash-views-countries = Countries
dash-views-municipalities = Municipalities
dash-views-schools = Schools
dash-scope-programme = The whole programme
dash-scope-partner = { $name }: all schools
dash-glance = At a glance
dash-total = Reports ({ $when })
dash-previous = The month before ({ $when })
dash-change = Change from the month before
dash-urgent-share = Urgent reports
dash-median-response = Median time to first response
dash-median-resolve = Median time to closing
dash-days =
    { $days } { $days ->
        [one] day
       *[other] days
    }
dash-not-enough = too few cases to say
dash-hidden = not shown
dash-too-few =
    Fewer than { $limit } { $limit ->
        [one] report
       *[other] reports
    } in { $when }. So that no student can be recognised, nothing more is shown for this month.
dash-none = None this month.
dash-per-week = Reports per week
dash-per-month = Reports per month (last 12 months)
dash-week-of = week of { $date }
dash-by-category = What happened
dash-by-place = Where it happened
dash-by-route = Who the reports went to
dash-by-urgency = Urgency
dash-open-status = Open cases by status
dash-open-age = Open cases by age
dash-outcomes = How cases ended
dash-checkins = Check-ins after mediation
dash-parts-school = Schools
dash-parts-municipality = Municipalities
dash-parts-country = Countries
dash-col-week = Week
dash-col-month = Month
dash-col-category = Category
dash-col-place = Place
dash-col-route = Sent to
dash-col-urgency = Urgency
dash-col-status = Status
dash-col-age = Open for
dash-col-outcome = Outcome
dash-col-checkin = Answer
dash-col-school = School
dash-col-municipality = Municipality
dash-col-country = Country
dash-col-count = Number
dash-category-selfharm = Thoughts of self-harm or of not wanting to live
dash-place-none = Not asked (self-harm reports)
dash-checkin-better = Better now
dash-checkin-not-better = Not better
dash-age-0-1 = up to 1 day
dash-age-2-7 = 2–7 days
dash-age-8-30 = 8–30 days
dash-age-31-plus = more than 30 days
dash-footnote = “Not shown” (— in a chart) is a number below { $limit }, or a number hidden along with one so that none can be worked out from the totals. A week is the finest time shown, and no report's words ever appear here.
dash-gathered = Figures as of { $date }.
dash-csv = Download CSV
dash-open-in-telegram = Open the dashboard from Telegram: send /trends to the bot and press the button. On a computer, send /trends link for a link that works once, for 15 minutes.
dash-opening = Opening the dashboard…
dash-session-ended = Your dashboard session has ended. Open it again from Telegram with /trends.
dash-stale = This dashboard was opened more than an hour ago. Close it and open it again from Telegram.
dash-forged = Your sign-in could not be verified. Open the dashboard again from Telegram.
dash-link-once = This link works once. Press the button to open the dashboard in this browser for 15 minutes.
dash-link-open = Open the dashboard
dash-link-used = This link has already been used. Each link works only once: send /trends link to the bot for a new one.
dash-link-expired = This link has expired: links work for 15 minutes. Send /trends link to the bot for a new one.
dash-link-invalid = This link is not valid. Send /trends link to the bot for a new one.
dash-not-for-staff = The dashboard shows anonymized trends to principals, partner organisations and the programme's admins. Your cases are in your chat with the bot: /queue.
dash-forbidden = The dashboard is for principals, partner organisations and the programme's admins. There is nothing here for this account.
dash-forbidden-scope = These figures are not among those you can see.
dash-not-found = There are no figures for this page.
# Month names as a list of twelve, January first (the Worker's Intl knows no Albanian or Macedonian).
dash-months = January, February, March, April, May, June, July, August, September, October, November, December
dash-months-short = Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec
dash-day-month = { $day } { $when }
dash-open-total = Open cases now
dash-month-running = This month is not over yet.
register-title = Case register
register-about = For the school's records and the country's reporting: one row per case — its code, what happened, where, who it went to, dates (the day only), status and outcome. No words a student wrote, and nothing that identifies a student.
register-from = From
register-to = To
register-download = Download the register (CSV)
register-col-code = Case
register-col-sent = Reported on
register-col-taken = Taken on
register-col-closed = Closed on
register-col-referral = Referral
register-principals-only = Only the school's principal can download its case register.
register-bad-day = Those dates could not be read. Choose a start date and an end date.
register-backwards = The end date is before the start date.
register-too-long = A register covers one year at most. Choose a shorter period.
register-future = The start date is in the future.
trends-title = 📊 Trends — { $name }
digest-title = 📅 Weekly summary — { $name }
trends-week = Reports in the week from { $date }: { $count }
trends-month = Reports in { $when }: { $count } (the month before: { $before })
trends-footnote = “Not shown” is a number below { $limit }, or one hidden along with it so that none can be worked out: so that no student can be recognised.
trends-open = 📈 Open the dashboard
trends-on-computer = On a computer, send /trends link for a link that opens the dashboard once, for 15 minutes.
trends-link =
    Your link to the dashboard. It works once, within 15 minutes — please don't forward it.
    { $link }
trends-no-figures = There are no figures to show yet: schools' figures are gathered every hour.
