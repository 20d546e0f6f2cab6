/**
 * `npm run locales` — writes what is derived from the translations in locales/*.ftl:
 * - locales/sr-Cyrl.ftl from locales/sr.ftl. Serbian has one translation in two scripts; the
 *   Cyrillic one is derived, never translated (see src/i18n/cyrillic.ts);
 * - src/i18n/packed.ftl, the four translations as the Worker bundles them (src/i18n/packed.ts).
 * Tests fail while either is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { ftlToCyrillic } from "../src/i18n/cyrillic.ts";
import { PACKED_LOCALES, type PackedLocale, packLocales } from "../src/i18n/packed.ts";

const root = new URL("../", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), "utf8");

writeFileSync(new URL("locales/sr-Cyrl.ftl", root), ftlToCyrillic(read("locales/sr.ftl")));
console.log("locales/sr-Cyrl.ftl written from locales/sr.ftl");
const sources = Object.fromEntries(PACKED_LOCALES.map((l) => [l, read(`locales/${l}.ftl`)]));
writeFileSync(new URL("src/i18n/packed.ftl", root), packLocales(sources as Record<PackedLocale, string>));
console.log(`src/i18n/packed.ftl written from locales/{${PACKED_LOCALES.join(",")}}.ftl`);
