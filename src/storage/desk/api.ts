/**
 * What the Worker asks a school's desk, and what it answers (plain data: it crosses an RPC
 * boundary). Every request that changes something carries the Telegram update that asked for it,
 * so a redelivered update is recognised and answered as the first time (`replay`).
 */
import type { CaseRecord } from "../../domain/case.ts";
import type { Country } from "../../domain/country.ts";
import type { Change, Refusal } from "../../domain/lifecycle.ts";
import type { Due } from "../../domain/notices.ts";
import type { Route, Urgency } from "../../domain/routing.ts";
import type { School } from "../../domain/school.ts";
import type { Role, StaffMember } from "../../domain/staff.ts";
import type { Locale } from "../../i18n/locales.ts";

export interface Applied {
  /** The same update was applied before: nothing changed now. */
  replay: boolean;
  /** Steps of the answer to the person that already succeeded (recorded when a later one failed). */
  done: string[];
}

export interface NewCase {
  id: string;
  country: Country;
  flow: string;
  answers: Record<string, string>;
  route: Route;
  urgency: Urgency;
  programme: boolean;
  hasText: boolean;
  hasPhoto: boolean;
  sealed: { content: string; contact: string };
}

export interface SubmitRequest {
  updateId: number;
  /** The student's pseudonyms: the current one first, then those under retired keys. */
  owners: string[];
  case: NewCase;
  dailyLimit: number;
}

export type SubmitResult =
  | ({ kind: "created"; case: CaseRecord } & Applied)
  /** This report was already sent by another update (a second tap, or words after sending). */
  | { kind: "exists"; case: CaseRecord }
  | { kind: "limit" }
  | { kind: "gone" };

export interface AddRequest {
  updateId: number;
  owners: string[];
  caseId: string;
  sealed: string;
  hasText: boolean;
  hasPhoto: boolean;
}

export type AddResult =
  | ({ kind: "added" } & Applied)
  | { kind: "closed" }
  | { kind: "full" }
  | { kind: "gone" };

export type StaffRefusal = Refusal | "gone" | "forbidden" | "target";

export type ChangeResult =
  | ({ ok: true; case: CaseRecord } & Applied)
  | { ok: false; reason: StaffRefusal; case?: CaseRecord };

export interface StaffChangeRequest {
  updateId: number;
  caseId: string;
  memberId: number;
  change: Change;
}

export type StudentChange = Extract<Change, { kind: "student-consent" | "check-in" | "withdraw" }>;

export interface StudentChangeRequest {
  updateId: number;
  caseId: string;
  owners: string[];
  change: StudentChange;
}

export interface RelayRequest {
  updateId: number;
  caseId: string;
  /** The sealed words and what they were sealed for (`relay:<updateId>`). */
  sealed: { value: string; purpose: string };
}

export type RelayResult =
  | ({ kind: "sent" } & Applied)
  | { kind: "nobody" }
  | { kind: "closed" }
  | { kind: "gone" };

export interface Opened {
  case: CaseRecord;
  member: StaffMember;
  /** "work": may open the content and act; "see": the row only. */
  may: "work" | "see";
  /** Sealed additions and notes, each under its purpose (`addition:<n>`, `note:<n>`). */
  additions: Array<{ n: number; sealed: string }>;
  notes: Array<{ n: number; sealed: string }>;
  audit: string[];
}

export interface NoteRequest {
  updateId: number;
  caseId: string;
  memberId: number;
  sealed: string;
}

export interface MyCase {
  id: string;
  status: CaseRecord["status"];
  day: string;
}

export interface JoinRequest {
  updateId: number;
  code: string;
  user: { id: number; name: string; lang: Locale };
}

export type JoinResult =
  | ({ ok: true; member: StaffMember; school: School } & Applied)
  | { ok: false; reason: "invalid" | "group" };

export type InviteKind = Role | "group";

export interface DueItem {
  id: string;
  due: Due;
}

export type { CaseRecord, School, StaffMember };
