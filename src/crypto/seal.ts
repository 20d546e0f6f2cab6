/**
 * Sealing: AES-256-GCM with a random 96-bit IV. Report content, photo file ids and the student's
 * relay chat id are sealed at rest (anonymity invariants 1–2); only code paths that act for an
 * authorized reader open them.
 */
import { fromBase64Url, toBase64Url } from "./encoding.ts";
import { aesKey } from "./keys.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

/** `aad` binds a sealed value to its place (e.g. the case id), so it cannot be moved to another record. */
export async function seal(secret: string, plaintext: string, aad: string): Promise<string> {
  const key = await aesKey(secret, "seal");
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: enc.encode(aad) },
    key,
    enc.encode(plaintext),
  );
  const out = new Uint8Array(12 + ct.byteLength);
  out.set(iv);
  out.set(new Uint8Array(ct), 12);
  return toBase64Url(out);
}

export async function open(secret: string, sealed: string, aad: string): Promise<string> {
  const key = await aesKey(secret, "seal");
  const bytes = fromBase64Url(sealed);
  const pt = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: bytes.slice(0, 12), additionalData: enc.encode(aad) },
    key,
    bytes.slice(12),
  );
  return dec.decode(pt);
}

export async function sealJson(secret: string, value: unknown, aad: string): Promise<string> {
  return seal(secret, JSON.stringify(value), aad);
}

export async function openJson<T>(secret: string, sealed: string, aad: string): Promise<T> {
  return JSON.parse(await open(secret, sealed, aad)) as T;
}
