/**
 * Counts, in every locale. A message is about a count when, in any locale, it selects on a variable
 * with a plural category key other than [other] ([one], [few]…) or an exact number key ([0]); [other]
 * alone says nothing, since `{ $who -> [other] … *[me] … }` uses it too. Such a message must select
 * on that count in every locale, and every count must reach a variant written for it.
 *
 * How Fluent picks a variant for a number: an exact key ([1]) first, then the number's CLDR category
 * ([one], [few]…), then the default (*). So a category the language uses is covered when a key names
 * it, when the default names it, or when each of its integers has an exact key (English "one" is only
 * 1, so [1] covers it; Serbian and Macedonian "one" is also 21, 31…, so [1] does not).
 * A default never covers another category than its own: Serbian `*[other]` answers 2–4 with the form
 * for 5 and up, which is right for "dana" by luck of the word and wrong for "prijava" ("2 prijave").
 * No test can tell luck from care, so [few] is written out, even when it repeats [other].
 */
import { FluentBundle, FluentResource, type FluentVariable, type Message } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../src/i18n/locales.ts";
import { SOURCES, translate } from "../src/i18n/translate.ts";

type Pattern = NonNullable<Message["value"]>;
type Expression = Exclude<Exclude<Pattern, string>[number], string>;
type Select = Extract<Expression, { type: "select" }>;
type Argument = Extract<Expression, { type: "func" }>["args"][number];

const COUNTS = [0, 1, 2, 5, 21];
const CATEGORIES_BUT_OTHER = new Set(["zero", "one", "two", "few", "many"]);

function bundle(locale: Locale): FluentBundle {
  const b = new FluentBundle(locale, { useIsolating: false });
  b.addResource(new FluentResource(SOURCES[locale]));
  return b;
}

function patterns(message: Message): Pattern[] {
  return [...(message.value === null ? [] : [message.value]), ...Object.values(message.attributes)];
}

/** The count a select expression is on: `$n` or `NUMBER($n)`. */
function countOf(select: Select): string | undefined {
  const s = select.selector;
  if (s.type === "var") return s.name;
  if (s.type === "func" && s.name === "NUMBER" && s.args[0]?.type === "var") return s.args[0].name;
  return undefined;
}

function isPlural(select: Select): boolean {
  return select.variants.some((v) => v.key.type === "num" || CATEGORIES_BUT_OTHER.has(v.key.value));
}

function selects(pattern: Pattern): Select[] {
  if (typeof pattern === "string") return [];
  return pattern.flatMap((e) =>
    typeof e !== "string" && e.type === "select" ? [e, ...e.variants.flatMap((v) => selects(v.value))] : [],
  );
}

const pluralSelects = (message: Message) => patterns(message).flatMap(selects).filter(isPlural);

/** Every variable the message can use, through message references too, so none is reported missing. */
function variables(b: FluentBundle, pattern: Pattern, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  const visit = (e: Expression | Argument): void => {
    if (e.type === "var") found.add(e.name);
    else if (e.type === "select") {
      visit(e.selector);
      for (const v of e.variants) for (const name of variables(b, v.value, seen)) found.add(name);
    } else if (e.type === "func" || e.type === "term") e.args.forEach(visit);
    else if (e.type === "mesg" && !seen.has(e.name)) {
      seen.add(e.name);
      const m = b.getMessage(e.name);
      for (const p of m ? patterns(m) : []) for (const name of variables(b, p, seen)) found.add(name);
    }
  };
  if (typeof pattern !== "string") for (const e of pattern) if (typeof e !== "string") visit(e);
  return found;
}

