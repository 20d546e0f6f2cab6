/**
 * Per-person session, keyed by the keyed pseudonym — never by a Telegram id — and sealed as a
 * whole: a student's language, school and unfinished report are not in KV in clear either.
 * Read at most once per update (memoized); written only when something that cannot travel in signed
 * callback data changes, and only when it changed.
 *
 * Each session also counts its own writes of the day, and refuses more than DAILY_SESSION_WRITES:
 * whatever one Telegram account taps, it cannot spend more than a small, stated share of the free
 * plan's 1,000 KV writes a day (threat model, "spammer"). /forget keeps that count until the day
 * ends — the only thing it leaves, under the pseudonym, for at most a day.
 */
import * as v from "valibot";
import { type KeyRing, open, seal } from "../crypto/seal.ts";
import { keys, sessionAad } from "./keys.ts";
import type { Kv } from "./kv-counter.ts";

export const DAILY_SESSION_WRITES = 20;
const DAY_S = 86_400;

export type SaveResult = "saved" | "unchanged" | "capped";

const Envelope = v.object({
  s: v.optional(v.unknown()),
  /** writes on day `d` (days since the epoch, UTC) */
  w: v.object({ d: v.number(), n: v.number() }),
});
type Envelope = v.InferOutput<typeof Envelope>;

export class SessionStore<S extends object> {
  private loaded?: Promise<{ session: S; writes: Envelope["w"]; under?: string }>;

  /**
   * `pseudonyms` are the person's under the current key first, then under keys retired by a
   * rotation: a session kept under an old one is still found, and moves to the new one at its next
   * write (README, "Rotating keys").
   */
  constructor(
    private readonly kv: Kv,
    private readonly pseudonyms: () => Promise<string[]>,
    private readonly ring: KeyRing,
    private readonly schema: v.GenericSchema<unknown, S>,
    private readonly ttlDays: number,
    private readonly now: () => number,
  ) {}

  private today(): number {
    return Math.floor(this.now() / (DAY_S * 1000));
  }

  private async pseudonym(): Promise<string> {
    const [current] = await this.pseudonyms();
    if (!current) throw new Error("no pseudonym");
    return current;
  }

  private state() {
    this.loaded ??= this.pseudonyms().then(async (all) => {
      const empty = { session: {} as S, writes: { d: this.today(), n: 0 } };
      for (const p of all) {
        const raw = await this.kv.get(keys.session(p));
        if (!raw) continue;
        const env = v.safeParse(Envelope, JSON.parse(await open(this.ring, raw, sessionAad(p))));
        if (!env.success) return empty;
        const session = v.safeParse(this.schema, env.output.s ?? {});
        // A session of an older shape is dropped rather than trusted: a report resumes from /start.
        return { session: session.success ? session.output : ({} as S), writes: env.output.w, under: p };
      }
      return empty;
    });
    return this.loaded;
  }

  async load(): Promise<S> {
    return (await this.state()).session;
  }

  /** Writes the session if it changed and today's writes allow it. */
  async save(session: S): Promise<SaveResult> {
    const current = await this.state();
    if (JSON.stringify(current.session) === JSON.stringify(session)) return "unchanged";
    const today = this.today();
    const n = current.writes.d === today ? current.writes.n : 0;
    if (n >= DAILY_SESSION_WRITES) return "capped";
    await this.put({ s: session, w: { d: today, n: n + 1 } }, this.ttlDays * DAY_S);
    const p = await this.pseudonym();
    // Found under a retired key: it now lives under the current one.
    if (current.under && current.under !== p) await this.kv.delete(keys.session(current.under));
    this.loaded = Promise.resolve({ session, writes: { d: today, n: n + 1 }, under: p });
    return "saved";
  }

  /** Forgets everything but today's count of writes (which ends with the day). */
  async erase(): Promise<void> {
    const current = await this.state();
    const today = this.today();
    const n = current.writes.d === today ? current.writes.n : 0;
    const p = await this.pseudonym();
    this.loaded = Promise.resolve({ session: {} as S, writes: { d: today, n }, under: p });
    if (current.under && current.under !== p) await this.kv.delete(keys.session(current.under));
    if (n === 0) await this.kv.delete(keys.session(p));
    else await this.put({ w: { d: today, n } }, DAY_S);
  }

  private async put(envelope: Envelope, ttl: number): Promise<void> {
    const p = await this.pseudonym();
    const sealed = await seal(this.ring, JSON.stringify(envelope), sessionAad(p));
    await this.kv.put(keys.session(p), sealed, { expirationTtl: ttl });
  }
}
