/**
 * Signing in to the dashboard. From Telegram: the boot page posts the Mini App's initData here,
 * validated as Telegram specifies (init-data.ts) and used once. From a desktop: a one-time link (link.ts) whose
 * page posts back to use it. Either way the person gets the same 15-minute session cookie and is
 * sent on to the page they asked for; who they may see is decided there, on every page.
 */
import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { programmeOf } from "../../storage/desk/client.ts";
import type { AppEnv } from "../app-env.ts";
import { validateInitData } from "./init-data.ts";
import { checkLink } from "./link.ts";
import { LinkPage, NoticePage } from "./notices.tsx";
import { guessFrame, page } from "./respond.ts";
import { DASHBOARD } from "./scopes.ts";
import { newSession, startSession } from "./session.ts";
import { themeFrom } from "./theme.ts";

/** A form with initData is a few KB; refuse anything far bigger before reading it. */
const MAX_FORM_BYTES = 16_384;

/** Where to go after signing in: a dashboard page of this site, nothing else. */
export function safeNext(next: unknown): string {
  return typeof next === "string" &&
    /^\/dashboard(\/[^?#\\]*)?(\?[^#\\]*)?$/.test(next) &&
    !next.includes("//") &&
    !next.includes("/.")
    ? next
    : DASHBOARD;
}

export const auth = new Hono<AppEnv>()
  .post("/auth", async (c) => {
    const { config, now } = c.get("services");
    if (Number(c.req.header("Content-Length") ?? 0) > MAX_FORM_BYTES) return c.text("too large", 413);
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const initData = typeof form.initData === "string" ? form.initData : "";
    const result = await validateInitData(initData, config.botToken, now());
    const theme = themeFrom(typeof form.theme === "string" ? form.theme : "");
    if (!result.ok) {
      const { frame, words } = guessFrame(c, theme);
      const text = words.t(result.reason === "stale" ? "dash-stale" : "dash-forged");
      return page(c, frame, NoticePage({ frame, words, text }), result.reason === "stale" ? 401 : 403);
    }
    // Each opening of the Mini App signs in once: data presented again (replayed, or copied from
    // the phone) is refused, and the person opens the dashboard again from Telegram.
    const programme = programmeOf(c.get("services").env, c.get("services").deskCalls);
    if (!(await programme.claim(`init:${result.hash}`, now()))) {
      const { frame, words } = guessFrame(c, theme);
      return page(c, frame, NoticePage({ frame, words, text: words.t("dash-session-ended") }), 401);
    }
    await startSession(
      c,
      config.pseudonymKey,
      newSession(result.user.id, now(), theme, result.user.languageCode),
    );
    return c.redirect(safeNext(form.next), 303);
  })
  .get("/link/:token", async (c) => {
    const { config, now } = c.get("services");
    const { frame, words } = guessFrame(c);
    const link = await checkLink(config.pseudonymKey, c.req.param("token"), now());
    if (!link.ok) return linkRefused(c, link.reason);
    return page(c, frame, LinkPage({ frame, words, action: new URL(c.req.url).pathname }));
  })
  .post("/link/:token", async (c) => {
    const services = c.get("services");
    const { config, now } = services;
    const link = await checkLink(config.pseudonymKey, c.req.param("token"), now());
    if (!link.ok) return linkRefused(c, link.reason);
    if (!(await programmeOf(services.env, services.deskCalls).claim(link.nonce, now())))
      return linkRefused(c, "used");
    await startSession(c, config.pseudonymKey, newSession(link.userId, now(), {}));
    return c.redirect(DASHBOARD, 303);
  });

function linkRefused(c: Context<AppEnv>, reason: "forged" | "expired" | "used") {
  const { frame, words } = guessFrame(c);
  const id =
    reason === "forged" ? "dash-link-invalid" : reason === "expired" ? "dash-link-expired" : "dash-link-used";
  return page(c, frame, NoticePage({ frame, words, text: words.t(id) }), reason === "forged" ? 403 : 410);
}
