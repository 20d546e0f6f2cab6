/**
 * The bot's words, read from locales/*.ftl with Fluent as the bot reads them: the tests look for
 * what a child would see, and a rewording in a locale does not break them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, type FluentVariable, FluentResource } from "@fluent/bundle";
import { ROOT } from "./helpers.mts";

export type Locale = "sq" | "sr" | "sr-Cyrl" | "mk" | "en";

const bundles = new Map<Locale, FluentBundle>();

function bundle(locale: Locale): FluentBundle {
  let b = bundles.get(locale);
  if (!b) {
    b = new FluentBundle(locale, { useIsolating: false });
    const errors = b.addResource(
      new FluentResource(readFileSync(join(ROOT, "locales", `${locale}.ftl`), "utf8")),
    );
    if (errors.length) throw errors[0];
    bundles.set(locale, b);
  }
  return b;
}

/** A message as the bot would send it (the default variant where it varies). */
export function t(locale: Locale, id: string, args: Record<string, FluentVariable> = {}): string {
  const message = bundle(locale).getMessage(id);
  if (!message?.value) throw new Error(`${id} is missing in locales/${locale}.ftl`);
  return bundle(locale).formatPattern(message.value, args);
}

/** Its first line: a stable needle when the rest holds numbers or names. */
export const firstLine = (locale: Locale, id: string, args: Record<string, FluentVariable> = {}): string =>
  t(locale, id, args).split("\n")[0] ?? "";
