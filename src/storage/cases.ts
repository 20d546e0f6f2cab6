/** Cases: one KV key per case under its school's prefix; the queue row rides in metadata. */
import type { CaseRow, StoredCase } from "../domain/case.ts";
import { rowOf } from "../domain/case.ts";
import { keys } from "./keys.ts";
import type { Kv } from "./kv-counter.ts";

export async function getCase(kv: Kv, school: string, id: string): Promise<StoredCase | null> {
  const raw = await kv.get(keys.case(school, id));
  return raw ? (JSON.parse(raw) as StoredCase) : null;
}

export async function putCase(kv: Kv, c: StoredCase): Promise<void> {
  await kv.put(keys.case(c.school, c.id), JSON.stringify(c), { metadata: rowOf(c) });
}

export async function deleteCase(kv: Kv, school: string, id: string): Promise<void> {
  await kv.delete(keys.case(school, id));
}

export interface QueueEntry extends CaseRow {
  id: string;
}

/** All cases of a school from list() metadata: one call per 1,000 cases, no gets. */
export async function listCases(kv: Kv, school: string): Promise<QueueEntry[]> {
  const prefix = keys.casesOfSchoolPrefix(school);
  const out: QueueEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await kv.list<CaseRow>({ prefix, cursor });
    for (const k of page.keys) if (k.metadata) out.push({ id: k.name.slice(prefix.length), ...k.metadata });
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return out;
}
