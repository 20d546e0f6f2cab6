/**
 * `npm run locales:cyrillic` — writes locales/sr-Cyrl.ftl from locales/sr.ftl. Serbian has one
 * translation in two scripts; the Cyrillic one is derived, never translated (see src/i18n/cyrillic.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { ftlToCyrillic } from "../src/i18n/cyrillic.ts";

const root = new URL("../", import.meta.url);
const [command] = process.argv.slice(2);

if (command === "cyrillic") {
  const latin = readFileSync(new URL("locales/sr.ftl", root), "utf8");
  writeFileSync(new URL("locales/sr-Cyrl.ftl", root), ftlToCyrillic(latin));
  console.log("locales/sr-Cyrl.ftl written from locales/sr.ftl");
} else {
  console.error("usage: node scripts/ts.mjs scripts/locales.ts cyrillic");
  process.exit(2);
}
