/**
 * The school desk's own tables (SQLite in a Durable Object per school) — the whole schema, in one
 * file. The desk is the source of truth for everything about a school that changes: cases and what
 * was added to them, staff, invites, the club's group, the Telegram updates already applied, and an
 * outbox of KV writes and notices committed in the same transaction as the change they follow.
 */
export const SCHEMA = [
  // The school itself (name, country, time zone, language): one row.
  `CREATE TABLE IF NOT EXISTS school (k INTEGER PRIMARY KEY CHECK (k = 1), v TEXT NOT NULL)`,
  // A case: the record (CaseRecord JSON, sealed parts sealed); owner is the student's keyed pseudonym.
  `CREATE TABLE IF NOT EXISTS cases (
     id TEXT PRIMARY KEY, owner TEXT NOT NULL, day TEXT NOT NULL, record TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS cases_owner ON cases (owner, day)`,
  // What the student added right after sending, one sealed row each (update_id makes a redelivery add nothing).
  `CREATE TABLE IF NOT EXISTS additions (
     case_id TEXT NOT NULL, update_id INTEGER NOT NULL, sealed TEXT NOT NULL, PRIMARY KEY (case_id, update_id))`,
  // Staff's internal notes, one sealed row each: two people writing at once lose nothing.
  `CREATE TABLE IF NOT EXISTS notes (
     case_id TEXT NOT NULL, update_id INTEGER NOT NULL, sealed TEXT NOT NULL, PRIMARY KEY (case_id, update_id))`,
  // Who opened a case's content (sealed entries: staff name, role, day).
  `CREATE TABLE IF NOT EXISTS audit (
     seq INTEGER PRIMARY KEY AUTOINCREMENT, case_id TEXT NOT NULL, key TEXT NOT NULL, sealed TEXT NOT NULL,
     UNIQUE (case_id, key))`,
  // What each case adds to trends (domain/trends/facts.ts): no words, no owner, no time finer than a
  // week. Kept after its case is erased — under a random id, unlinked from it — and erased by /forget.
  `CREATE TABLE IF NOT EXISTS facts (id TEXT PRIMARY KEY, fact TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS staff (id INTEGER PRIMARY KEY, member TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS invites (
     code TEXT PRIMARY KEY, kind TEXT NOT NULL, created INTEGER NOT NULL, used_by INTEGER)`,
  `CREATE TABLE IF NOT EXISTS links (kind TEXT PRIMARY KEY, v TEXT NOT NULL)`,
  // Telegram updates this desk applied: a redelivery is recognised whatever happened in between.
  // Kept two days (Telegram keeps undelivered updates 24 h). `at` is exact, and gone with the row.
  // One update may ask several things (a message that turns out to add to a sent report): per `op`.
  `CREATE TABLE IF NOT EXISTS updates (
     update_id INTEGER NOT NULL, op TEXT NOT NULL, at INTEGER NOT NULL, case_id TEXT, result TEXT NOT NULL,
     done TEXT, PRIMARY KEY (update_id, op))`,
  `CREATE INDEX IF NOT EXISTS updates_case ON updates (case_id)`,
  // Every desk call forgets the rows older than two days (state.ts): by index, not by reading them all
  // (a Durable Object's SQLite bills every row read).
  `CREATE INDEX IF NOT EXISTS updates_at ON updates (at)`,
  // The ISO weeks whose digest went to the principals (domain/trends/digest.ts): once a week.
  `CREATE TABLE IF NOT EXISTS digests (week TEXT PRIMARY KEY)`,
  // Work that must follow a committed change: KV writes through, notices to the queue.
  `CREATE TABLE IF NOT EXISTS outbox (
     seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, key TEXT, body TEXT NOT NULL,
     not_before INTEGER NOT NULL DEFAULT 0, busy INTEGER NOT NULL DEFAULT 0, tries INTEGER NOT NULL DEFAULT 0)`,
];

/** How long applied update ids are remembered. */
export const UPDATES_KEPT_MS = 2 * 86_400_000;
