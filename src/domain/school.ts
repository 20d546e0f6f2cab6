import type { Locale } from "../i18n/locales.ts";
import type { Country } from "../flow/types.ts";

export interface School {
  code: string;
  name: string;
  municipality: string;
  country: Country;
  lang: Locale;
  /** ms since epoch */
  createdAt: number;
}

/** The deep-link payload a poster's QR code carries: `s-<CODE>` (≤ 64 of A-Za-z0-9_-). */
export const schoolStartPayload = (code: string) => `s-${code}`;

export function studentLink(botUsername: string, code: string): string {
  return `https://t.me/${botUsername}?start=${schoolStartPayload(code)}`;
}
