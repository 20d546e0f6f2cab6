/** The typed context every feature sees: grammY's Context plus Ura's per-update services. */
import type { Context } from "grammy";
import type { Config } from "../config.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Translate } from "../i18n/translate.ts";
import type { Kv } from "../storage/kv-counter.ts";
import type { SessionStore } from "../storage/sessions.ts";

export interface Services {
  config: Config;
  kv: Kv;
  /** Injected so tests and the playground can move time (cron, expiry, school hours). */
  now: () => number;
}

export interface UraScope extends Services {
  /** Resolved once per update by the i18n middleware; a feature may switch it (e.g. /language). */
  locale: Locale;
  t: Translate;
  /** The sender's keyed pseudonym (memoized): the only handle on a student that reaches KV. */
  pseudonym: () => Promise<string>;
  session: SessionStore;
  setLocale: (locale: Locale) => void;
}

export type UraContext = Context & { ura: UraScope };
