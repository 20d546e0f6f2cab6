/**
 * The dashboard's session: a signed cookie that names the Telegram user for 15 minutes. Who they
 * are allowed to see is not in it — that is looked up on every page (staff removed a minute ago see
 * nothing more). The theme rides along so each page keeps Telegram's colours.
 */
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { readToken, signToken } from "./signed.ts";
import { type Theme, themeFrom } from "./theme.ts";

export const SESSION_COOKIE = "ura_dashboard";
export const SESSION_TTL_MS = 15 * 60_000;

export interface Session {
  userId: number;
  /** Telegram's language code of the user, when the session began in Telegram (an admin's language). */
  telegramLang?: string;
  theme: Theme;
  /** ms since epoch */
  expires: number;
}

interface Wire {
  u: number;
  l?: string;
  t: Theme;
  e: number;
}

export function newSession(userId: number, now: number, theme: Theme, telegramLang?: string): Session {
  return { userId, theme, expires: now + SESSION_TTL_MS, ...(telegramLang ? { telegramLang } : {}) };
}

export async function readSession(
  secret: string,
  token: string | undefined,
  now: number,
): Promise<Session | null> {
  if (!token) return null;
  const w = (await readToken(secret, "dashboard-session", token)) as Partial<Wire> | null;
  if (!w || !Number.isSafeInteger(w.u) || typeof w.e !== "number" || w.e <= now) return null;
  return {
    userId: w.u as number,
    theme: themeFrom(w.t),
    expires: w.e,
    ...(typeof w.l === "string" ? { telegramLang: w.l } : {}),
  };
}

/** Sets the cookie. Inside Telegram Web the page is a cross-site iframe: SameSite=None, partitioned. */
export async function startSession(c: Context, secret: string, session: Session): Promise<void> {
  const wire: Wire = {
    u: session.userId,
    t: session.theme,
    e: session.expires,
    ...(session.telegramLang ? { l: session.telegramLang } : {}),
  };
  const secure = new URL(c.req.url).protocol === "https:";
  setCookie(c, SESSION_COOKIE, await signToken(secret, "dashboard-session", wire), {
    path: "/dashboard",
    httpOnly: true,
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
    // Plain http is only the local playground, where a Secure cookie would not be kept.
    ...(secure ? { secure: true, sameSite: "None", partitioned: true } : { sameSite: "Lax" }),
  });
}

export const sessionCookieOf = (c: Context) => getCookie(c, SESSION_COOKIE);
