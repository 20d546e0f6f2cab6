/**
 * How a case looks to staff: the content-free queue row and notice, and the full card for whoever
 * may work on it. Time is shown as an age in days, never finer (DESIGN, anonymity 8).
 */
import { ageInDays } from "../../domain/age.ts";
import { type CaseRecord, type CaseRow, displayCode } from "../../domain/case.ts";
import type { Urgency } from "../../domain/routing.ts";
import { localTime, offsetMinutes } from "../../domain/time.ts";
import { reportFlow } from "../../flow/registry.ts";
import type { Translate } from "../../i18n/translate.ts";
import type { AuditEntry, SessionPlan, Words } from "../../storage/sealing.ts";

export const URGENCY_MARK: Record<Urgency, string> = { urgent: "🔴", high: "🟠", normal: "🟢" };

/** "today", "yesterday", "3 days ago": the school-local days since it was sent. */
export function age(t: Translate, sentDay: string, today: string): string {
  return t("age", { days: ageInDays(sentDay, today) });
}

/** The category as staff read it: worded about a student ("They think of hurting themselves…"). */
export function categoryLabel(t: Translate, category: string): string {
  const what = reportFlow().steps.what;
  const option = what?.type === "choice" ? what.options.find((o) => o.id === category) : undefined;
  return option ? t(option.label, { who: "other" }) : category;
}

/** One queue line: urgency, code, category, status, age. No content, no identity. */
export function rowText(t: Translate, id: string, row: CaseRow, today: string): string {
  return `${URGENCY_MARK[row.u]} ${displayCode(id)} · ${categoryLabel(t, row.c)} · ${t(`staff-status-${row.s}`)} · ${age(t, row.d, today)}`;
}

/** A queue row's button: short enough for a phone; the full row is in the message above. */
export function buttonText(t: Translate, id: string, row: CaseRow): string {
  return `${URGENCY_MARK[row.u]} ${displayCode(id)} · ${categoryLabel(t, row.c)}`.slice(0, 48);
}

/** What a new-case notice says: category, urgency, route and age — never content (DESIGN). */
export function noticeLines(
  t: Translate,
  c: { code: string; category: string; urgency: Urgency; route: string; day: string },
  today: string,
): string[] {
  return [
    t(c.urgency === "urgent" ? "notice-new-urgent" : "notice-new"),
    `${URGENCY_MARK[c.urgency]} ${c.code} · ${categoryLabel(t, c.category)}`,
    t("notice-route", {
      route: t(`route-${c.route}`),
      urgency: t(`urgency-${c.urgency}`),
      age: age(t, c.day, today),
    }),
  ];
}

/** A session's day and time in the school's zone, in words a person reads: "on Thursday (3.12.), 10:30". */
export function sessionWhen(t: Translate, at: number, timeZone: string): string {
  const local = new Date(at + offsetMinutes(at, timeZone) * 60_000);
  const date = `${local.getUTCDate()}.${local.getUTCMonth() + 1}.`;
  const time = local.toISOString().slice(11, 16);
  return t("session-when", { day: t(`day-${localTime(at, timeZone).weekday}`), date, time });
}

export interface Opened {
  content: Words;
  additions: Words[];
  notes: string[];
  audit: AuditEntry[];
  session?: SessionPlan;
}

/** The full card, from the opened content: for the assignee or the principal only. */
export function caseCard(
  t: Translate,
  c: CaseRecord,
  opened: Opened,
  today: string,
  timeZone: string,
): string {
  const flow = reportFlow();
  const answers = Object.entries(c.answers).flatMap(([stepId, optionId]) => {
    const s = flow.steps[stepId];
    const option = s?.type === "choice" ? s.options.find((o) => o.id === optionId) : undefined;
    if (!s || !option) return [];
    const ask = (id: string) => t(id, { who: "other" });
    return [`• ${ask(s.prompt).split("\n")[0]} — ${ask(option.label)}`];
  });
  const lines = [
    `${URGENCY_MARK[c.urgency]} ${t("card-title", { code: displayCode(c.id) })}`,
    t("card-meta", {
      status: t(`staff-status-${c.status}`),
      route: t(`route-${c.route}`),
      age: age(t, c.day, today),
    }),
    ...(c.assignee ? [t("card-assignee", { name: c.assignee.name })] : []),
    "",
    ...answers,
  ];
  const words = [opened.content.text, ...opened.additions.map((m) => m.text)].filter(Boolean);
  if (words.length) lines.push("", t("card-words"), ...words.map((w) => `“${w}”`));
  if (opened.notes.length) lines.push("", t("card-notes"), ...opened.notes.map((n) => `📝 ${n}`));
  if (c.mediation) lines.push("", mediationLine(t, c));
  if (opened.session)
    lines.push(
      t("card-session", { when: sessionWhen(t, opened.session.at, timeZone), place: opened.session.place }),
    );
  if (c.history.length)
    lines.push("", t("card-history"), ...c.history.map((h) => `${h.d} · ${t(`event-${h.e}`)}`));
  if (opened.audit.length)
    lines.push(
      "",
      t("card-audit"),
      ...opened.audit.map((a) => `${a.day} · ${a.who} (${t(`role-${a.role}`)})`),
    );
  return lines.join("\n");
}

function mediationLine(t: Translate, c: CaseRecord): string {
  const m = c.mediation ?? {};
  const mark = (v: string | undefined) => (v === "yes" ? "✅" : v === "no" ? "❌" : "…");
  return [
    `${t("med-student-consent")} ${mark(m.studentConsent)}`,
    `${t("med-other-consent")} ${mark(m.otherConsent)}`,
    `${t("med-session")} ${m.sessionAt ? "📅" : "…"}`,
    `${t("med-agreement")} ${c.outcome === "agreement" ? "✅" : "…"}`,
  ].join(" · ");
}

/** The photos of a case (the report's and the additions'), for the card. */
export function photosOf(opened: Opened): string[] {
  return [opened.content.photo, ...opened.additions.map((a) => a.photo)].filter((p): p is string =>
    Boolean(p),
  );
}
