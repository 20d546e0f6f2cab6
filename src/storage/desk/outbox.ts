/**
 * The desk's outbox: KV writes and notices are committed in the same SQLite transaction as the case
 * change they follow, then flushed — at once, and by the desk's alarm until they succeed. So a
 * notice is never lost between a change and the queue, and KV converges on the desk even when a KV
 * write failed. Duplicates are possible (a flush that died after sending); loss is not.
 */
import type { Notice } from "../../domain/notices.ts";

export type OutboxItem =
  | { kind: "put"; key: string; value: string; metadata?: unknown; ttl?: number }
  | { kind: "delete"; key: string }
  /** `hold`: seconds the queue must keep it before delivery (the hour hold). */
  | { kind: "notice"; notice: Notice; hold: number };

/** As stored: a hold becomes a release time on the real clock (a test's clock may be moved). */
type Stored = OutboxItem | { kind: "notice"; notice: Notice; hold: number; release: number };

export interface OutboxDeps {
  sql: SqlStorage;
  kv: KVNamespace;
  queue: Queue<Notice>;
  setAlarm: (at: number) => void;
  now: () => number;
}

/** Inside the change's transaction. A newer write to a key replaces one not yet flushed. */
export function enqueue(sql: SqlStorage, items: OutboxItem[]): void {
  for (const item of items) {
    const key = item.kind === "notice" ? null : item.key;
    if (key !== null) sql.exec("DELETE FROM outbox WHERE key = ? AND busy = 0", key);
    const stored: Stored =
      item.kind === "notice" ? { ...item, release: Date.now() + item.hold * 1000 } : item;
    sql.exec("INSERT INTO outbox (kind, key, body) VALUES (?, ?, ?)", item.kind, key, JSON.stringify(stored));
  }
}

const STUCK_MS = 60_000;
const MAX_DELAY_S = 43_200; // Queues accept a delay of at most 12 hours
const backoff = (tries: number) => Math.min(300_000, 2_000 * 2 ** tries);

interface Row extends Record<string, SqlStorageValue> {
  seq: number;
  kind: string;
  body: string;
  tries: number;
}

/** At most this many rounds a flush: 9 × 99 KV writes stay inside one invocation's 1,000 KV operations. */
const MAX_ROUNDS = 9;

/** Sends what is due, round after round. Returns how many items are still waiting (the alarm retries them). */
export async function flush(d: OutboxDeps): Promise<number> {
  const now = d.now();
  // A flush that died mid-way (eviction) left its rows busy: after a minute they are fair game again.
  d.sql.exec("UPDATE outbox SET busy = 0 WHERE busy > 0 AND busy < ?", now - STUCK_MS);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const { sent, failed } = await flushRound(d, now);
    if (sent === 0 || failed) break;
  }
  const waiting = d.sql
    .exec<{ n: number; next: number | null }>("SELECT count(*) AS n, min(not_before) AS next FROM outbox")
    .one();
  if (waiting.n > 0) d.setAlarm(Math.max(now + 1_000, waiting.next ?? now));
  return waiting.n;
}

async function flushRound(d: OutboxDeps, now: number): Promise<{ sent: number; failed: boolean }> {
  // A Durable Object's SQLite binds at most 100 parameters per statement: `busy` and 99 seqs below.
  const rows = d.sql
    .exec<Row>(
      "SELECT seq, kind, body, tries FROM outbox WHERE busy = 0 AND not_before <= ? ORDER BY seq LIMIT 99",
      now,
    )
    .toArray();
  if (rows.length === 0) return { sent: 0, failed: false };
  // Marked before the first await: a concurrent flush (requests interleave at awaits) skips them.
  d.sql.exec(
    `UPDATE outbox SET busy = ? WHERE seq IN (${rows.map(() => "?").join(",")})`,
    now,
    ...rows.map((r) => r.seq),
  );
  const notices = rows.filter((r) => r.kind === "notice");
  const writes = rows.filter((r) => r.kind !== "notice");
  const [noticesOk, ...writesOk] = await Promise.all([
    sendNotices(d, notices, now),
    ...writes.map((r) => writeKv(d, r)),
  ]);
  settle(d, notices, noticesOk as boolean, now);
  for (const [i, r] of writes.entries()) settle(d, [r], writesOk[i] as boolean, now);
  return { sent: rows.length, failed: !noticesOk || writesOk.includes(false) };
}

function settle(d: OutboxDeps, rows: Row[], ok: boolean, now: number) {
  for (const r of rows) {
    if (ok) d.sql.exec("DELETE FROM outbox WHERE seq = ?", r.seq);
    else
      d.sql.exec(
        "UPDATE outbox SET busy = 0, tries = tries + 1, not_before = ? WHERE seq = ?",
        now + backoff(r.tries),
        r.seq,
      );
  }
}

async function writeKv(d: OutboxDeps, row: Row): Promise<boolean> {
  const item = JSON.parse(row.body) as OutboxItem;
  try {
    if (item.kind === "put") {
      await d.kv.put(item.key, item.value, {
        ...(item.metadata !== undefined ? { metadata: item.metadata } : {}),
        ...(item.ttl ? { expirationTtl: item.ttl } : {}),
      });
    } else if (item.kind === "delete") await d.kv.delete(item.key);
    return true;
  } catch (error) {
    console.error(
      "desk: KV write failed; the alarm retries",
      error instanceof Error ? error.name : "unknown",
    );
    return false;
  }
}

async function sendNotices(d: OutboxDeps, rows: Row[], now: number): Promise<boolean> {
  const notices = rows.map((r) => JSON.parse(r.body) as { notice: Notice; release: number });
  if (notices.length === 0) return true;
  try {
    for (let i = 0; i < notices.length; i += 100) {
      await d.queue.sendBatch(
        notices.slice(i, i + 100).map((n) => {
          const delaySeconds = Math.min(MAX_DELAY_S, Math.max(0, Math.ceil((n.release - now) / 1000)));
          return { body: n.notice, ...(delaySeconds > 0 ? { delaySeconds } : {}) };
        }),
      );
    }
    return true;
  } catch (error) {
    console.error(
      "desk: queue send failed; the alarm retries",
      error instanceof Error ? error.name : "unknown",
    );
    return false;
  }
}
