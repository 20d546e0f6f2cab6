/** Case rows as KV holds them: one key per case under its school's prefix, the row in metadata. */
import type { CaseRow } from "../domain/case.ts";
import { keys } from "./keys.ts";
import type { Kv } from "./kv-counter.ts";
import { listAll } from "./schools.ts";

export interface QueueEntry extends CaseRow {
  id: string;
  school: string;
}

function entry(name: string, row: CaseRow): QueueEntry {
  const [, school = "", id = ""] = name.split(":");
  return { id, school, ...row };
}

/** All cases of a school from list() metadata: one call per 1,000 cases, no gets. */
export async function listCases(kv: Kv, school: string): Promise<QueueEntry[]> {
  const out: QueueEntry[] = [];
  for await (const k of listAll<CaseRow>(kv, keys.casesOfSchoolPrefix(school)))
    if (k.metadata) out.push(entry(k.name, k.metadata));
  return out;
}

/** Every school's cases, for the cron: at most `maxPages` list() calls (1,000 cases each). */
export async function listAllCases(kv: Kv, maxPages: number): Promise<QueueEntry[]> {
  const out: QueueEntry[] = [];
  for await (const k of listAll<CaseRow>(kv, keys.allCasesPrefix(), maxPages))
    if (k.metadata) out.push(entry(k.name, k.metadata));
  return out;
}
