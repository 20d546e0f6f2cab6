/** Imports WebCrypto keys once per isolate: importKey is async and costs CPU on every update otherwise. */
const cache = new Map<string, Promise<CryptoKey>>();
const enc = new TextEncoder();

async function derive(secret: string, purpose: string, algorithm: "HMAC" | "AES-GCM"): Promise<CryptoKey> {
  // HKDF separates purposes, so one leaked derived key does not open the others.
  const base = await crypto.subtle.importKey("raw", enc.encode(secret), "HKDF", false, ["deriveKey"]);
  const params = {
    name: "HKDF",
    hash: "SHA-256",
    salt: new Uint8Array(0),
    info: enc.encode(`ura:${purpose}`),
  };
  return algorithm === "HMAC"
    ? crypto.subtle.deriveKey(params, base, { name: "HMAC", hash: "SHA-256", length: 256 }, false, ["sign"])
    : crypto.subtle.deriveKey(params, base, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
}

export function hmacKey(secret: string, purpose: string): Promise<CryptoKey> {
  return cached(`h:${purpose}:${secret}`, () => derive(secret, purpose, "HMAC"));
}

export function aesKey(secret: string, purpose: string): Promise<CryptoKey> {
  return cached(`a:${purpose}:${secret}`, () => derive(secret, purpose, "AES-GCM"));
}

function cached(id: string, make: () => Promise<CryptoKey>): Promise<CryptoKey> {
  let key = cache.get(id);
  if (!key) {
    key = make();
    cache.set(id, key);
  }
  return key;
}
