/**
 * The threat model (docs/threat-model.md) names a test for every mitigation: this fails when a
 * named test does not exist — a mitigation that lost its proof, or a test renamed away from it.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";

const ROOT = new URL("../../", import.meta.url);
const doc = readFileSync(new URL("docs/threat-model.md", ROOT), "utf8");

/** Every `test/<file> › <title>` (or a whole `test/<file>`) the document names in backticks. */
const named = [...doc.matchAll(/`(test\/[^`›]+?\.test\.(?:ts|mts|mjs))(?: › ([^`]+))?`/g)].map((m) => ({
  file: m[1] as string,
  title: m[2],
}));

test("the threat model names tests", () => {
  assert.ok(named.length >= 25, `only ${named.length} tests named`);
});

test("every test the threat model names exists", () => {
  const missing = named.filter(({ file, title }) => {
    const path = new URL(file, ROOT);
    if (!existsSync(path)) return true;
    return title !== undefined && !readFileSync(path, "utf8").includes(title);
  });
  assert.deepEqual(missing, []);
});
