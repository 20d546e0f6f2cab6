import type { Country } from "./country.ts";
import type { Locale } from "../i18n/locales.ts";

export interface School {
  code: string;
  name: string;
  municipality: string;
  country: Country;
  /** The school's language: what a student without a Telegram language is spoken to in. */
  lang: Locale;
  /** The school's IANA time zone (DESIGN "Time"): days, school hours and reminders are local. */
  timeZone: string;
  /** ms since epoch */
  createdAt: number;
  /** An archived school takes no new reports; its link tells a student where else to get help. */
  archived?: boolean;
}

/** The deep-link payload a poster's QR code carries: `s-<CODE>` (≤ 64 of A-Za-z0-9_-). */
export const schoolStartPayload = (code: string) => `s-${code}`;

export function studentLink(botUsername: string, code: string): string {
  return `https://t.me/${botUsername}?start=${schoolStartPayload(code)}`;
}

export const SCHOOL_CODE_LENGTH = 6;
/** School names are printed on posters and stored in KV metadata (≤ 1,024 bytes): keep them short. */
export const MAX_SCHOOL_NAME = 80;
export const MAX_MUNICIPALITY = 40;
