/** How a case looks to staff: the content-free notice and row, and the full card for its assignee. */
import { type CaseRow, displayCode, type StoredCase } from "../domain/case.ts";
import { ageParts } from "../domain/age.ts";
import { reportFlow } from "../flow/registry.ts";
import type { Urgency } from "../flow/types.ts";
import type { Translate } from "../i18n/translate.ts";

const URGENCY_MARK: Record<Urgency, string> = { urgent: "🔴", high: "🟠", normal: "🟢" };

export function age(t: Translate, createdAt: number, now: number): string {
  const { unit, n } = ageParts(createdAt, now);
  return t(`age-${unit}`, { n });
}

export function categoryLabel(t: Translate, category: string): string {
  const what = reportFlow().steps.what;
  const option = what?.type === "choice" ? what.options.find((o) => o.id === category) : undefined;
  return option ? t(option.label) : category;
}

/** One queue line: urgency, code, category, status, age. No content, no identity. */
export function rowText(t: Translate, id: string, row: CaseRow, now: number): string {
  return `${URGENCY_MARK[row.u]} ${displayCode(id)} · ${categoryLabel(t, row.c)} · ${t(`staff-status-${row.s}`)} · ${age(t, row.t * 60_000, now)}`;
}

/** A queue row's button: short enough for a phone; the full row is in the message above. */
export function buttonText(t: Translate, id: string, row: CaseRow): string {
  return `${URGENCY_MARK[row.u]} ${displayCode(id)} · ${categoryLabel(t, row.c)}`.slice(0, 48);
}

/** The new-case notice: category, urgency, age — never content (DESIGN). */
export function noticeText(t: Translate, c: StoredCase, now: number): string {
  return [
    t(c.urgency === "urgent" ? "notice-new-urgent" : "notice-new"),
    `${URGENCY_MARK[c.urgency]} ${displayCode(c.id)} · ${categoryLabel(t, c.answers.what ?? "other")}`,
    t("notice-route", {
      route: t(`route-${c.route}`),
      urgency: t(`urgency-${c.urgency}`),
      age: age(t, c.createdAt, now),
    }),
  ].join("\n");
}

/** The full card, opened from the sealed content: for the assignee or the principal only. */
export function cardText(
  t: Translate,
  c: StoredCase,
  content: { text?: string; more?: Array<{ text?: string }>; notes?: string[] },
  now: number,
): string {
  const flow = reportFlow();
  const answers = Object.entries(c.answers).flatMap(([stepId, optionId]) => {
    const step = flow.steps[stepId];
    const option = step?.type === "choice" ? step.options.find((o) => o.id === optionId) : undefined;
    return step && option ? [`• ${t(step.prompt).split("\n")[0]} — ${t(option.label)}`] : [];
  });
  const lines = [
    `${URGENCY_MARK[c.urgency]} ${t("card-title", { code: displayCode(c.id) })}`,
    t("card-meta", {
      status: t(`staff-status-${c.status}`),
      route: t(`route-${c.route}`),
      age: age(t, c.createdAt, now),
    }),
    ...(c.assignee ? [t("card-assignee", { name: c.assignee.name })] : []),
    "",
    ...answers,
  ];
  const words = [content.text, ...(content.more ?? []).map((m) => m.text)].filter(Boolean);
  if (words.length) lines.push("", t("card-words"), ...words.map((w) => `“${w}”`));
  if (content.notes?.length) lines.push("", t("card-notes"), ...content.notes.map((n) => `📝 ${n}`));
  if (c.mediation) lines.push("", mediationLine(t, c));
  if (c.history?.length)
    lines.push("", t("card-history"), ...c.history.map((h) => `${h.d} · ${t(`event-${h.e}`)}`));
  return lines.join("\n");
}

function mediationLine(t: Translate, c: StoredCase): string {
  const m = c.mediation ?? {};
  const mark = (v: string | undefined) => (v === "yes" ? "✅" : v === "no" ? "❌" : "…");
  return [
    `${t("med-student-consent")} ${mark(m.studentConsent)}`,
    `${t("med-other-consent")} ${mark(m.otherConsent)}`,
    `${t("med-session")} ${m.sessionAt ? "📅" : "…"}`,
    `${t("med-agreement")} ${m.agreement ? "✅" : "…"}`,
  ].join(" · ");
}
