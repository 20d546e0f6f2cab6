/**
 * Signed callback data. Telegram returns callback_data verbatim, and a client can send any
 * callback_data it likes, so state that travels in buttons (instead of a KV write per press) is
 * MAC'd together with the presser's user id: a forged or another person's button is rejected.
 *
 * Layout: `<kind:1><locale digit:1><payload>~<mac:8>`; at most 64 bytes (Telegram's limit).
 */
import { toBase64Url } from "./encoding.ts";
import { mac } from "./pseudonym.ts";

export const MAX_CALLBACK_BYTES = 64;
const MAC_CHARS = 8; // 48 bits: forging needs ~2^47 button presses through Telegram's rate limits

async function tag(secret: string, userId: number, body: string): Promise<string> {
  return toBase64Url(await mac(secret, "callback", `${userId}|${body}`)).slice(0, MAC_CHARS);
}

export async function signCallback(secret: string, userId: number, body: string): Promise<string> {
  const data = `${body}~${await tag(secret, userId, body)}`;
  if (new TextEncoder().encode(data).length > MAX_CALLBACK_BYTES) {
    throw new Error(`callback data over ${MAX_CALLBACK_BYTES} bytes`);
  }
  return data;
}

/** Returns the signed body, or null when the data is malformed, forged or another person's. */
export async function verifyCallback(secret: string, userId: number, data: string): Promise<string | null> {
  const cut = data.lastIndexOf("~");
  if (cut < 0 || data.length - cut - 1 !== MAC_CHARS) return null;
  const body = data.slice(0, cut);
  const expected = await tag(secret, userId, body);
  return constantTimeEqual(expected, data.slice(cut + 1)) ? body : null;
}

export function constantTimeEqual(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  if (x.length !== y.length) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}
