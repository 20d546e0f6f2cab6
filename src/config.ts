/**
 * Configuration: parsed and validated once per isolate from the Worker's env.
 *
 * With no BOT_TOKEN the Worker runs as the **playground**: the same bot, its Bot API calls
 * captured instead of sent, and development-only key material so `npm start` needs no setup.
 * With a BOT_TOKEN every secret is required — a real deployment never falls back to dev keys.
 */
import * as v from "valibot";

export interface Env {
  KV: KVNamespace;
  BOT_TOKEN?: string;
  BOT_USERNAME?: string;
  WEBHOOK_SECRET?: string;
  TELEGRAM_API_ROOT?: string;
  ADMIN_IDS?: string;
  PSEUDONYM_KEY?: string;
  SEAL_KEY?: string;
  RETENTION_DAYS?: string;
  DAILY_REPORT_LIMIT?: string;
  CLAIM_SETTLE_MS?: string;
}

export interface Config {
  playground: boolean;
  botToken: string;
  botUsername: string;
  webhookSecret: string;
  apiRoot: string | undefined;
  adminIds: ReadonlySet<number>;
  /** Secret for keyed pseudonyms (HMAC-SHA-256) of students. */
  pseudonymKey: string;
  /** Secret for sealing (AES-GCM) report content and relay addresses. */
  sealKey: string;
  retentionDays: number;
  dailyReportLimit: number;
  /** How long "take" waits before re-reading the case to see who won a simultaneous take. */
  claimSettleMs: number;
}

/** Known to everyone who reads this file: fine for the playground, never for real children. */
const PLAYGROUND_KEY = "playground-only-key-material-never-use-in-production";
const PLAYGROUND_SECRET = "playground";
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

const schema = v.object({
  BOT_TOKEN: v.pipe(
    v.string(),
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
  ),
  PSEUDONYM_KEY: secret("PSEUDONYM_KEY"),
  SEAL_KEY: secret("SEAL_KEY"),
  // At least 30: a resolved case must outlive its 10-day check-in.
  RETENTION_DAYS: intInRange("RETENTION_DAYS", 30, 3650, 180),
  DAILY_REPORT_LIMIT: intInRange("DAILY_REPORT_LIMIT", 1, 50, 3),
  CLAIM_SETTLE_MS: intInRange("CLAIM_SETTLE_MS", 0, 5000, 1000),
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

export function parseConfig(env: Env): Config {
  const playground = !blankToUndefined(env.BOT_TOKEN);
  const raw = {
    BOT_TOKEN: playground ? "0:playground-token-not-sent-anywhere" : env.BOT_TOKEN,
    BOT_USERNAME: blankToUndefined(env.BOT_USERNAME) ?? (playground ? "ura_playground_bot" : undefined),
    WEBHOOK_SECRET: playground ? `${PLAYGROUND_SECRET}-webhook-secret` : env.WEBHOOK_SECRET,
    TELEGRAM_API_ROOT: blankToUndefined(env.TELEGRAM_API_ROOT),
    // The playground's admin persona (see src/playground/personas.ts) is an admin by default.
    ADMIN_IDS: blankToUndefined(env.ADMIN_IDS) ?? (playground ? PLAYGROUND_ADMIN_ID : undefined),
    PSEUDONYM_KEY: playground ? `${PLAYGROUND_KEY}-pseudonym` : blankToUndefined(env.PSEUDONYM_KEY),
    SEAL_KEY: playground ? `${PLAYGROUND_KEY}-seal` : blankToUndefined(env.SEAL_KEY),
    RETENTION_DAYS: blankToUndefined(env.RETENTION_DAYS),
    DAILY_REPORT_LIMIT: blankToUndefined(env.DAILY_REPORT_LIMIT),
    CLAIM_SETTLE_MS: blankToUndefined(env.CLAIM_SETTLE_MS),
  };
  const problems: string[] = [];
  if (!env.KV) problems.push("KV namespace binding `KV` is missing (see wrangler.toml)");
  // A deployment whose BOT_TOKEN went missing must not become an open playground over real data:
  // the playground is for a Worker that has no production secrets at all.
  if (playground) {
    for (const name of ["WEBHOOK_SECRET", "PSEUDONYM_KEY", "SEAL_KEY"] as const) {
      if (blankToUndefined(env[name]))
        problems.push(
          `BOT_TOKEN is missing but ${name} is set: set BOT_TOKEN, or remove the secrets to run the playground`,
        );
    }
  }
  const result = v.safeParse(schema, raw, { abortEarly: false, abortPipeEarly: true });
  if (!result.success) {
    for (const issue of result.issues) problems.push(issue.message);
  }
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);
  const out = result.output;
  return {
    playground,
    botToken: out.BOT_TOKEN,
    botUsername: out.BOT_USERNAME,
    webhookSecret: out.WEBHOOK_SECRET,
    apiRoot: out.TELEGRAM_API_ROOT,
    adminIds: new Set(
      out.ADMIN_IDS.split(",")
        .map((s) => s.trim())
        .filter(Boolean)
        .map(Number),
    ),
    pseudonymKey: out.PSEUDONYM_KEY,
    sealKey: out.SEAL_KEY,
    retentionDays: out.RETENTION_DAYS,
    dailyReportLimit: out.DAILY_REPORT_LIMIT,
    claimSettleMs: out.CLAIM_SETTLE_MS,
  };
}

let cached: { env: Env; config: Config } | undefined;

/** Config is validated once per isolate (the env object is stable within one). */
export function configFor(env: Env): Config {
  if (cached?.env !== env) cached = { env, config: parseConfig(env) };
  return cached.config;
}
