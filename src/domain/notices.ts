/**
 * Who is told what, when a case changes — the whole rule book in one place. Pure: the school's desk
 * calls it inside the same transaction that changes the case and puts the result in its outbox, so
 * a notice is never lost between a change and its delivery. A notice carries codes, categories and
 * names of staff — never what the student wrote (a relay carries it sealed).
 */
import type { CaseRecord } from "./case.ts";
import { displayCode } from "./case.ts";
import { isNotifiedOf } from "./access.ts";
import type { Change } from "./lifecycle.ts";
import { aboutOther } from "./mediation.ts";
import type { StaffMember } from "./staff.ts";
import type { Locale } from "../i18n/locales.ts";

export type Recipient =
  | { kind: "staff"; id: number; lang: Locale }
  | { kind: "group"; chat: number; lang: Locale }
  /** Programme admins are told in the school's language. */
  | { kind: "admin"; id: number; lang: Locale }
  /** The student: their chat and language, sealed in the case; only the deliverer opens it. */
  | { kind: "student"; contact: string };

export type NoticeKind =
  | "new-case"
  | "no-staff"
  | "programme"
  | "taken"
  | "handover"
  | "escalated"
  | "referred"
  | "closed"
  | "consent-ask"
  | "consent-answer"
  | "session"
  | "agreement"
  | "check-in-ask"
  | "check-in-answer"
  | "withdrawn"
  | "added"
  | "relay-to-club"
  | "relay-to-student"
  | "remind"
  | "unclaimed"
  | "urgent-unclaimed"
  | "session-reminder"
  | "expired"
  | "unassigned"
  /** The principals' weekly trends digest (trends/digest.ts): counts only, already suppressed. */
  | "digest";

export interface Notice {
  to: Recipient;
  kind: NoticeKind;
  school: string;
  caseId?: string;
  /** Values the message shows: code, category, urgency, route, staff names, the day sent. */
  args: Record<string, string | number>;
  /** Sealed words passed on (a relay, the session's place): opened only to be sent. */
  sealed?: { value: string; purpose: string };
  /**
   * Sent at once when true. Otherwise it may wait for the next full hour, so that its arrival does
   * not pin a report to the minute a child left class (threat model, "time").
   */
  now: boolean;
}

export interface Audience {
  school: { code: string; name: string; lang: Locale; timeZone: string };
  staff: readonly StaffMember[];
  group?: { chat: number; lang: Locale };
  admins: readonly number[];
  /** Members of the partner NGOs that support this school. */
  partners: ReadonlyArray<{ id: number; lang: Locale }>;
}

type Base = Pick<Notice, "school" | "caseId" | "args">;

function base(c: CaseRecord, a: Audience): Base {
  return {
    school: c.school,
    caseId: c.id,
    args: {
      code: displayCode(c.id),
      category: c.answers.what ?? "other",
      urgency: c.urgency,
      route: c.route,
      day: c.day,
      school: a.school.name,
      tz: a.school.timeZone,
      country: c.country,
    },
  };
}

const toStaff = (m: StaffMember): Recipient => ({ kind: "staff", id: m.id, lang: m.lang });
const toAdmins = (a: Audience): Recipient[] =>
  a.admins.map((id) => ({ kind: "admin", id, lang: a.school.lang }));
/** Partner NGOs are told as the programme's admins are: codes and categories, never content. */
const toPartners = (a: Audience): Recipient[] =>
  a.partners.map((p) => ({ kind: "admin", id: p.id, lang: p.lang }));
const student = (c: CaseRecord): Recipient => ({ kind: "student", contact: c.sealed.contact });

function notice(b: Base, to: Recipient, kind: NoticeKind, now: boolean, extra: Partial<Notice> = {}): Notice {
  return { ...b, to, kind, now, ...extra, args: { ...b.args, ...(extra.args ?? {}) } };
}

/** The principals; a school without one has the programme's admins in their place (never nobody). */
function principalsOrAdmins(a: Audience, exceptId?: number): Recipient[] {
  const principals = a.staff.filter((s) => s.role === "principal" && s.id !== exceptId).map(toStaff);
  return principals.length > 0 ? principals : toAdmins(a);
}

/** The adults responsible outside mediation (lead, principal) — or the admins when there are none. */
function outsideMediation(c: CaseRecord, a: Audience, exceptId?: number): Recipient[] {
  const people = a.staff
    .filter((s) => s.id !== exceptId && isNotifiedOf(s.role, { route: "staff", urgency: c.urgency }))
    .map(toStaff);
  return people.length > 0 ? people : toAdmins(a);
}

function assignee(c: CaseRecord, a: Audience): Recipient[] {
  const m = c.assignee && a.staff.find((s) => s.id === c.assignee?.id);
  return m ? [toStaff(m)] : [];
}

/** A new case: its route's people (and the club's group), the principal of anything urgent. */
export function onNewCase(c: CaseRecord, a: Audience): Notice[] {
  const b = base(c, a);
  const urgent = c.urgency === "urgent";
  const targets = a.staff.filter((s) => isNotifiedOf(s.role, c));
  const out = targets.map((s) => notice(b, toStaff(s), "new-case", urgent));
  if (c.route === "mediation" && a.group)
    out.push(notice(b, { kind: "group", ...a.group }, "new-case", urgent));
  // Nobody at the school on this route, or an urgent report and no principal: the programme steps in.
  const noPrincipal = !a.staff.some((s) => s.role === "principal");
  if (targets.length === 0 || (urgent && noPrincipal))
    for (const to of toAdmins(a)) out.push(notice(b, to, "no-staff", urgent));
  if (c.programme)
    for (const to of [...toAdmins(a), ...toPartners(a)]) out.push(notice(b, to, "programme", urgent));
  return out;
}

