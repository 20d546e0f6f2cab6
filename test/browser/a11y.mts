/**
 * axe-core run inside a page (evaluated over the debugging protocol, so the page's CSP stays on):
 * the violations a screen-reader or keyboard user would meet, by rule and element.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "./helpers.mts";

export interface Violation {
  id: string;
  impact: string;
  nodes: string[];
}

interface Axe {
  run(
    context: Document,
    options: object,
  ): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;
}

export async function axe(page: Page): Promise<Violation[]> {
  await page.evaluate(await readFile(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    const { violations } = await (globalThis as unknown as { axe: Axe }).axe.run(document, {
      resultTypes: ["violations"],
    });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

/** What must not ship: serious and critical violations. */
export const serious = (violations: Violation[]): Violation[] =>
  violations.filter((v) => v.impact === "serious" || v.impact === "critical");
