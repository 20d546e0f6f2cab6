/**
 * A partner NGO: a local organisation that supports a set of schools. Its members see those schools'
 * trends and hear of what a principal did not pick up (72 hours untaken, urgent untaken) and of
 * every report about an adult at school — never a report's words.
 */
import type { Locale } from "../i18n/locales.ts";

export interface Partner {
  id: number;
  /** The organisation, as the admin named it in the invite. */
  org: string;
  /** The member's Telegram first name (partners are not anonymous). */
  name: string;
  lang: Locale;
  schools: string[];
}