export interface Actor {
  /** Staff member acting, if any (a student or the cron act without one). */
  staff?: StaffMember;
}

/** What a change tells whom. `before` is the record before the change, `after` after it. */
export function onChange(
  before: CaseRecord,
  after: CaseRecord,
  change: Change,
  actor: Actor,
  a: Audience,
): Notice[] {
  const b = base(after, a);
  const by = actor.staff;
  const byName: Notice["args"] = by ? { name: by.displayName ?? by.name } : {};
  const each = (tos: Recipient[], kind: NoticeKind, args: Notice["args"] = {}, now = true) =>
    tos.map((to) => notice(b, to, kind, now, { args }));
  switch (change.kind) {
    case "take":
      return each([student(after)], "taken", { route: after.route });
    case "handover": {
      const target = a.staff.find((s) => s.id === change.to.id);
      return target ? each([toStaff(target)], "handover", byName) : [];
    }
    case "unassign":
      return each(principalsOrAdmins(a, by?.id), "unassigned", { name: before.assignee?.name ?? "" });
    case "escalate":
      return each(principalsOrAdmins(a), "escalated", byName);
    case "checklist":
      // A bystander is not asked to agree for the student it is about: the adviser asks that student.
      return after.status === "mediation" && !aboutOther(after) ? each([student(after)], "consent-ask") : [];
    case "student-consent":
      return each(assignee(after, a), "consent-answer", { yes: change.yes ? "yes" : "no" });
    case "schedule":
      return each([student(after)], "session", { changed: after.mediation?.rescheduled ? "yes" : "no" }).map(
        (n) => withSession(n, after),
      );
    case "agreement":
      return each([student(after)], "agreement");
    case "no-agreement":
    case "not-suitable":
      // Mediation did not help: the school's other adults decide whether the student needs more.
      return [
        ...each([student(after)], "closed", { outcome: change.kind }),
        ...each(outsideMediation(after, a, by?.id), "closed", { outcome: change.kind }),
      ];
    case "refer-staff":
    case "refer-external": {
      const external = change.kind === "refer-external" ? "yes" : "no";
      return [
        ...each([student(after)], "referred", { external }),
        ...each(outsideMediation(after, a, by?.id), "referred", { external }),
      ];
    }
    case "withdraw":
      return withdrawn(before, a);
    case "check-in-asked":
      return each([student(after)], "check-in-ask");
    case "check-in":
      return each(
        assignee(after, a).length ? assignee(after, a) : outsideMediation(after, a),
        "check-in-answer",
        {
          better: change.better ? "yes" : "no",
        },
      );
    case "expire":
      // Nobody closed it in time: the principal checks, and the student is told honestly.
      return [
        ...each(principalsOrAdmins(a), "expired"),
        ...each([student(after)], "closed", { outcome: "expired" }),
      ];
    default:
      return [];
  }
}

/** The people who were working on an open case, or would have been, learn it was withdrawn — not what it said. */
export function withdrawn(c: CaseRecord, a: Audience): Notice[] {
  const b = base(c, a);
  const working = assignee(c, a);
  const tos = working.length > 0 ? working : a.staff.filter((s) => isNotifiedOf(s.role, c)).map(toStaff);
  return tos.map((to) => notice(b, to, "withdrawn", true));
}

/** The student added to a just-sent report: whoever has it hears (it may wait like the report did). */
export function onAddition(c: CaseRecord, a: Audience): Notice[] {
  const b = base(c, a);
  return assignee(c, a).map((to) => notice(b, to, "added", c.urgency === "urgent"));
}

/** Words passed between the student and whoever works on the case: sealed, at once. */
export function onRelay(
  c: CaseRecord,
  a: Audience,
  direction: "to-club" | "to-student",
  sealed: { value: string; purpose: string },
  from?: StaffMember,
): Notice[] {
  const b = base(c, a);
  if (direction === "to-student") {
    const args: Notice["args"] = from?.displayName ? { from: from.displayName } : {};
    return [notice(b, student(c), "relay-to-student", true, { sealed, args })];
  }
  return assignee(c, a).map((to) => notice(b, to, "relay-to-club", true, { sealed }));
}

export type Due = "remind" | "unclaimed" | "urgent-unclaimed" | "session" | "check-in" | "expire" | "erase";

/** What the cron's due work tells whom (the flag that guards it is set in the same transaction). */
export function onDue(
  c: CaseRecord,
  due: Exclude<Due, "erase" | "check-in" | "expire">,
  a: Audience,
  sessionDay: string,
): Notice[] {
  const b = base(c, a);
  switch (due) {
    case "remind": {
      const advisers = a.staff.filter((s) => s.role === "adviser").map(toStaff);
      return (advisers.length ? advisers : principalsOrAdmins(a)).map((to) => notice(b, to, "remind", true));
    }
    // What a principal did not pick up goes above the school too: to its partner NGOs.
    case "unclaimed":
      return [...principalsOrAdmins(a), ...toPartners(a)].map((to) => notice(b, to, "unclaimed", true));
    case "urgent-unclaimed":
      return [...principalsOrAdmins(a), ...toPartners(a)].map((to) =>
        notice(b, to, "urgent-unclaimed", true),
      );
    case "session": {
      const args = { session: sessionDay, at: c.mediation?.sessionAt ?? 0 };
      return [student(c), ...assignee(c, a)].map((to) =>
        withSession(notice(b, to, "session-reminder", true, { args }), c),
      );
    }
  }
}

/** The session's place is sealed (the adviser wrote it): it travels sealed with the notice. */
function withSession(n: Notice, c: CaseRecord): Notice {
  const value = c.sealed.session;
  return value ? { ...n, sealed: { value, purpose: "session" } } : n;
}
