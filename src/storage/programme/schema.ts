/**
 * The programme's desk: one Durable Object for the whole programme (SQLite) — each school's latest
 * trends counts (gathered round-robin by the cron: no KV writes), and the partner NGOs with their
 * invites. The whole schema, in one file.
 */
export const PROGRAMME_SCHEMA = [
  // name, municipality, country of each school, its counts (domain/trends Counts JSON), when gathered.
  `CREATE TABLE IF NOT EXISTS schools (code TEXT PRIMARY KEY, meta TEXT NOT NULL, counts TEXT NOT NULL, gathered INTEGER NOT NULL)`,
  // A partner NGO's member: name, language, the schools they follow.
  `CREATE TABLE IF NOT EXISTS partners (id INTEGER PRIMARY KEY, partner TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS invites (code TEXT PRIMARY KEY, schools TEXT NOT NULL, name TEXT NOT NULL, created INTEGER NOT NULL, used_by INTEGER)`,
  // Nonces of one-time dashboard links already used (kept as long as such a link lives).
  `CREATE TABLE IF NOT EXISTS claims (nonce TEXT PRIMARY KEY, at INTEGER NOT NULL)`,
];
