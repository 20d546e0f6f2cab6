/**
 * Keyed pseudonyms: the only way a student's Telegram id reaches KV (anonymity invariant 1).
 * HMAC-SHA-256 with a secret, so a KV dump cannot be matched against known ids without the key.
 */
import { toBase64Url } from "./encoding.ts";
import { hmacKey } from "./derive.ts";

const enc = new TextEncoder();

export async function mac(secret: string, purpose: string, message: string): Promise<Uint8Array> {
  const key = await hmacKey(secret, purpose);
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, enc.encode(message)));
}

/** 128-bit pseudonym of a Telegram user, as 22 base64url characters. */
export async function pseudonym(secret: string, userId: number): Promise<string> {
  return toBase64Url((await mac(secret, "pseudonym", `user:${userId}`)).slice(0, 16));
}
