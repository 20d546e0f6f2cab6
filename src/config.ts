/**
 * Configuration: parsed and validated once per isolate from the Worker's env; one error names
 * every problem.
 *
 * The **playground** (no Telegram; the page at /playground plays every person) runs only when the
 * Worker is told so explicitly — `PLAYGROUND=1`, which `npm start` sets — and only without any
 * production secret. A deployment that lost its variables therefore fails loudly instead of
 * becoming an open playground over real data (threat model, "misconfigured deployment").
 */
import * as v from "valibot";
import type { KeyRing } from "./crypto/seal.ts";
import type { Notice } from "./domain/notices.ts";
import type { Desk } from "./storage/desk/desk.ts";
import type { Programme } from "./storage/programme/programme.ts";

/**
 * The Worker's bindings and variables, as `wrangler types` generates them from wrangler.toml and
 * .dev.vars.example (src/worker-env.d.ts, checked by `npm test`) — with every variable optional,
 * since any may be unset, and the queue and limiter typed as Ura uses them.
 */
type Generated = Cloudflare.Env;
/** The variables: the schema's (below) and the playground's switch. */
type VarNames = keyof v.InferInput<typeof schema> | "PLAYGROUND";
type Vars = { [K in VarNames]?: string };
// An interface (not a type alias): the desks' classes refer back to Env, which only an interface may.
export interface Env extends Omit<Generated, VarNames | "NOTICES" | "LIMITER" | "DESK" | "PROGRAMME">, Vars {
  DESK: DurableObjectNamespace<Desk>;
  PROGRAMME: DurableObjectNamespace<Programme>;
  NOTICES: Queue<Notice>;
  /** Per-person limit on what writes KV (Cloudflare's Rate Limiting binding). */
  LIMITER?: RateLimit;
}

/** Known to everyone who reads this file: fine for the playground, never for real children. */
const PLAYGROUND_KEY = "playground-only-key-material-never-use-in-production";
export const PLAYGROUND_ADMIN_ID = "1000004";

const secret = (name: string) =>
  v.pipe(
    v.string(`${name} is missing`),
    v.minLength(32, `${name} must be at least 32 characters (use \`openssl rand -base64 48\`)`),
  );

const intInRange = (name: string, min: number, max: number, fallback: number) =>
  v.pipe(
    v.optional(v.string(), String(fallback)),
    v.regex(/^\d+$/, `${name} must be a whole number`),
    v.transform(Number),
    v.minValue(min, `${name} must be at least ${min}`),
    v.maxValue(max, `${name} must be at most ${max}`),
  );

const flag = (name: string, fallback: boolean) =>
  v.pipe(
    v.optional(v.string(), fallback ? "1" : "0"),
    v.picklist(["0", "1", "true", "false"], `${name} must be 1 or 0`),
    v.transform((s) => s === "1" || s === "true"),
  );

/** `id:secret,id:secret` — keys retired by a rotation: they open old values and seal nothing new. */
const retiredKeys = (name: string) =>
  v.pipe(
    v.optional(v.string(), ""),
    v.regex(
      /^\s*([A-Za-z0-9]{1,8}:[^,\s]{32,}\s*(,\s*[A-Za-z0-9]{1,8}:[^,\s]{32,}\s*)*)?$/,
      `${name} must be id:secret pairs, comma-separated (secrets ≥ 32 characters)`,
    ),
    v.transform((s) =>
      s
        .split(",")
        .map((pair) => pair.trim())
        .filter(Boolean)
        .map((pair) => {
          const cut = pair.indexOf(":");
          return { id: pair.slice(0, cut), secret: pair.slice(cut + 1) };
        }),
    ),
  );

