/** A case: what a submitted report becomes. Types and pure helpers; storage is in src/storage/cases.ts. */
import type { Locale } from "../i18n/locales.ts";
import type { Route, Urgency } from "../flow/types.ts";

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
}

export interface StoredCase {
  v: 1;
  id: string;
  school: string;
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
}

/** The queue row kept in KV metadata (≤ 1,024 bytes) so a queue is one list(), not N gets. */
export interface CaseRow {
  r: Route;
  u: Urgency;
  s: CaseStatus;
  c: string;
  /** minutes since epoch */
  t: number;
  w: string;
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
  };
}

/** Shown with a space in the middle so a child can read it out: "K7Q4M ZX2PA". */
export const displayCode = (id: string) => `${id.slice(0, 5)} ${id.slice(5)}`;
