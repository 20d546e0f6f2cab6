/** The typed context every feature sees: grammY's Context plus Ura's per-update scope. */
import type { Context } from "grammy";
import type { Config, Env } from "../config.ts";
import type { StaffMember } from "../domain/staff.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Translate } from "../i18n/translate.ts";
import type { DeskClient, DeskCounter } from "../storage/desk/client.ts";
import type { Kv } from "../storage/kv-counter.ts";
import type { SessionStore } from "../storage/sessions.ts";
import type { Session } from "./session.ts";

/** What one request (an update, a cron run, a queue batch) works with. */
export interface Services {
  config: Config;
  env: Env;
  kv: Kv;
  /** Desk calls of this request, counted next to KV's operations. */
  deskCalls: DeskCounter;
  /** Injected so tests and the playground can move time (cron, expiry, school hours). */
  now: () => number;
}

export interface UraScope extends Services {
  /** Resolved once per update; a feature may switch it (e.g. /language). */
  locale: Locale;
  t: Translate;
  setLocale: (locale: Locale) => void;
  /**
   * A school is now known (a poster link, a typed code): unless the person chose a language, speak
   * theirs if Ura speaks it, else the school's — never English by default to a child of that school.
   */
  useSchoolLanguage: (schoolLocale: Locale) => void;
  /** The sender's keyed pseudonym (memoized): the only handle on a student that reaches storage. */
  pseudonym: () => Promise<string>;
  /** The sender's pseudonyms under the current and the retired keys: a case is theirs under any. */
  owners: () => Promise<string[]>;
  session: SessionStore<Session>;
  /** The sender's staff membership (one KV read, memoized), or null. */
  member: () => Promise<StaffMember | null>;
  desk: (school: string) => DeskClient;
  /** Per-person limit on actions that write (Cloudflare's Rate Limiting binding, when bound). */
  allowed: (what: string) => Promise<boolean>;
}

export type UraContext = Context & { ura: UraScope };