const schema = v.object({
  BOT_TOKEN: v.pipe(
    v.string("BOT_TOKEN is missing (or set PLAYGROUND=1 for the local playground)"),
    v.regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "BOT_TOKEN does not look like a bot token"),
  ),
  BOT_USERNAME: v.pipe(
    v.string("BOT_USERNAME is missing"),
    v.regex(/^[A-Za-z][A-Za-z0-9_]{3,31}$/, "BOT_USERNAME must be the bot's username without @"),
  ),
  WEBHOOK_SECRET: v.pipe(
    v.string("WEBHOOK_SECRET is missing"),
    v.regex(/^[A-Za-z0-9_-]{16,256}$/, "WEBHOOK_SECRET must be 16–256 characters of A-Z a-z 0-9 _ -"),
  ),
  TELEGRAM_API_ROOT: v.optional(v.pipe(v.string(), v.url("TELEGRAM_API_ROOT must be a URL"))),
  ADMIN_IDS: v.pipe(
    v.optional(v.string(), ""),
    v.regex(/^\s*(\d+\s*(,\s*\d+\s*)*)?$/, "ADMIN_IDS must be comma-separated numeric Telegram user ids"),
    v.transform((s) =>
      s
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean)
        .map(Number),
    ),
  ),
  PSEUDONYM_KEY: secret("PSEUDONYM_KEY"),
  SEAL_KEY: secret("SEAL_KEY"),
  SEAL_KEY_ID: v.pipe(
    v.optional(v.string(), "1"),
    v.regex(/^[A-Za-z0-9]{1,8}$/, "SEAL_KEY_ID must be 1–8 letters or digits"),
  ),
  RETIRED_SEAL_KEYS: retiredKeys("RETIRED_SEAL_KEYS"),
  RETIRED_PSEUDONYM_KEYS: retiredKeys("RETIRED_PSEUDONYM_KEYS"),
  // At least 30: a resolved case must outlive its 10-day check-in.
  RETENTION_DAYS: intInRange("RETENTION_DAYS", 30, 3650, 180),
  DAILY_REPORT_LIMIT: intInRange("DAILY_REPORT_LIMIT", 1, 50, 3),
  HOLD_NOTICES: flag("HOLD_NOTICES", true),
  NOTICE_RETRY_SECONDS: intInRange("NOTICE_RETRY_SECONDS", 1, 600, 10),
  // Trends hide every count below it (DESIGN, anonymity); below 3 a count could name a child.
  TRENDS_MIN_CELL: intInRange("TRENDS_MIN_CELL", 3, 50, 5),
  WEEKLY_DIGEST: flag("WEEKLY_DIGEST", true),
  // The bot cannot learn its own address: only Telegram calls the webhook, and the host it calls is
  // given to `npm run setup`, not to the Worker. Optional, so older deployments keep starting.
  PUBLIC_URL: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/,
        "PUBLIC_URL must be the Worker's address, like https://ura.example.workers.dev",
      ),
      v.transform((s) => s.replace(/\/+$/, "")),
    ),
  ),
});

type Parsed = v.InferOutput<typeof schema>;

