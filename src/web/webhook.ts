/**
 * POST /telegram/webhook — the contract Telegram relies on (DESIGN, "Contracts"): 401 on a missing
 * or wrong secret token (constant-time), 413 over 1 MiB, 400 on a body that is not an update, 200
 * for everything the bot handled or ignores, and 503 only when storage failed or Telegram was
 * unavailable for something the person must see now — so Telegram redelivers, and the redelivery
 * repeats nothing that already succeeded.
 *
 * A 200 may carry one Bot API call as its body (a webhook reply: the update's answerCallbackQuery or
 * an edit of buttons, see src/bot/bot.ts). It is only sent with a 200, after all the update's storage
 * work succeeded.
 */
import { Hono } from "hono/tiny";
import { handleUpdate } from "../bot/bot.ts";
import { mustRetry } from "../bot/errors.ts";
import type { AppEnv } from "./app-env.ts";
import { BodyTooLarge, readJsonLimited } from "./body.ts";
import { secretMatches } from "./secret.ts";
import { parseUpdate } from "./update-shape.ts";

export const MAX_UPDATE_BYTES = 1024 * 1024;

export const webhook = new Hono<AppEnv>().post("/webhook", async (c) => {
  const services = c.get("services");
  if (!secretMatches(c.req.header("X-Telegram-Bot-Api-Secret-Token"), services.config.webhookSecret)) {
    return c.json({ ok: false, error: "unauthorized" }, 401);
  }
  let body: unknown;
  try {
    body = await readJsonLimited(c.req.raw, MAX_UPDATE_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) return c.json({ ok: false, error: "too large" }, 413);
    return c.json({ ok: false, error: "malformed JSON" }, 400);
  }
  const parsed = parseUpdate(body);
  if (!parsed.ok) return c.json({ ok: false, error: "not an update", at: parsed.reason }, 400);
  try {
    const reply = await handleUpdate(services, parsed.update);
    return reply ? c.json(reply) : c.json({ ok: true });
  } catch (error) {
    if (mustRetry(error)) {
      console.error("asking Telegram to redeliver:", error instanceof Error ? error.name : "unknown");
      return c.json({ ok: false, error: "unavailable" }, 503);
    }
    // Errors that escaped the boundary: acknowledge, or Telegram replays the bug for a day.
    console.error("unhandled update error", error instanceof Error ? error.name : typeof error);
    return c.json({ ok: true });
  }
});
