/**
 * POST /telegram/webhook — the contract Telegram relies on (DESIGN, "Contracts"):
 * 401 on a missing/wrong secret token (constant-time), 413 over 1 MiB, 400 on a body that is not
 * an update, 200 for everything the bot handled or ignores, 5xx only when storage failed so that
 * Telegram redelivers. Updates are answered with ordinary API calls, not webhook replies: the bot
 * needs the ids of the messages it sends (quick exit deletes them) and a webhook reply returns none.
 */
import { Hono } from "hono";
import { BotError } from "grammy";
import type { Update } from "grammy/types";
import { createBot } from "../bot/create-bot.ts";
import { StorageError } from "../storage/kv-counter.ts";
import type { AppEnv } from "./app-env.ts";
import { readJsonLimited, BodyTooLarge } from "./body.ts";
import { secretMatches } from "./secret.ts";

export const MAX_UPDATE_BYTES = 1024 * 1024;

export const webhook = new Hono<AppEnv>().post("/webhook", async (c) => {
  const services = c.get("services");
  if (
    !(await secretMatches(c.req.header("X-Telegram-Bot-Api-Secret-Token"), services.config.webhookSecret))
  ) {
    return c.json({ ok: false, error: "unauthorized" }, 401);
  }
  let body: unknown;
  try {
    body = await readJsonLimited(c.req.raw, MAX_UPDATE_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) return c.json({ ok: false, error: "too large" }, 413);
    return c.json({ ok: false, error: "malformed JSON" }, 400);
  }
  if (!isUpdate(body)) return c.json({ ok: false, error: "not an update" }, 400);
  try {
    await createBot(services).handleUpdate(body);
  } catch (thrown) {
    const error = thrown instanceof BotError ? thrown.error : thrown;
    if (error instanceof StorageError) {
      console.error("storage failure; asking Telegram to redeliver");
      return c.json({ ok: false, error: "storage unavailable" }, 503);
    }
    // Errors that escaped the boundary (e.g. Telegram unreachable while apologising): acknowledge.
    console.error("unhandled update error", error instanceof Error ? error.name : typeof error);
  }
  return c.json({ ok: true });
});

function isUpdate(body: unknown): body is Update {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return false;
  const id = (body as { update_id?: unknown }).update_id;
  return typeof id === "number" && Number.isSafeInteger(id) && id >= 0;
}
