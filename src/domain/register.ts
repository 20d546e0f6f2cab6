/**
 * The school's case register: what a school must record of its violence cases for its country's
 * system (in Kosovo, the protocol for prevention and referral of violence in pre-university
 * education asks schools to record and report them). One row per case: its code, category, route,
 * urgency, dates at day granularity, status, outcome and referral — never its words, never anything
 * that identifies the student. Pure.
 */
import { type CaseRecord, closedDay, displayCode, endingOf, takenDay } from "./case.ts";

export interface RegisterRow {
  code: string;
  category: string;
  place: string;
  route: string;
  urgency: string;
  sent: string;
  taken: string;
  closed: string;
  status: string;
  outcome: string;
  /** "external" (outside services), "staff" (to school staff), or "". */
  referral: string;
}

export function registerRow(c: CaseRecord): RegisterRow {
  const events = new Set(c.history.map((h) => h.e));
  return {
    code: displayCode(c.id),
    category: c.answers.what ?? "other",
    place: c.answers.where ?? "",
    route: c.route,
    urgency: c.urgency,
    sent: c.day,
    taken: takenDay(c) ?? "",
    closed: closedDay(c) ?? "",
    status: c.status,
    outcome: endingOf(c) ?? "",
    referral: events.has("referred-external") ? "external" : events.has("referred-staff") ? "staff" : "",
  };
}

/** Rows of cases sent between two school-local days (inclusive), oldest first. */
export function registerOf(cases: readonly CaseRecord[], from: string, to: string): RegisterRow[] {
  return cases
    .filter((c) => c.day >= from && c.day <= to)
    .sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id))
    .map(registerRow);
}

export const REGISTER_COLUMNS = [
  "code",
  "category",
  "place",
  "route",
  "urgency",
  "sent",
  "taken",
  "closed",
  "status",
  "outcome",
  "referral",
] as const;

/** RFC 4180 CSV: a header of translated column names, then the rows (values translated where they are ids). */
export function registerCsv(
  rows: readonly RegisterRow[],
  label: (column: string, value?: string) => string,
): string {
  const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const header = REGISTER_COLUMNS.map((c) => cell(label(c))).join(",");
  const body = rows.map((r) => REGISTER_COLUMNS.map((c) => cell(r[c] ? label(c, r[c]) : "")).join(","));
  return `${[header, ...body].join("\r\n")}\r\n`;
}

const DAY = /^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A register covers at most a year and a day: one school year with room for its edges. */
export const REGISTER_MAX_DAYS = 366;

export type RegisterPeriod =
  | { ok: true; from: string; to: string }
  | { ok: false; reason: "bad-day" | "backwards" | "too-long" | "future" };

/** The school year a day belongs to starts on 1 September. */
export function schoolYearStart(today: string): string {
  const year = Number(today.slice(0, 4)) - (today.slice(5, 7) < "09" ? 1 : 0);
  return `${year}-09-01`;
}

const realDay = (d: string) => DAY.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

/**
 * The period a principal asked for (days as typed in a date field), defaulting to this school year
 * until today. Refuses what could not be meant: an impossible date, an end before the start, more
 * than a year, or a start after today.
 */
export function registerPeriod(
  from: string | undefined,
  to: string | undefined,
  today: string,
): RegisterPeriod {
  const start = from || schoolYearStart(today);
  const end = to || today;
  if (!realDay(start) || !realDay(end)) return { ok: false, reason: "bad-day" };
  if (start > today) return { ok: false, reason: "future" };
  if (end < start) return { ok: false, reason: "backwards" };
  const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;
  if (days >= REGISTER_MAX_DAYS) return { ok: false, reason: "too-long" };
  return { ok: true, from: start, to: end };
}
