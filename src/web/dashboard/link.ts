/**
 * The desktop way in: `/trends link` gives a member a link that opens the dashboard once, within
 * 15 minutes. The token is signed (HMAC, its own purpose) with the member's id, its expiry and a
 * random nonce; the programme's desk records the nonce when the link is used, so a second use — a
 * forwarded message, a browser's history — is refused.
 */
import type { Config } from "../../config.ts";
import { toBase64Url } from "../../crypto/encoding.ts";
import { ONE_TIME_KEPT_MS } from "../../storage/programme/programme.ts";
import { readToken, signToken } from "./signed.ts";

/** 15 minutes: exactly as long as the programme's desk remembers a used nonce. */
export const LINK_TTL_MS = ONE_TIME_KEPT_MS;

export const LINK_PATH = "/dashboard/link/";

interface Wire {
  u: number;
  e: number;
  n: string;
}

/**
 * The link: the Worker's address (`origin`, else PUBLIC_URL) + `/dashboard/link/<token>`, or the
 * path alone when neither is known. Send it with link previews off: a preview fetches it
 * (harmlessly — only a press of the page's button uses it — but needlessly).
 */
export async function dashboardLink(
  config: Pick<Config, "pseudonymKey"> & { publicUrl?: string | undefined },
  userId: number,
  now: number,
  origin = config.publicUrl ?? "",
): Promise<string> {
  const nonce = toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
  const wire: Wire = { u: userId, e: now + LINK_TTL_MS, n: nonce };
  return `${origin.replace(/\/+$/, "")}${LINK_PATH}${await signToken(config.pseudonymKey, "dashboard-link", wire)}`;
}

export type LinkCheck =
  | { ok: true; userId: number; nonce: string }
  | { ok: false; reason: "forged" | "expired" };

/** Whether a link's token is ours and still valid (its one use is the caller's to claim). */
export async function checkLink(secret: string, token: string, now: number): Promise<LinkCheck> {
  const w = (await readToken(secret, "dashboard-link", token)) as Partial<Wire> | null;
  if (
    !w ||
    !Number.isSafeInteger(w.u) ||
    typeof w.e !== "number" ||
    typeof w.n !== "string" ||
    !/^[A-Za-z0-9_-]{22}$/.test(w.n)
  )
    return { ok: false, reason: "forged" };
  if (w.e <= now) return { ok: false, reason: "expired" };
  return { ok: true, userId: w.u as number, nonce: w.n };
}
