/**
 * Notices that could not be delivered: one KV key each (never a shared counter), holding only the
 * notice's kind and day — not whom it was for, nor what it said. Kept 30 days; /schools counts them.
 */
import { keys } from "./keys.ts";
import type { Kv } from "./kv-counter.ts";
import { listAll } from "./schools.ts";

const KEPT_S = 30 * 86_400;

export async function recordUndelivered(kv: Kv, school: string, kind: string, day: string): Promise<void> {
  await kv.put(keys.undelivered(school, crypto.randomUUID()), "", {
    metadata: { k: kind, d: day },
    expirationTtl: KEPT_S,
  });
}

/** Undelivered notices of the last 30 days, per school. */
export async function countUndelivered(kv: Kv): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const prefix = keys.undeliveredPrefix();
  for await (const k of listAll(kv, prefix)) {
    const school = k.name.slice(prefix.length).split(":")[0] ?? "";
    counts.set(school, (counts.get(school) ?? 0) + 1);
  }
  return counts;
}
