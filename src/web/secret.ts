const enc = new TextEncoder();
let kept: { secret: string; bytes: Uint8Array } | undefined;

/**
 * Constant-time check of Telegram's secret token. Every byte of the expected secret is compared
 * whatever was given, so the time depends on the secret's length alone — the same on every
 * request — and tells nothing about where a guess differs, or how long it was. Synchronous, and the
 * expected side encoded once per isolate: hashing both sides with WebCrypto on every update was a
 * visible share of its CPU (`npm run bench`).
 */
export function secretMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  if (kept?.secret !== expected) kept = { secret: expected, bytes: enc.encode(expected) };
  const want = kept.bytes;
  const got = enc.encode(given);
  let diff = got.length ^ want.length;
  for (let i = 0; i < want.length; i++) diff |= (got[i % got.length] as number) ^ (want[i] as number);
  return diff === 0;
}
