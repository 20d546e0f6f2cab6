/**
 * Fluent messages, bundled as a text module (wrangler rule for *.ftl): Workers have no filesystem,
 * and @grammyjs/i18n does not run on Workers. The module is locales/*.ftl packed into one
 * (packed.ts); bundles are parsed lazily, once per isolate.
 */
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { ftlToCyrillic } from "./cyrillic.ts";
import { FALLBACK_LOCALE, type Locale } from "./locales.ts";
import packed from "./packed.ftl";
import { unpackLocales } from "./packed.ts";

const { sq, sr, mk, en } = unpackLocales(packed);
let cyrillic: string | undefined;

/**
 * Each locale's Fluent source. Serbian in Cyrillic is written from the Latin one when first asked
 * (once per isolate, about a millisecond) rather than bundled: it is the same translation, and
 * shipping it twice cost 13 KiB of the gzipped bundle. locales/sr-Cyrl.ftl is the same text,
 * generated for people who read or review it (test/cyrillic.test.ts keeps it up to date).
 */
export const SOURCES: Readonly<Record<Locale, string>> = {
  sq,
  sr,
  mk,
  en,
  get "sr-Cyrl"() {
    cyrillic ??= ftlToCyrillic(sr);
    return cyrillic;
  },
};

export type TranslateArgs = Record<string, FluentVariable>;
export type Translate = (id: string, args?: TranslateArgs) => string;

const bundles = new Map<Locale, FluentBundle>();

function bundle(locale: Locale): FluentBundle {
  let b = bundles.get(locale);
  if (!b) {
    // useIsolating would wrap placeables in Unicode bidi marks that Telegram shows as-is.
    // The tag picks plural rules: Intl.PluralRules("sr-Cyrl") resolves to Serbian's (test/plurals).
    b = new FluentBundle(locale, { useIsolating: false });
    b.addResource(new FluentResource(SOURCES[locale]));
    bundles.set(locale, b);
  }
  return b;
}

export function translate(locale: Locale, id: string, args?: TranslateArgs): string {
  for (const l of locale === FALLBACK_LOCALE ? [locale] : [locale, FALLBACK_LOCALE]) {
    const b = bundle(l);
    const message = b.getMessage(id);
    // With an errors array Fluent reports a missing argument instead of throwing mid-conversation.
    if (message?.value) return b.formatPattern(message.value, args, []);
  }
  // A missing id is a bug the parity test catches; show the id rather than crash a child's report.
  return id;
}

export function translator(locale: Locale): Translate {
  return (id, args) => translate(locale, id, args);
}

export function messageIds(locale: Locale): string[] {
  return [...new FluentResource(SOURCES[locale]).body.map((entry) => entry.id)];
}
