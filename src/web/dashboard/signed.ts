/**
 * Signed tokens of the dashboard: `<payload>.<mac>`, both base64url, the MAC an HMAC-SHA-256 under
 * a key derived (HKDF) from PSEUDONYM_KEY for one purpose only — a session cookie is no link, and
 * neither is a signed button or a pseudonym.
 */
import { constantTimeEqual } from "../../crypto/compare.ts";
import { fromBase64Url, toBase64Url } from "../../crypto/encoding.ts";
import { mac } from "../../crypto/pseudonym.ts";

export type Purpose = "dashboard-session" | "dashboard-link";

const enc = new TextEncoder();
const dec = new TextDecoder();

export async function signToken(secret: string, purpose: Purpose, payload: unknown): Promise<string> {
  const body = toBase64Url(enc.encode(JSON.stringify(payload)));
  return `${body}.${toBase64Url(await mac(secret, purpose, body))}`;
}

/** The payload, or null when the token is malformed or its MAC is not ours for this purpose. */
export async function readToken(secret: string, purpose: Purpose, token: string): Promise<unknown> {
  const parts = token.split(".");
  if (
    parts.length !== 2 ||
    !/^[A-Za-z0-9_-]{1,2048}$/.test(parts[0] ?? "") ||
    !/^[A-Za-z0-9_-]{43}$/.test(parts[1] ?? "")
  )
    return null;
  const [body, tag] = parts as [string, string];
  if (!constantTimeEqual(toBase64Url(await mac(secret, purpose, body)), tag)) return null;
  try {
    return JSON.parse(dec.decode(fromBase64Url(body))) as unknown;
  } catch {
    return null;
  }
}
