/** A case: what a submitted report becomes. Types and pure helpers; storage is in src/storage/cases.ts. */
import type { Locale } from "../i18n/locales.ts";
import type { Country, Route, Urgency } from "../flow/types.ts";

export type CaseStatus = "new" | "taken" | "mediation" | "resolved" | "referred" | "withdrawn";
export const OPEN_STATUSES: readonly CaseStatus[] = ["new", "taken", "mediation"];

/** Sealed with AES-GCM, bound to the case key: what only an authorized reader may open. */
export interface SealedPart {
  text?: string;
  photo?: string;
  /** The student's chat id, needed to relay an answer; erased with the case. */
  chat: number;
  lang: Locale;
  /** The student's keyed pseudonym: lets /forget and withdraw check ownership. */
  owner: string;
  /** Messages added right after sending; `u` is the update id, so a redelivery adds nothing twice. */
  more?: Array<{ text?: string; photo?: string; u: number }>;
}

export interface StoredCase {
  v: 1;
  id: string;
  school: string;
  /** The school's country: which help numbers and time zone apply. */
  country: Country;
  flow: string;
  answers: Record<string, string>;
  route: Route;
  urgency: Urgency;
  status: CaseStatus;
  /** ms since epoch; shown to staff only as an age, to trends only as a week */
  createdAt: number;
  week: string;
  /** The Telegram update that sent it: a redelivery of that update is recognised, not doubled. */
  updateId: number;
  hasText: boolean;
  hasPhoto: boolean;
  sealed: string;
  /** The adviser (or principal) working on it. Staff are not anonymous; students are. */
  assignee?: { id: number; name: string };
  /** Each change with a coarse time (a day), never an hour: enough to follow, too coarse to identify. */
  history?: HistoryEntry[];
  outcome?: Outcome;
  /** Bits of CRON_FLAGS already sent: a cron run never sends the same notice twice. */
  flags?: number;
  escalated?: boolean;
  mediation?: Mediation;
  /** Sealed internal notes of the staff, oldest first. */
  notes?: string;
  /** ms since epoch when it was resolved, referred or withdrawn: retention counts from here. */
  closedAt?: number;
  /** Random token of the latest "take": two advisers taking at once are told apart by it. */
  claim?: string;
}

export type Outcome = "agreement" | "no-agreement" | "not-suitable" | "referred-external";

export interface HistoryEntry {
  /** what happened: a status, or an event such as "escalated", "handover", "reopened" */
  e: string;
  /** YYYY-MM-DD in UTC */
  d: string;
}

/** The mediation workflow (DESIGN: consent, scheduling, session, agreement, check-in, outcome). */
export interface Mediation {
  /** Suitability checklist answers, in CHECKLIST order; true = the item holds. */
  checklist?: boolean[];
  studentConsent?: "asked" | "yes" | "no";
  otherConsent?: "yes" | "no";
  /** Sealed {when, where} text as the adviser wrote it, plus the parsed time for reminders. */
  session?: string;
  sessionAt?: number;
  /** Sealed key points of the written agreement. */
  agreement?: string;
  /** When to ask the student "Is it better now?" (ms). */
  checkInAt?: number;
  checkIn?: "asked" | "better" | "not-better";
}

export const CRON_FLAGS = {
  remindAdvisers: 1,
  escalatePrincipal: 2,
  urgentToPrincipal: 4,
  sessionReminder: 8,
  checkIn: 16,
} as const;

/** The queue row kept in KV metadata (≤ 1,024 bytes) so a queue is one list(), not N gets. */
export interface CaseRow {
  r: Route;
  u: Urgency;
  s: CaseStatus;
  c: string;
  /** minutes since epoch */
  t: number;
  w: string;
  /** assignee's Telegram user id */
  a?: number;
  /** CRON_FLAGS sent */
  f?: number;
  /** minutes since epoch: closed at / mediation session at / check-in due */
  x?: number;
  sa?: number;
  ci?: number;
}

export const CASE_ID_LENGTH = 10; // 30^10 ≈ 2^49: not guessable, still readable

export function rowOf(c: StoredCase): CaseRow {
  return {
    r: c.route,
    u: c.urgency,
    s: c.status,
    c: c.answers.what ?? "other",
    t: Math.floor(c.createdAt / 60_000),
    w: c.week,
    ...(c.assignee ? { a: c.assignee.id } : {}),
    ...(c.flags ? { f: c.flags } : {}),
    ...(c.closedAt ? { x: Math.floor(c.closedAt / 60_000) } : {}),
    ...(c.mediation?.sessionAt ? { sa: Math.floor(c.mediation.sessionAt / 60_000) } : {}),
    ...(c.mediation?.checkInAt && !c.mediation.checkIn
      ? { ci: Math.floor(c.mediation.checkInAt / 60_000) }
      : {}),
  };
}

/** Shown with a space in the middle so a child can read it out: "K7Q4M ZX2PA". */
export const displayCode = (id: string) => `${id.slice(0, 5)} ${id.slice(5)}`;
