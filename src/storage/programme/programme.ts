/**
 * The programme's desk (a Durable Object, one for the whole programme): schools' trends counts,
 * gathered by the cron a few schools a run, and the partner NGOs. Views are computed here, from the
 * counts a viewer can reach, with one consistent suppression across all of them (domain/trends).
 */
import { DurableObject } from "cloudflare:workers";
import type { Partner } from "../../domain/partner.ts";
import type { Counts, Scope } from "../../domain/trends/types.ts";
import { INVITE_TTL_SECONDS } from "../../domain/staff.ts";
import { keys } from "../keys.ts";
import { PROGRAMME_SCHEMA } from "./schema.ts";

export interface SchoolMeta {
  code: string;
  name: string;
  municipality: string;
  country: string;
}

export interface Gathered {
  meta: SchoolMeta;
  counts: Counts;
  gathered: number;
}

/** Whose trends a viewer may see. */
export type Reach = { kind: "admin" } | { kind: "partner"; schools: string[] };

export class Programme extends DurableObject<Cloudflare.Env> {
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Cloudflare.Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    for (const statement of PROGRAMME_SCHEMA) this.sql.exec(statement);
  }

  /** A school's latest counts (the cron's round-robin). */
  gather(now: number, meta: SchoolMeta, counts: Counts): void {
    this.sql.exec(
      "INSERT INTO schools (code, meta, counts, gathered) VALUES (?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET meta = excluded.meta, counts = excluded.counts, gathered = excluded.gathered",
      meta.code,
      JSON.stringify(meta),
      JSON.stringify(counts),
      now,
    );
  }

  /** Of these schools, the `max` gathered longest ago (never gathered first). */
  stalest(codes: string[], max: number): string[] {
    const when = new Map(
      this.sql
        .exec<{ code: string; gathered: number }>("SELECT code, gathered FROM schools")
        .toArray()
        .map((r) => [r.code, r.gathered]),
    );
    return [...codes].sort((a, b) => (when.get(a) ?? 0) - (when.get(b) ?? 0)).slice(0, max);
  }

  /** The gathered counts a viewer may reach. */
  reach(reach: Reach): Gathered[] {
    const rows = this.sql
      .exec<{ meta: string; counts: string; gathered: number }>(
        "SELECT meta, counts, gathered FROM schools ORDER BY code",
      )
      .toArray()
      .map((r) => ({
        meta: JSON.parse(r.meta) as SchoolMeta,
        counts: JSON.parse(r.counts) as Counts,
        gathered: r.gathered,
      }));
    return reach.kind === "admin" ? rows : rows.filter((r) => reach.schools.includes(r.meta.code));
  }

  /**
   * Uses a one-time nonce (a dashboard link's): true the first time, false ever after — even for two
   * requests at the same moment (the object runs one at a time). A nonce is forgotten once no link
   * carrying it can still be valid.
   */
  claim(nonce: string, now: number): boolean {
    this.sql.exec("DELETE FROM claims WHERE at < ?", now - ONE_TIME_KEPT_MS);
    if (this.sql.exec("SELECT 1 FROM claims WHERE nonce = ?", nonce).toArray().length > 0) return false;
    this.sql.exec("INSERT INTO claims (nonce, at) VALUES (?, ?)", nonce, now);
    return true;
  }

  // ── partner NGOs ───────────────────────────────────────────────────────────────────────────

  /** An invite for a partner's member, for a set of schools. KV only tells that the code is the programme's. */
  async invitePartner(now: number, code: string, org: string, schools: string[]): Promise<void> {
    this.sql.exec(
      "INSERT INTO invites (code, schools, name, created) VALUES (?, ?, ?, ?)",
      code,
      JSON.stringify(schools),
      org,
      now,
    );
    await this.env.KV.put(keys.invite(code), PROGRAMME_INVITE, { expirationTtl: INVITE_TTL_SECONDS });
  }

  /** Redeems a partner invite once (even two people at the same moment). */
  async joinPartner(
    now: number,
    code: string,
    user: { id: number; name: string; lang: Partner["lang"] },
  ): Promise<Partner | null> {
    const row = this.sql
      .exec<{ schools: string; name: string; created: number; used_by: number | null }>(
        "SELECT schools, name, created, used_by FROM invites WHERE code = ?",
        code,
      )
      .toArray()[0];
    if (
      !row ||
      (row.used_by !== null && row.used_by !== user.id) ||
      now - row.created > INVITE_TTL_SECONDS * 1000
    )
      return null;
    this.sql.exec("UPDATE invites SET used_by = ? WHERE code = ?", user.id, code);
    const partner: Partner = {
      id: user.id,
      org: row.name,
      name: user.name.slice(0, 64),
      lang: user.lang,
      schools: JSON.parse(row.schools),
    };
    this.sql.exec(
      "INSERT INTO partners (id, partner) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET partner = excluded.partner",
      user.id,
      JSON.stringify(partner),
    );
    await this.env.KV.put(keys.partner(user.id), JSON.stringify(partner));
    await this.env.KV.delete(keys.invite(code));
    return partner;
  }

  partners(): Partner[] {
    return this.sql
      .exec<{ partner: string }>("SELECT partner FROM partners ORDER BY id")
      .toArray()
      .map((r) => JSON.parse(r.partner) as Partner);
  }
}

/** How long a claimed nonce is kept: at least as long as a one-time link lives after it is made. */
export const ONE_TIME_KEPT_MS = 15 * 60_000;

/** What `invite:<code>` holds for a partner's invite (a school's invite holds the school's code). */
export const PROGRAMME_INVITE = "programme";

/** The scopes a set of schools makes: each school, their municipalities, countries, the programme. */
export function scopesOf(schools: readonly SchoolMeta[]): Scope[] {
  const out = new Map<string, Scope>();
  for (const s of schools) {
    out.set(s.code, { kind: "school", id: s.code, name: s.name });
    const muni = `${s.country}/${s.municipality}`;
    out.set(muni, { kind: "municipality", id: muni, name: s.municipality });
    out.set(s.country, { kind: "country", id: s.country, name: s.country });
  }
  return [...out.values()];
}
