/** The languages Ura speaks. Serbian is written in Latin script, as in Kosovo's Serbian-language schools. */
export const LOCALES = ["sq", "sr", "mk", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const FALLBACK_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * Maps a Telegram `language_code` (IETF tag) to a locale. Bosnian, Croatian and Montenegrin
 * speakers read Serbian Latin without effort; anything else gets no guess (undefined).
 */
export function localeFromTelegram(code: string | undefined): Locale | undefined {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  if (!base) return undefined;
  if (isLocale(base)) return base;
  if (base === "hr" || base === "bs" || base === "sh" || base === "cnr") return "sr";
  return undefined;
}
