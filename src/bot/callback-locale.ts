/**
 * Every callback_data Ura makes starts with `<kind><locale digit>`, so the language of a button
 * press is known without a KV read. See src/crypto/callback.ts for the signed payload after it.
 */
import { type Locale, LOCALES } from "../i18n/locales.ts";

export function localeInCallback(data: string | undefined): Locale | undefined {
  const digit = data?.charCodeAt(1);
  if (digit === undefined || Number.isNaN(digit)) return undefined;
  return LOCALES[digit - 48];
}

export function localeDigit(locale: Locale): string {
  return String(LOCALES.indexOf(locale));
}
