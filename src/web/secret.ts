import { constantTimeEqual } from "../crypto/compare.ts";

/**
 * Constant-time check of Telegram's secret token. Both sides are hashed first, so neither the
 * comparison's time nor an early length mismatch tells anything about the secret. The expected
 * side's digest is kept per isolate: it is the same on every update (`npm run bench`: hashing it
 * each time was a measurable share of an update's CPU).
 */
export async function secretMatches(given: string | undefined, expected: string): Promise<boolean> {
  if (!given) return false;
  const [a, b] = await Promise.all([digest(given), expectedDigest(expected)]);
  return constantTimeEqual(a, b);
}

let kept: { secret: string; digest: Promise<string> } | undefined;

function expectedDigest(secret: string): Promise<string> {
  if (kept?.secret !== secret) kept = { secret, digest: digest(secret) };
  return kept.digest;
}

async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
