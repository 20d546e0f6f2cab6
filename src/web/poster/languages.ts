/**
 * Which languages a school's poster speaks, and what its lines say.
 *
 * The school's own language comes first (it is what its students read at school); then each
 * official language of the country that Ura speaks, so a student of the other community in a
 * mixed town can read the poster too:
 *
 * | country | languages added after the school's        | e.g. school language → poster         |
 * |---------|-------------------------------------------|---------------------------------------|
 * | XK      | Albanian, Serbian in Cyrillic             | sq → sq + sr-Cyrl; sr-Cyrl → sr-Cyrl + sq |
 * | AL      | Albanian                                  | sq → sq; mk (a minority school) → mk + sq |
 * | MK      | Macedonian, Albanian                      | mk → mk + sq; sq → sq + mk            |
 *
 * Serbian counts once, in the school's script: a Kosovo school that chose Latin (`sr`) gets Latin
 * and Albanian, not both scripts. English appears only when it is the school's language.
 */
import type { Country } from "../../domain/country.ts";
import type { School } from "../../domain/school.ts";
import type { Locale } from "../../i18n/locales.ts";
import { sameLanguage } from "../../i18n/locales.ts";
import { translate } from "../../i18n/translate.ts";
import { directoryFor } from "../../flow/registry.ts";

const OFFICIAL: Record<Country, readonly Locale[]> = {
  XK: ["sq", "sr-Cyrl"],
  AL: ["sq"],
  MK: ["mk", "sq"],
};

export function posterLanguages(school: Pick<School, "country" | "lang">): Locale[] {
  const out: Locale[] = [school.lang];
  for (const locale of OFFICIAL[school.country]) {
    if (!out.some((have) => sameLanguage(have, locale))) out.push(locale);
  }
  return out;
}

/**
 * The number a child in danger calls, from the country's directory (data the deploying
 * organization checks) rather than written into the texts: 112 in all three countries today.
 */
export function emergencyNumber(country: Country): string {
  return directoryFor(country).emergency.find((e) => e.number)?.number ?? "112";
}

export interface PosterLines {
  locale: Locale;
  /** What Ura is. */
  what: string;
  /** Anonymity, in the words DESIGN requires ("the school will not know who you are"). */
  anonymous: string;
  danger: string;
  /** For a phone without a camera, or a code that will not scan. */
  how: string;
}

export function posterLines(
  school: Pick<School, "country" | "lang" | "code">,
  botUsername: string,
): PosterLines[] {
  const number = emergencyNumber(school.country);
  return posterLanguages(school).map((locale) => ({
    locale,
    what: translate(locale, "poster-what"),
    anonymous: translate(locale, "poster-anonymous"),
    // The number never starts a line on its own, away from the word that says to call it.
    danger: translate(locale, "poster-danger", { number }).replace(` ${number}`, `\u00a0${number}`),
    how: translate(locale, "poster-how", { name: `@${botUsername}`, code: school.code }),
  }));
}
