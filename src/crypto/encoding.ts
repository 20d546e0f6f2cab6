/** Small, dependency-free byte encodings used for keys, codes and sealed values. */

export function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

export function fromBase64Url(text: string): Uint8Array {
  const bin = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Codes people read aloud or type: no 0/O, 1/I/L, U (30 symbols ≈ 4.9 bits each).
 */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Maps bytes to `length` symbols of CODE_ALPHABET; 5 bits a byte with rejection keeps it uniform. */
export function toCode(bytes: Uint8Array, length: number): string {
  let out = "";
  for (const b of bytes) {
    const v = b & 0x1f;
    if (v < CODE_ALPHABET.length) out += CODE_ALPHABET[v];
    if (out.length === length) return out;
  }
  throw new Error("not enough bytes for code");
}

/** Normalises what a person typed: case, spaces and dashes. */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-_.]/g, "");
}

export function isCode(text: string, length: number): boolean {
  if (text.length !== length) return false;
  for (const ch of text) if (!CODE_ALPHABET.includes(ch)) return false;
  return true;
}
