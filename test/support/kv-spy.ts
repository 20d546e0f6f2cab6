/**
 * Counts every operation on the real KV binding — the Worker's and the desks' alike (they share
 * the binding inside workerd) — while calling through to it. The KV budget is the whole system's.
 */
import { env } from "cloudflare:workers";
import { vi } from "vitest";

export interface KvCount {
  reads: number;
  writes: number;
  deletes: number;
  lists: number;
  /** The keys written, in order (to see which writes a budget was spent on). */
  written: string[];
}

export function countKv(): KvCount {
  const count: KvCount = { reads: 0, writes: 0, deletes: 0, lists: 0, written: [] };
  const kv = env.KV as KVNamespace;
  const get = kv.get.bind(kv);
  const getWithMetadata = kv.getWithMetadata.bind(kv);
  const put = kv.put.bind(kv);
  const del = kv.delete.bind(kv);
  const list = kv.list.bind(kv);
  vi.spyOn(kv, "get").mockImplementation(((...args: Parameters<typeof get>) => {
    count.reads++;
    return get(...args);
  }) as typeof get);
  vi.spyOn(kv, "getWithMetadata").mockImplementation(((...args: Parameters<typeof getWithMetadata>) => {
    count.reads++;
    return getWithMetadata(...args);
  }) as typeof getWithMetadata);
  vi.spyOn(kv, "put").mockImplementation(((key: string, ...rest: unknown[]) => {
    count.writes++;
    count.written.push(key);
    return (put as (...a: unknown[]) => Promise<void>)(key, ...rest);
  }) as typeof put);
  vi.spyOn(kv, "delete").mockImplementation(((key: string) => {
    count.deletes++;
    return del(key);
  }) as typeof del);
  vi.spyOn(kv, "list").mockImplementation(((...args: Parameters<typeof list>) => {
    count.lists++;
    return list(...args);
  }) as typeof list);
  return count;
}

/** Zeroes a count in place (between phases of one test). */
export function resetCount(count: KvCount): void {
  count.reads = count.writes = count.deletes = count.lists = 0;
  count.written.length = 0;
}
