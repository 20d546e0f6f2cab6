/**
 * What left the Worker and the desks for storage or the queue, recorded as it happened (a value
 * overwritten or a notice delivered and gone is still seen), and every row the desks hold now.
 * The Worker and the desks share the bindings inside workerd, so one spy sees both.
 */
import { env } from "cloudflare:workers";
import { vi } from "vitest";
import type { Notice } from "../../src/domain/notices.ts";
import { SCHEMA } from "../../src/storage/desk/schema.ts";
import { inDesk } from "./world.ts";

export interface Captured {
  /** Every KV put: key, value and metadata. */
  kvPuts: Array<{ key: string; value: string; metadata: unknown }>;
  /** Every notice handed to the queue (by a desk's outbox flush, or by anyone). */
  notices: Notice[];
}

export function captureWrites(): Captured {
  const captured: Captured = { kvPuts: [], notices: [] };
  const kv = env.KV as KVNamespace;
  const put = kv.put.bind(kv);
  vi.spyOn(kv, "put").mockImplementation(((key: string, value: string, options?: KVNamespacePutOptions) => {
    captured.kvPuts.push({ key, value: String(value), metadata: options?.metadata });
    return put(key, value, options);
  }) as typeof put);
  const queue = env.NOTICES;
  const send = queue.send.bind(queue);
  const sendBatch = queue.sendBatch.bind(queue);
  vi.spyOn(queue, "send").mockImplementation(((body: Notice, options?: QueueSendOptions) => {
    captured.notices.push(body);
    return send(body, options);
  }) as typeof send);
  vi.spyOn(queue, "sendBatch").mockImplementation(((
    messages: Iterable<MessageSendRequest<Notice>>,
    options?: QueueSendBatchOptions,
  ) => {
    const list = [...messages];
    for (const m of list) captured.notices.push(m.body);
    return sendBatch(list, options);
  }) as typeof sendBatch);
  return captured;
}

/** The desk's tables, read from its schema (a table added later is scanned too). */
export const DESK_TABLES = SCHEMA.map((s) => /^CREATE TABLE IF NOT EXISTS (\w+)/.exec(s)?.[1]).filter(
  (name): name is string => name !== undefined,
);

/** Every row of every table of a school's desk, by table. */
export function deskRows(school: string): Promise<Record<string, Record<string, SqlStorageValue>[]>> {
  return inDesk(school, (sql) =>
    Object.fromEntries(DESK_TABLES.map((table) => [table, sql.exec(`SELECT * FROM ${table}`).toArray()])),
  );
}
