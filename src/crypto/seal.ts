/**
 * Sealing: AES-256-GCM with a random 96-bit IV. Report content, photo file ids and the student's
 * chat id are sealed at rest (anonymity invariants 1–2); only code paths that act for an
 * authorized reader open them.
 *
 * A sealed value names the key that sealed it (`<key id>.<base64url>`), so SEAL_KEY can be rotated:
 * new values are sealed with the current key, older ones still open with the retired keys kept
 * read-only (README, "Rotating keys"). A value without an id predates rotation and is key "1".
 */
import { fromBase64Url, toBase64Url } from "./encoding.ts";
import { aesKey } from "./derive.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

export interface KeyRing {
  current: { id: string; secret: string };
  /** Retired keys: they open what they sealed, and seal nothing new. */
  retired: ReadonlyArray<{ id: string; secret: string }>;
}

/** A ring of one key: what tests and the playground use. */
export const singleKey = (secret: string): KeyRing => ({ current: { id: "1", secret }, retired: [] });

/** `aad` binds a sealed value to its place (e.g. the case and its purpose), so it cannot be moved. */
export async function seal(ring: KeyRing, plaintext: string, aad: string): Promise<string> {
  const key = await aesKey(ring.current.secret, "seal");
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: enc.encode(aad) },
    key,
    enc.encode(plaintext),
  );
  const out = new Uint8Array(12 + ct.byteLength);
  out.set(iv);
  out.set(new Uint8Array(ct), 12);
  return `${ring.current.id}.${toBase64Url(out)}`;
}

export async function open(ring: KeyRing, sealed: string, aad: string): Promise<string> {
  const dot = sealed.indexOf(".");
  const id = dot > 0 ? sealed.slice(0, dot) : "1";
  const body = dot > 0 ? sealed.slice(dot + 1) : sealed;
  const secret = [ring.current, ...ring.retired].find((k) => k.id === id)?.secret;
  if (!secret) throw new Error("sealed with an unknown key");
  const bytes = fromBase64Url(body);
  const pt = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: bytes.slice(0, 12), additionalData: enc.encode(aad) },
    await aesKey(secret, "seal"),
    bytes.slice(12),
  );
  return dec.decode(pt);
}

export async function sealJson(ring: KeyRing, value: unknown, aad: string): Promise<string> {
  return seal(ring, JSON.stringify(value), aad);
}

export async function openJson<T>(ring: KeyRing, sealed: string, aad: string): Promise<T> {
  return JSON.parse(await open(ring, sealed, aad)) as T;
}
