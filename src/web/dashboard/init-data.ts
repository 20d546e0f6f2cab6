/**
 * Telegram Mini App `initData`, validated exactly as Telegram specifies
 * (core.telegram.org/bots/webapps, "Validating data received via the Mini App"):
 *   secret = HMAC_SHA256(key = "WebAppData", msg = bot_token)
 *   hash   = hex(HMAC_SHA256(key = secret, msg = data_check_string))
 * where the data-check string is every received field but `hash`, as `key=value`, sorted by key,
 * joined by "\n". Pure but for WebCrypto: the caller gives `now`, so freshness is testable.
 */
import { constantTimeEqual } from "../../crypto/compare.ts";

/** Telegram's own advice: data older than this may have been captured and replayed. */
export const INIT_DATA_MAX_AGE_SECONDS = 3600;
/** A phone's clock may run a little ahead of ours; more than this is not fresh data. */
const FUTURE_SKEW_SECONDS = 300;
/** Real initData is well under 2 KB; anything far bigger is not from Telegram. */
const MAX_LENGTH = 8192;

export interface InitDataUser {
  id: number;
  firstName: string;
  /** The user's Telegram language (an IETF tag), when Telegram gave one. */
  languageCode?: string;
}

export type InitDataResult =
  | { ok: true; user: InitDataUser; authDate: number; hash: string }
  | { ok: false; reason: "forged" | "stale" | "malformed" };

const enc = new TextEncoder();
const secrets = new Map<string, Promise<CryptoKey>>();

/** The per-bot key, HMAC("WebAppData", token), imported once per isolate. */
function secretKey(botToken: string): Promise<CryptoKey> {
  let key = secrets.get(botToken);
  if (!key) {
    key = (async () => {
      const webAppData = await crypto.subtle.importKey(
        "raw",
        enc.encode("WebAppData"),
        { name: "HMAC", hash: "SHA-256" },
        false,
        ["sign"],
      );
      const secret = await crypto.subtle.sign("HMAC", webAppData, enc.encode(botToken));
      return crypto.subtle.importKey("raw", secret, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    })();
    secrets.set(botToken, key);
  }
  return key;
}

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("");

/** The fields, or null when a field repeats (two values for one key could be read two ways). */
function fields(raw: string): Map<string, string> | null {
  const out = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(raw)) {
    if (out.has(key)) return null;
    out.set(key, value);
  }
  return out;
}

function userOf(json: string | undefined): InitDataUser | null {
  if (json === undefined) return null;
  try {
    const u = JSON.parse(json) as Record<string, unknown> | null;
    if (!u || typeof u !== "object" || !Number.isSafeInteger(u.id) || (u.id as number) <= 0) return null;
    const lang =
      typeof u.language_code === "string" && /^[A-Za-z0-9_-]{1,35}$/.test(u.language_code)
        ? u.language_code
        : undefined;
    return {
      id: u.id as number,
      firstName: typeof u.first_name === "string" ? u.first_name.slice(0, 64) : "",
      ...(lang ? { languageCode: lang } : {}),
    };
  } catch {
    return null;
  }
}

/** The data-check string of a set of fields: every field but `hash`, `key=value`, sorted by key, joined by "\n". */
export function dataCheckString(fields: Iterable<[string, string]>): string {
  return [...fields]
    .filter(([key]) => key !== "hash")
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([key, value]) => `${key}=${value}`)
    .join("\n");
}

/** hex(HMAC_SHA256(HMAC_SHA256("WebAppData", token), check)): what Telegram puts in `hash`. */
export async function initDataHash(check: string, botToken: string): Promise<string> {
  return hex(await crypto.subtle.sign("HMAC", await secretKey(botToken), enc.encode(check)));
}

export async function validateInitData(
  raw: string,
  botToken: string,
  now: number,
  maxAgeSeconds = INIT_DATA_MAX_AGE_SECONDS,
): Promise<InitDataResult> {
  if (raw.length === 0 || raw.length > MAX_LENGTH) return { ok: false, reason: "malformed" };
  const data = fields(raw);
  const hash = data?.get("hash");
  const authDate = data?.get("auth_date");
  if (!data || !hash || !/^[0-9a-f]{64}$/.test(hash) || !authDate || !/^\d{1,12}$/.test(authDate))
    return { ok: false, reason: "malformed" };
  const expected = await initDataHash(dataCheckString(data), botToken);
  if (!constantTimeEqual(expected, hash)) return { ok: false, reason: "forged" };
  // Only genuine data is told apart further: a forger learns nothing but "forged".
  const age = Math.floor(now / 1000) - Number(authDate);
  if (age > maxAgeSeconds || age < -FUTURE_SKEW_SECONDS) return { ok: false, reason: "stale" };
  const user = userOf(data.get("user"));
  if (!user) return { ok: false, reason: "malformed" };
  return { ok: true, user, authDate: Number(authDate), hash };
}

/** Keys in code-unit order, as Telegram sorts them (not localeCompare, whose order of "_" depends on the locale). */
const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