/** The language's categories whose integers land on a variant not written for them, with examples. */
function gaps(locale: Locale, select: Select): { category: string; examples: number[] }[] {
  const rules = new Intl.PluralRules(locale);
  const keys = new Set(select.variants.map((v) => v.key.value));
  const fallback = select.variants[select.star];
  // A default may hand the count on to a select of its own ("{ $days } { $days -> … }" in en `age`).
  const inner = selects(fallback?.value ?? "").filter((s) => isPlural(s) && countOf(s) === countOf(select));
  const integers = Array.from({ length: 1000 }, (_, n) => n);
  return rules.resolvedOptions().pluralCategories.flatMap((category) => {
    if (keys.has(category) || fallback?.key.value === category) return [];
    const examples = integers.filter((n) => rules.select(n) === category && !keys.has(n)).slice(0, 3);
    if (examples.length === 0) return [];
    if (inner.some((s) => !gaps(locale, s).some((gap) => gap.category === category))) return [];
    return [{ category, examples }];
  });
}

// Message id → the counts it selects on, in any locale.
const counted = new Map<string, Set<string>>();
for (const locale of LOCALES) {
  const b = bundle(locale);
  for (const entry of new FluentResource(SOURCES[locale]).body) {
    const message = b.getMessage(entry.id);
    for (const select of message ? pluralSelects(message) : []) {
      const count = countOf(select);
      if (count) counted.set(entry.id, (counted.get(entry.id) ?? new Set()).add(count));
    }
  }
}

describe("plurals", () => {
  it("finds the messages about counts", () => {
    expect(counted.size).toBeGreaterThan(0);
  });

  it("gives sr-Cyrl Serbian plural rules", () => {
    const categories = (tag: string) => new Intl.PluralRules(tag).resolvedOptions().pluralCategories.sort();
    expect(categories("sr-Cyrl")).toEqual(["few", "one", "other"]);
    const b = new FluentBundle("sr-Cyrl");
    b.addResource(
      new FluentResource(
        "d =\n    { $n ->\n        [one] један\n        [few] два\n       *[other] пет\n    }\n",
      ),
    );
    const say = (n: number) => b.formatPattern(b.getMessage("d")?.value ?? "", { n });
    expect([1, 21, 2, 22, 5, 11, 12].map(say)).toEqual(["један", "један", "два", "два", "пет", "пет", "пет"]);
  });

  it.each(LOCALES)("%s: every count reaches a form written for it, and renders cleanly", (locale) => {
    const b = bundle(locale);
    const problems: string[] = [];
    for (const [id, counts] of counted) {
      const message = b.getMessage(id);
      // A missing message is the parity test's to report (test/i18n.test.ts).
      if (!message) continue;
      const own = pluralSelects(message);
      for (const count of counts) {
        if (!own.some((s) => countOf(s) === count)) problems.push(`${id}: no plural forms for $${count}`);
      }
      for (const select of own) {
        for (const { category, examples } of gaps(locale, select)) {
          problems.push(`${id}: $${countOf(select)} has no [${category}] (for ${examples.join(", ")}…)`);
        }
      }
      for (const pattern of patterns(message)) {
        const names = variables(b, pattern);
        for (const n of COUNTS) {
          const args: Record<string, FluentVariable> = {};
          for (const name of names) args[name] = `«${name}»`;
          for (const count of counts) args[count] = n;
          if (names.has("who")) args.who = "me";
          const errors: Error[] = [];
          const text = b.formatPattern(pattern, args, errors);
          if (errors.length > 0) problems.push(`${id} (${n}): ${errors.map((e) => e.message).join("; ")}`);
          if (/[{$]/.test(text)) problems.push(`${id} (${n}): leftover syntax in “${text}”`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // The number followed by the word in the form that number takes.
  it.each([
    ["en", 1, "1 day"],
    ["en", 21, "21 days"],
    ["sr", 1, "1 dan"],
    ["sr", 2, "2 dana"],
    ["sr", 5, "5 dana"],
    ["sr", 21, "21 dan"],
    ["sr-Cyrl", 21, "21 дан"],
    ["sr-Cyrl", 22, "22 дана"],
    ["mk", 1, "1 ден"],
    ["mk", 5, "5 дена"],
    ["mk", 21, "21 ден"],
  ] as const)("%s student-agreement with %i days says “%s”", (locale, days, phrase) => {
    expect(translate(locale, "student-agreement", { days })).toMatch(
      new RegExp(`(?<!\\d)${phrase}(?!\\p{L})`, "u"),
    );
  });
});
