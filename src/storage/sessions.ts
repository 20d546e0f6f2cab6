/**
 * Per-person session, keyed by the keyed pseudonym — never by a Telegram id — and sealed as a
 * whole: a student's language, school and case codes are not in KV in clear either.
 * Read at most once per update (memoized), written only when something that cannot travel in
 * signed callback data changes: a language choice, a draft waiting for a message, a new case.
 */
import type { Draft } from "../flow/draft.ts";
import type { Country } from "../flow/types.ts";
import type { Locale } from "../i18n/locales.ts";
import { openJson, sealJson } from "../crypto/seal.ts";
import { keys } from "./keys.ts";
import type { Kv } from "./kv-counter.ts";

export interface CaseRef {
  /** school code */
  s: string;
  /** case id */
  c: string;
  /** day number (days since epoch, UTC) the case was sent: the daily limit counts these */
  d: number;
}

/** A conversation about one case: the person's next messages go there (student ↔ staff). */
export interface Compose {
  s: string;
  c: string;
  m: "student" | "club" | "note" | "schedule" | "agreement";
  /** ms since epoch: a compose older than a day is forgotten */
  at: number;
}

export interface Session {
  compose?: Compose;
  lang?: Locale;
  /** The school the student last reported to: /start and /help need no code again. */
  school?: { code: string; country: Country };
  draft?: Draft;
  cases?: CaseRef[];
}

const DAY = 86_400;

export class SessionStore {
  private loaded?: Promise<Session>;

  constructor(
    private readonly kv: Kv,
    private readonly key: () => Promise<string>,
    private readonly ttlDays: number,
    private readonly sealKey: string,
  ) {}

  load(): Promise<Session> {
    this.loaded ??= this.key().then(async (k) => {
      const key = keys.session(k);
      const raw = await this.kv.get(key);
      return raw ? await openJson<Session>(this.sealKey, raw, key) : {};
    });
    return this.loaded;
  }

  async save(session: Session): Promise<void> {
    const key = keys.session(await this.key());
    this.loaded = Promise.resolve(session);
    // The TTL is refreshed on each write: a student who never comes back is forgotten after retention.
    await this.kv.put(key, await sealJson(this.sealKey, session, key), { expirationTtl: this.ttlDays * DAY });
  }

  async erase(): Promise<void> {
    const k = await this.key();
    this.loaded = Promise.resolve({});
    await this.kv.delete(keys.session(k));
  }
}
