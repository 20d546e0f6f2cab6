/**
 * The programme's desk (a Durable Object, one for the whole programme): schools' trends counts,
 * gathered by the cron a few schools a run, and the partner NGOs. Views are computed here, from the
 * counts a viewer can reach, with one consistent suppression across all of them (domain/trends).
 */
import { DurableObject } from "cloudflare:workers";
import type { Partner } from "../../domain/partner.ts";
import { type Reach, reachOf, type SchoolMeta } from "../../domain/trends/reach.ts";
import type { Counts, Scope, TrendsView } from "../../domain/trends/types.ts";
import { type ViewOptions, viewsFor } from "../../domain/trends/view.ts";
import { INVITE_TTL_SECONDS } from "../../domain/staff.ts";
import { keys } from "../keys.ts";
import { PROGRAMME_SCHEMA } from "./schema.ts";

export type { Reach, SchoolMeta };

export interface Gathered {
  meta: SchoolMeta;
  counts: Counts;
  gathered: number;
}

/** One scope's view, and every scope the viewer may open (their page's navigation). */
export interface ScopeView {
  view: TrendsView;
  scopes: Scope[];
  /** When the oldest of the counts was gathered. */
  gathered: number;
}

export class Programme extends DurableObject<Cloudflare.Env> {
  private readonly sql: SqlStorage;
  /** Views already decided since the last gathering, by reach, month and threshold (see view()). */
  private decided = new Map<string, ScopeView[]>();

  constructor(ctx: DurableObjectState, env: Cloudflare.Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    for (const statement of PROGRAMME_SCHEMA) this.sql.exec(statement);
  }

  /** A school's latest counts (the cron's round-robin), as JSON text from its desk (desk.ts gather). */
  gather(now: number, meta: SchoolMeta, counts: string): void {
    this.sql.exec(
      "INSERT INTO schools (code, meta, counts, gathered) VALUES (?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET meta = excluded.meta, counts = excluded.counts, gathered = excluded.gathered",
      meta.code,
      JSON.stringify(meta),
      counts,
      now,
    );
    this.decided.clear();
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

  /** The gathered counts a viewer may reach (a partner's schools are picked in SQL, not parsed and dropped). */
  reach(reach: Reach): Gathered[] {
    const rows =
      reach.kind === "admin"
        ? this.sql.exec<Row>("SELECT meta, counts, gathered FROM schools ORDER BY code")
        : this.sql.exec<Row>(
            "SELECT meta, counts, gathered FROM schools WHERE code IN (SELECT value FROM json_each(?)) ORDER BY code",
            JSON.stringify(reach.schools),
          );
    return rows.toArray().map((r) => ({
      meta: JSON.parse(r.meta) as SchoolMeta,
      counts: JSON.parse(r.counts) as Counts,
      gathered: r.gathered,
    }));
  }

  /**
   * One scope's view for a month, decided here with every other view of the viewer's reach (one
   * suppression across them all) and kept until the next gathering: the Worker gets one view, not
   * every school's counts — at 40 schools that was a megabyte to copy and ~50 ms of the Worker's CPU
   * (`npm run bench`, "trends roll-up at scale"). Null when the scope is not in the reach.
   */
  view(
    reach: Reach,
    at: { kind: Scope["kind"]; id: string },
    monthId: string,
    threshold: number,
    options: Pick<ViewOptions, "values" | "lastWeek">,
  ): ScopeView | null {
    const key = JSON.stringify([reach, monthId, threshold, options.lastWeek]);
    let views = this.decided.get(key);
    if (!views) {
      const rows = this.reach(reach);
      const scopes = reachOf(
        reach,
        rows.map((r) => r.meta),
      );
      const counts = Object.fromEntries(rows.map((r) => [r.meta.code, r.counts]));
      const gathered = rows.length > 0 ? Math.min(...rows.map((r) => r.gathered)) : 0;
      const all = scopes.map((r) => r.scope);
      views = viewsFor(scopes, counts, monthId, threshold, options).map((view) => ({
        view,
        scopes: all,
        gathered,
      }));
      // A handful of reaches and months are asked at a time; keep the map from growing without end.
      if (this.decided.size > 50) this.decided.clear();
      this.decided.set(key, views);
    }
    return views.find((v) => v.view.scope.kind === at.kind && v.view.scope.id === at.id) ?? null;
  }

  /**
   * Uses something once — a dashboard link's nonce, a Telegram sign-in's hash: true the first time,
   * false ever after, even for two requests at the same moment (the object runs one at a time). A
   * claim is forgotten once nothing carrying it can still be accepted.
   */
  claim(nonce: string, now: number): boolean {
    this.sql.exec("DELETE FROM claims WHERE at < ?", now - CLAIMS_KEPT_MS);
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

/** How long a one-time link lives after it is made. */
export const ONE_TIME_KEPT_MS = 15 * 60_000;

/**
 * How long a claim is kept: as long as anything claimed can still be presented — Telegram's sign-in
 * data for an hour (and five minutes of clock skew), a link for 15 minutes.
 */
const CLAIMS_KEPT_MS = 65 * 60_000;

/** What `invite:<code>` holds for a partner's invite (a school's invite holds the school's code). */
export const PROGRAMME_INVITE = "programme";

type Row = { meta: string; counts: string; gathered: number };
