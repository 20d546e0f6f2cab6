/**
 * A case: what a sent report becomes. Types and pure helpers. The school's desk
 * (src/storage/desk/) keeps the record; KV keeps its queue row (CaseRow) for lists.
 */
import type { Country } from "./country.ts";
import type { Route, Urgency } from "./routing.ts";

export type CaseStatus = "new" | "taken" | "mediation" | "resolved" | "referred" | "withdrawn";
export const OPEN_STATUSES: readonly CaseStatus[] = ["new", "taken", "mediation"];
export const isOpen = (status: CaseStatus) => OPEN_STATUSES.includes(status);

/** The events that close a case: its closing day is the last of them. */
const CLOSING_EVENTS = new Set([
  "agreement",
  "no-agreement",
  "not-suitable",
  "referred-external",
  "withdrawn",
  "expired",
]);

/** The school-local day a case was first taken, if it was. */
export const takenDay = (c: CaseRecord): string | undefined => c.history.find((h) => h.e === "taken")?.d;

/** The school-local day a closed case closed; undefined while it is open. */
export const closedDay = (c: CaseRecord): string | undefined =>
  isOpen(c.status) ? undefined : c.history.findLast((h) => CLOSING_EVENTS.has(h.e))?.d;

/** How it ended, a student's withdrawal included (it has no Outcome of its own). */
export const endingOf = (c: CaseRecord): Outcome | "withdrawn" | undefined =>
  c.status === "withdrawn" ? "withdrawn" : c.outcome;

/** How a closed case ended. "expired": nobody closed it within MAX_OPEN_DAYS, so the cron did. */
export type Outcome = "agreement" | "no-agreement" | "not-suitable" | "referred-external" | "expired";

/**
 * Sealed parts (AES-GCM, each bound to the case and its purpose — src/storage/sealing.ts). The
 * desk stores them without being able to read them; only an authorized reader's update opens one.
 */
export interface Sealed {
  /** {text?, photo?}: the student's own words and photo. */
  content: string;
  /** {chat, lang}: where and in which language to answer the student. */
  contact: string;
  /** {at, place}: the mediation session as the adviser wrote it. */
  session?: string;
  /** string: key points of the written agreement. */
  agreement?: string;
  /** Array<{who, role, day}>: who opened the content, and when (a day). */
  audit?: string;
}

export interface HistoryEntry {
  /** what happened: a status, or an event such as "escalated", "handover", "reopened" */
  e: string;
  /** the school-local date, YYYY-MM-DD: the only time a case's history keeps */
  d: string;
}

/** The mediation workflow (DESIGN: suitability, consent, scheduling, session, agreement, check-in). */
export interface Mediation {
  /** Suitability checklist answers, in CHECKLIST order; true = the item holds. */
  checklist?: boolean[];
  studentConsent?: "asked" | "yes" | "no";
  otherConsent?: "yes" | "no";
  /** ms since epoch of the session (a planned time, not the child's): reminders need it. */
  sessionAt?: number;
  /** The session was moved at least once: the student is told it changed. */
  rescheduled?: boolean;
  /** Hours since epoch when to ask the student "Is it better now?". */
  checkInHour?: number;
  checkIn?: "asked" | "better" | "not-better";
}

export interface CaseRecord {
  v: 2;
  id: string;
  school: string;
  /** The school's country: which help numbers and time zone apply. */
  country: Country;
  flow: string;
  answers: Record<string, string>;
  route: Route;
  urgency: Urgency;
  /** Told above the school too (an adult outside the home may be staff). */
  programme: boolean;
  status: CaseStatus;
  /** Hours since epoch when it was sent: queue order and the cron's clock. Never finer. */
  hour: number;
  /** The school-local day it was sent: what staff and the student see (as an age). */
  day: string;
  hasText: boolean;
  hasPhoto: boolean;
  /** Messages added right after sending (each sealed apart, by the desk's additions table). */
  additions: number;
  sealed: Sealed;
  /** The adviser, lead or principal working on it. Staff are not anonymous; students are. */
  assignee?: { id: number; name: string };
  history: HistoryEntry[];
  outcome?: Outcome;
  /** Bits of CRON_FLAGS already done: a cron run never sends the same notice twice. */
  flags: number;
  escalated?: boolean;
  mediation?: Mediation;
  /** Hours since epoch when it was closed: retention counts from here. */
  closedHour?: number;
}

export const CRON_FLAGS = {
  remindAdvisers: 1,
  escalatePrincipal: 2,
  urgentToPrincipal: 4,
  sessionReminder: 8,
  checkIn: 16,
  expired: 32,
} as const;

/**
 * The queue row kept in KV metadata (≤ 1,024 bytes) so a queue or a cron scan is one list(),
 * not N gets. Times are in hours: nothing here is finer than what the queue and cron need.
 */
export interface CaseRow {
  r: Route;
  u: Urgency;
  s: CaseStatus;
  /** category: the `what` answer */
  c: string;
  /** hours since epoch when sent */
  h: number;
  /** school-local day it was sent */
  d: string;
  /** assignee's Telegram user id (staff are not anonymous) */
  a?: number;
  /** CRON_FLAGS done */
  f?: number;
  /** hours since epoch when closed */
  x?: number;
  /** minutes since epoch of the mediation session */
  sa?: number;
  /** hours since epoch when the check-in is due */
  ci?: number;
}

export const CASE_ID_LENGTH = 10; // 30^10 ≈ 2^49: not guessable, still readable

export function rowOf(c: CaseRecord): CaseRow {
  return {
    r: c.route,
    u: c.urgency,
    s: c.status,
    c: c.answers.what ?? "other",
    h: c.hour,
    d: c.day,
    ...(c.assignee ? { a: c.assignee.id } : {}),
    ...(c.flags ? { f: c.flags } : {}),
    ...(c.closedHour !== undefined ? { x: c.closedHour } : {}),
    ...(c.mediation?.sessionAt ? { sa: Math.floor(c.mediation.sessionAt / 60_000) } : {}),
    ...(c.mediation?.checkInHour !== undefined && !c.mediation.checkIn
      ? { ci: c.mediation.checkInHour }
      : {}),
  };
}

/** Shown with a space in the middle so a child can read it out: "K7Q4M ZX2PA". */
export const displayCode = (id: string) => `${id.slice(0, 5)} ${id.slice(5)}`;
