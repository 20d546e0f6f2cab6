/**
 * `npm run flows:check` — validates flows/, routing and the referral directory against every locale.
 * `npm run flows:diagram [flow] [locale]` — prints a flow as a Mermaid diagram (labels in that locale).
 * Runs on Node's built-in TypeScript support, on the same pure modules the Worker uses.
 */
import { readFileSync } from "node:fs";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { toMermaid } from "../src/flow/mermaid.ts";
import type { Directory } from "../src/domain/country.ts";
import type { Routing } from "../src/domain/routing.ts";
import { NEVER_MEDIATION } from "../src/domain/safeguarding.ts";
import type { Flow } from "../src/flow/types.ts";
import { validateDirectory, validateFlow, validateRouting } from "../src/flow/validate.ts";
import { LOCALES } from "../src/i18n/locales.ts";

const root = new URL("../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

const flows: Flow[] = [JSON.parse(read("flows/report.json"))];
const routing: Routing = JSON.parse(read("flows/routing.json"));
const directory: Directory = JSON.parse(read("flows/directory.json"));
const resources = Object.fromEntries(LOCALES.map((l) => [l, new FluentResource(read(`locales/${l}.ftl`))]));
const ids = Object.fromEntries(LOCALES.map((l) => [l, new Set(resources[l]?.body.map((m) => m.id))]));

const [command = "check", flowId = "report", locale = "en"] = process.argv.slice(2);

if (command === "check") {
  const problems = [
    ...flows.flatMap((f) => validateFlow(f, ids)),
    ...validateRouting(routing, flows[0] as Flow),
    ...validateDirectory(directory, ids),
  ];
  if (problems.length > 0) {
    console.error(`flows: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
  const mediationRules = routing.rules.filter((r) => r.route === "mediation").length;
  console.log(
    `flows: ${flows.length} flow(s), ${routing.rules.length} routing rules, directory for ${Object.keys(directory.countries).join(", ")}: OK`,
  );
  console.log(
    `safeguarding: none of the ${mediationRules} mediation rules can match any of the ${NEVER_MEDIATION.length} protected answers (${NEVER_MEDIATION.map((p) => p.why).join("; ")})`,
  );
} else if (command === "diagram") {
  const flow = flows.find((f) => f.id === flowId);
  if (!flow) throw new Error(`no flow "${flowId}"`);
  const bundle = new FluentBundle(locale, { useIsolating: false });
  const resource = resources[locale];
  if (!resource) throw new Error(`no locale "${locale}"`);
  bundle.addResource(resource);
  const label = (id: string) => {
    const m = bundle.getMessage(id);
    return m?.value ? bundle.formatPattern(m.value, { readers: "…" }) : id;
  };
  console.log(toMermaid(flow, label));
} else {
  console.error("usage: node scripts/flows.ts check | diagram [flow] [locale]");
  process.exit(2);
}
