/**
 * The languages Ura speaks. Kosovo's Serbian-language schools teach Cyrillic as the school script, so
 * Serbian comes in both scripts: sr-Cyrl (generated from sr.ftl, see cyrillic.ts) and Latin, which
 * stays selectable for those who read it more easily. Append only: a locale's index is a digit in
 * callback data already sent, so reordering would switch the language of old buttons.
 */
export const LOCALES = ["sq", "sr", "mk", "en", "sr-Cyrl"] as const;
export type Locale = (typeof LOCALES)[number];
export const FALLBACK_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * Maps a Telegram `language_code` (IETF tag) to a locale. Telegram says only "sr" for Serbian, in
 * either script: the school's script decides (a Serbian-language school in Kosovo writes Cyrillic),
 * and Cyrillic without a school. Bosnian, Croatian and Montenegrin speakers read Serbian Latin
 * without effort; anything else gets no guess (undefined), and the school's language applies.
 */
export function localeFromTelegram(code: string | undefined, schoolLocale?: Locale): Locale | undefined {
  const tag = code?.toLowerCase() ?? "";
  const base = tag.split(/[-_]/)[0];
  if (!base) return undefined;
  if (base === "sr") {
    if (tag.includes("latn")) return "sr";
    if (tag.includes("cyrl")) return "sr-Cyrl";
    return schoolLocale === "sr" ? "sr" : "sr-Cyrl";
  }
  if (isLocale(base)) return base;
  if (base === "hr" || base === "bs" || base === "sh" || base === "cnr") return "sr";
  return undefined;
}

/** Whether two locales are the same language (Serbian in either script). */
export const sameLanguage = (a: Locale, b: Locale) => a.split("-")[0] === b.split("-")[0];
