import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { LOCALES, localeFromTelegram } from "../src/i18n/locales.ts";
import { messageIds, SOURCES, translate } from "../src/i18n/translate.ts";

describe("locales", () => {
  const english = messageIds("en");

  it.each(LOCALES)("%s parses without errors and has every key of every other locale", (locale) => {
    const bundle = new FluentBundle(locale);
    expect(bundle.addResource(new FluentResource(SOURCES[locale]))).toEqual([]);
    const ids = new Set(messageIds(locale));
    for (const other of LOCALES) {
      const missing = messageIds(other).filter((id) => !ids.has(id));
      expect(missing, `${locale} lacks keys of ${other}`).toEqual([]);
    }
    expect(ids.size).toBe(english.length);
  });

  /** A short value for every placeable: an unfilled one renders as its name, which would look untranslated. */
  const sample: Record<string, string | number> = {
    advisers: 2,
    age: "A",
    before: "B",
    code: "X",
    count: 2,
    country: "C",
    date: "D",
    day: "D",
    days: 3,
    filter: "F",
    from: "F",
    length: 2,
    limit: 4,
    link: "L",
    max: 1,
    municipality: "M",
    n: 1,
    name: "N",
    number: "112",
    of: 4,
    outcome: "O",
    place: "P",
    readers: "R",
    role: "R",
    route: "R",
    school: "S",
    staff: "S",
    org: "Qendra Partneri",
    status: "S",
    time: "T",
    urgency: "U",
    when: "W",
    who: "me",
  };

  it("the sample below fills every placeable English uses", () => {
    const used = new Set([...SOURCES.en.matchAll(/\{ \$(\w+)/g)].map((m) => m[1] ?? ""));
    expect([...used].filter((name) => !(name in sample))).toEqual([]);
  });

  // Names that are spelled the same in both languages.
  const sameEverywhere = new Set(["country-XK"]);

  it.each(LOCALES.filter((l) => l !== "en"))("%s is translated, not copied from English", (locale) => {
    const copied = english.filter((id) => {
      const text = translate(locale, id, sample);
      return text === translate("en", id, sample) && /[A-Za-z]{4}/.test(text) && !sameEverywhere.has(id);
    });
    expect(copied).toEqual([]);
  });

  it("uses the same placeables in every locale", () => {
    const placeables = (locale: (typeof LOCALES)[number], id: string) =>
      [...SOURCES[locale].matchAll(new RegExp(`^${id} =([\\s\\S]*?)(?=^\\S|$(?![\\s\\S]))`, "gm"))]
        .flatMap((m) => [...(m[1] ?? "").matchAll(/\{ \$(\w+) \}/g)].map((p) => p[1]))
        // A set: a plural selector repeats its number once per variant, and languages have 2–4 variants.
        .filter((name, i, all) => all.indexOf(name) === i)
        .sort()
        .join(",");
    for (const id of english) {
      for (const locale of LOCALES)
        expect(placeables(locale, id), `${locale}:${id}`).toBe(placeables("en", id));
    }
  });

  it("maps Telegram language codes, including regional ones", () => {
    expect(localeFromTelegram("sq")).toBe("sq");
    expect(localeFromTelegram("sr-Latn")).toBe("sr");
    expect(localeFromTelegram("sr-Cyrl")).toBe("sr-Cyrl");
    // Telegram says only "sr": the school's script decides, Cyrillic without a school (Kosovo's Serbian schools write it).
    expect(localeFromTelegram("sr")).toBe("sr-Cyrl");
    expect(localeFromTelegram("sr", "sr")).toBe("sr");
    expect(localeFromTelegram("sr", "sq")).toBe("sr-Cyrl");
    expect(localeFromTelegram("hr")).toBe("sr");
    expect(localeFromTelegram("mk")).toBe("mk");
    expect(localeFromTelegram("en-GB")).toBe("en");
    expect(localeFromTelegram("de")).toBeUndefined();
    expect(localeFromTelegram(undefined)).toBeUndefined();
  });
});
