/**
 * Sending a dashboard page: a fresh nonce for its inline style (and script), the policy that allows
 * nothing else, and no caching anywhere — the pages hold a school's figures.
 */
import type { Context } from "hono";
import { html } from "hono/html";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { JSX } from "hono/jsx/jsx-runtime";
import type { Locale } from "../../i18n/locales.ts";
import type { AppEnv } from "../app-env.ts";
import { wordsFor, type Words } from "./labels.ts";
import { csp, type Frame, newNonce } from "./layout.tsx";
import type { Theme } from "./theme.ts";
import { localeFromHeader } from "./viewer.ts";

export function frameFor(locale: Locale, theme: Theme = {}): Frame {
  return { locale, theme, nonce: newNonce() };
}

/** For pages before anyone is known: the browser's language, or English. */
export function guessFrame(c: Context<AppEnv>, theme: Theme = {}): { frame: Frame; words: Words } {
  const locale = localeFromHeader(c.req.header("Accept-Language")) ?? "en";
  const words = wordsFor(locale, c.get("services").config.trendsMinCell);
  return { frame: frameFor(locale, theme), words };
}

export function noStore(c: Context): void {
  c.header("Cache-Control", "no-store");
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Referrer-Policy", "no-referrer");
}

export function page(c: Context, frame: Frame, node: JSX.Element, status: ContentfulStatusCode = 200) {
  noStore(c);
  c.header("Content-Security-Policy", csp(frame.nonce));
  return c.html(html`<!doctype html>${node}`, status);
}