/** The validated configuration every part of Ura reads (derived from the schema above). */
export interface Config {
  playground: boolean;
  botToken: Parsed["BOT_TOKEN"];
  botUsername: Parsed["BOT_USERNAME"];
  webhookSecret: Parsed["WEBHOOK_SECRET"];
  apiRoot: Parsed["TELEGRAM_API_ROOT"];
  adminIds: ReadonlySet<number>;
  /** Secret for keyed pseudonyms (HMAC-SHA-256) of students and for signed buttons. */
  pseudonymKey: Parsed["PSEUDONYM_KEY"];
  /** Pseudonym keys retired by a rotation: a returning student's old session is still found. */
  retiredPseudonymKeys: readonly string[];
  /** AES-GCM keys for sealed content: the current one and those retired by a rotation. */
  sealKeys: KeyRing;
  retentionDays: Parsed["RETENTION_DAYS"];
  dailyReportLimit: Parsed["DAILY_REPORT_LIMIT"];
  /** Non-urgent notices wait for the next full hour (their arrival must not date a report). */
  holdNotices: boolean;
  /** Principals get the weekly trends digest (Monday morning, school time). */
  weeklyDigest: boolean;
  /** First delay of a notice that Telegram could not take (doubling per attempt). */
  noticeRetrySeconds: Parsed["NOTICE_RETRY_SECONDS"];
  /** The Worker's public address, without a trailing slash (links to /poster), when configured. */
  publicUrl: Parsed["PUBLIC_URL"];
  /** Trends show a count only from this many ("fewer than 5"): the dashboard, /trends, the digest. */
  trendsMinCell: Parsed["TRENDS_MIN_CELL"];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : (value as string | undefined);

const PRODUCTION_SECRETS = ["BOT_TOKEN", "WEBHOOK_SECRET", "PSEUDONYM_KEY", "SEAL_KEY"] as const;

/** What configuration is read from: the Worker's env, or a Durable Object's (the same bindings). */
export type ConfigSource = Vars & { KV?: unknown; DESK?: unknown; PROGRAMME?: unknown; NOTICES?: unknown };

export function parseConfig(env: ConfigSource): Config {
  const playground = blankToUndefined(env.PLAYGROUND) === "1";
  const problems: string[] = [];
  if (!env.KV) problems.push("KV namespace binding `KV` is missing (see wrangler.toml)");
  if (!env.DESK) problems.push("Durable Object binding `DESK` is missing (see wrangler.toml)");
  if (!env.PROGRAMME) problems.push("Durable Object binding `PROGRAMME` is missing (see wrangler.toml)");
  if (!env.NOTICES) problems.push("Queue binding `NOTICES` is missing (see wrangler.toml)");
  if (playground) {
    for (const name of PRODUCTION_SECRETS) {
      if (blankToUndefined(env[name]))
        problems.push(`PLAYGROUND=1 but ${name} is set: the playground never runs with production secrets`);
    }
  }
  const raw = {
    BOT_TOKEN: playground ? "0:playground-token-not-sent-anywhere" : blankToUndefined(env.BOT_TOKEN),
    BOT_USERNAME: blankToUndefined(env.BOT_USERNAME) ?? (playground ? "ura_playground_bot" : undefined),
    WEBHOOK_SECRET: playground ? "playground-webhook-secret" : blankToUndefined(env.WEBHOOK_SECRET),
    TELEGRAM_API_ROOT: blankToUndefined(env.TELEGRAM_API_ROOT),
    // The playground's admin persona (see src/playground/personas.ts) is an admin by default.
    ADMIN_IDS: blankToUndefined(env.ADMIN_IDS) ?? (playground ? PLAYGROUND_ADMIN_ID : undefined),
    PSEUDONYM_KEY: playground ? `${PLAYGROUND_KEY}-pseudonym` : blankToUndefined(env.PSEUDONYM_KEY),
    SEAL_KEY: playground ? `${PLAYGROUND_KEY}-seal` : blankToUndefined(env.SEAL_KEY),
    SEAL_KEY_ID: blankToUndefined(env.SEAL_KEY_ID),
    RETIRED_SEAL_KEYS: blankToUndefined(env.RETIRED_SEAL_KEYS),
    RETIRED_PSEUDONYM_KEYS: blankToUndefined(env.RETIRED_PSEUDONYM_KEYS),
    RETENTION_DAYS: blankToUndefined(env.RETENTION_DAYS),
    DAILY_REPORT_LIMIT: blankToUndefined(env.DAILY_REPORT_LIMIT),
    // The playground shows notices as they happen; a real school's wait for the hour.
    HOLD_NOTICES: blankToUndefined(env.HOLD_NOTICES) ?? (playground ? "0" : undefined),
    NOTICE_RETRY_SECONDS: blankToUndefined(env.NOTICE_RETRY_SECONDS),
    TRENDS_MIN_CELL: blankToUndefined(env.TRENDS_MIN_CELL),
    WEEKLY_DIGEST: blankToUndefined(env.WEEKLY_DIGEST),
    // Where `npm start` serves the playground.
    PUBLIC_URL: blankToUndefined(env.PUBLIC_URL) ?? (playground ? "http://localhost:8787" : undefined),
  };
  const result = v.safeParse(schema, raw, { abortEarly: false, abortPipeEarly: true });
  if (!result.success) for (const issue of result.issues) problems.push(issue.message);
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);
  const out = result.output;
  const retiredSeal = out.RETIRED_SEAL_KEYS;
  if (retiredSeal.some((k) => k.id === out.SEAL_KEY_ID))
    throw new ConfigError(["RETIRED_SEAL_KEYS must not reuse SEAL_KEY_ID"]);
  return {
    playground,
    botToken: out.BOT_TOKEN,
    botUsername: out.BOT_USERNAME,
    webhookSecret: out.WEBHOOK_SECRET,
    apiRoot: out.TELEGRAM_API_ROOT,
    adminIds: new Set(out.ADMIN_IDS),
    pseudonymKey: out.PSEUDONYM_KEY,
    retiredPseudonymKeys: out.RETIRED_PSEUDONYM_KEYS.map((k) => k.secret),
    sealKeys: { current: { id: out.SEAL_KEY_ID, secret: out.SEAL_KEY }, retired: retiredSeal },
    retentionDays: out.RETENTION_DAYS,
    dailyReportLimit: out.DAILY_REPORT_LIMIT,
    holdNotices: out.HOLD_NOTICES,
    noticeRetrySeconds: out.NOTICE_RETRY_SECONDS,
    publicUrl: out.PUBLIC_URL,
    trendsMinCell: out.TRENDS_MIN_CELL,
    weeklyDigest: out.WEEKLY_DIGEST,
  };
}

let cached: { env: ConfigSource; config: Config } | undefined;

/** Config is validated once per isolate (the env object is stable within one). */
export function configFor(env: ConfigSource): Config {
  if (cached?.env !== env) cached = { env, config: parseConfig(env) };
  return cached.config;
}
