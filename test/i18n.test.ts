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

  const sample = {
    code: "X",
    school: "S",
    municipality: "M",
    readers: "R",
    max: 1,
    length: 2,
    days: 3,
    limit: 4,
    when: "W",
    day: "D",
    country: "C",
    name: "N",
    link: "L",
    status: "S",
    week: "W",
  };
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
    expect(localeFromTelegram("hr")).toBe("sr");
    expect(localeFromTelegram("mk")).toBe("mk");
    expect(localeFromTelegram("en-GB")).toBe("en");
    expect(localeFromTelegram("de")).toBeUndefined();
    expect(localeFromTelegram(undefined)).toBeUndefined();
  });
});
