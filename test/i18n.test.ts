import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { LOCALES, localeFromTelegram } from "../src/i18n/locales.ts";
import {
  PACKED_LOCALES,
  type PackedLocale,
  packLocales,
  SETUP_ONLY,
  stripFluent,
  unpackLocales,
} from "../src/i18n/packed.ts";
import packed from "../src/i18n/packed.ftl";
import { messageIds, SOURCES, translate } from "../src/i18n/translate.ts";
import enFile from "../locales/en.ftl";
import mkFile from "../locales/mk.ftl";
import sqFile from "../locales/sq.ftl";
import srFile from "../locales/sr.ftl";

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

describe("the packed locales the Worker bundles (src/i18n/packed.ftl)", () => {
  const SOURCE_FILES: Record<PackedLocale, string> = { sq: sqFile, sr: srFile, mk: mkFile, en: enFile };
  /** Every message as Fluent's runtime parser reads it (what a bundle would show), but those only setup sends. */
  const messages = (text: string) =>
    JSON.stringify(
      new FluentResource(text).body
        .filter((m) => !SETUP_ONLY.includes(m.id))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    );

  it("is current: `npm run locales` writes exactly this from locales/*.ftl", () => {
    expect(packed, "src/i18n/packed.ftl is out of date: run `npm run locales`").toBe(
      packLocales(SOURCE_FILES),
    );
  });

  it.each(PACKED_LOCALES)("%s: every message is exactly the one in locales/", (locale) => {
    const unpacked = unpackLocales(packed)[locale];
    expect(messages(unpacked)).toBe(messages(SOURCE_FILES[locale]));
    expect(new FluentResource(unpacked).body.filter((m) => SETUP_ONLY.includes(m.id))).toEqual([]);
    expect(SOURCES[locale]).toBe(unpacked);
    // The parity test above reads the packed text: the profile texts setup sends are checked here.
    const ids = new FluentResource(SOURCE_FILES[locale]).body.map((m) => m.id);
    expect(
      SETUP_ONLY.filter((id) => !ids.includes(id)),
      `${locale} lacks profile texts`,
    ).toEqual([]);
  });

  it("refuses a packed text that is not four languages per message", () => {
    expect(() => unpackLocales("a = A\na = B\na = C\n")).toThrow(/not 4 per message/);
    expect(unpackLocales("# head\na = A\na = B\na =\n    one\n\n    two\na = D\n").mk).toBe(
      "a =\n    one\n\n    two",
    );
  });

  it("refuses languages whose messages differ: a missing or extra one would shift every later message", () => {
    const files = {
      ...SOURCE_FILES,
      mk: "a = A\n",
      en: "a = A\nb = B\n",
      sq: "a = A\nb = B\n",
      sr: "a = A\nb = B\nc = C\n",
    };
    expect(() => packLocales(files)).toThrow(/sr\.ftl differs from en in: c/);
  });

  it("keeps a blank line inside a multiline value and drops comments and blank lines between messages", () => {
    const source = "# note\n## Section\n\na =\n    one\n\n    two\n\n# about b\nb = B\n\n";
    expect(stripFluent(source)).toBe("a =\n    one\n\n    two\nb = B");
    expect(messages(stripFluent(source))).toBe(messages(source));
  });

  it("leaves out the messages it is told to, multiline ones whole", () => {
    const source = "a = A\nbot-description =\n    long\n\n    text\n-term = T\nb = B\n";
    expect(stripFluent(source, ["bot-description"])).toBe("a = A\n-term = T\nb = B");
  });
});
