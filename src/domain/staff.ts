import type { Locale } from "../i18n/locales.ts";
import type { Country } from "./country.ts";

/**
 * School staff. Unlike students they are not anonymous: the school knows its teachers, and the bot
 * must reach them. Advisers run the mediation club; the child-protection lead the principal names
 * (often the psychologist or pedagogue) handles what is outside mediation's scope; the principal
 * sees everything and receives escalations.
 */
export type Role = "adviser" | "principal" | "lead";

export interface StaffMember {
  school: string;
  id: number;
  role: Role;
  /** Their Telegram first name, as colleagues see them. Never shown to students. */
  name: string;
  /** How the student sees them: "mediation club" unless they set a display name with /name. */
  displayName?: string;
  lang: Locale;
  /** Their school's country and time zone: which directory applies, what "today" means. */
  country: Country;
  timeZone: string;
}

/** What an invite makes of whoever redeems it: a role at a school, or the club's group link. */
export interface Invite {
  school: string;
  kind: Role | "group";
  /** ms since epoch */
  createdAt: number;
}

export const INVITE_TTL_SECONDS = 7 * 86_400;
/** Failed /join attempts allowed per person per hour: invite codes are ~64 bits, but still. */
export const MAX_JOIN_ATTEMPTS = 5;
export const INVITE_CODE_LENGTH = 13; // 30^13 ≈ 2^64
