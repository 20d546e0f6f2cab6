import { env, exports } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeTelegram, Person, postUpdate } from "./support/telegram.ts";

const url = "https://ura.test/telegram/webhook";
let tg: FakeTelegram;

beforeEach(() => {
  tg = new FakeTelegram().install();
});
afterEach(() => vi.restoreAllMocks());

describe("GET /health", () => {
  it("answers 200 with a small JSON", async () => {
    const res = await exports.default.fetch(new Request("https://ura.test/health"));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, service: "ura", mode: "telegram" });
  });
});

describe("POST /telegram/webhook", () => {
  const update = {
    update_id: 1,
    message: {
      message_id: 1,
      date: 1,
      chat: { id: 5, type: "private" },
      from: { id: 5, is_bot: false, first_name: "A" },
      text: "/start",
      entities: [{ type: "bot_command", offset: 0, length: 6 }],
    },
  };

  it("rejects a missing secret token with 401 and does nothing", async () => {
    const res = await exports.default.fetch(
      new Request(url, { method: "POST", body: JSON.stringify(update) }),
    );
    expect(res.status).toBe(401);
    expect(tg.calls).toHaveLength(0);
  });

  it("rejects a wrong secret token with 401, also one of the right length", async () => {
    const wrong = String(env.WEBHOOK_SECRET).replace(/.$/, "X");
    expect((await postUpdate(update, "nope")).status).toBe(401);
    expect((await postUpdate(update, wrong)).status).toBe(401);
    expect(tg.calls).toHaveLength(0);
  });

  it("answers 400 to a body that is not JSON", async () => {
    const res = await exports.default.fetch(
      new Request(url, {
        method: "POST",
        headers: { "X-Telegram-Bot-Api-Secret-Token": String(env.WEBHOOK_SECRET) },
        body: "{not json",
      }),
    );
    expect(res.status).toBe(400);
  });

  it.each([
    ["an array", [1, 2]],
    ["a string", "hello"],
    ["null", null],
    ["an object without update_id", { message: {} }],
    ["a string update_id", { update_id: "7" }],
    ["a negative update_id", { update_id: -1 }],
  ])("answers 400 to %s", async (_name, body) => {
    expect((await postUpdate(body)).status).toBe(400);
  });

  it("answers 413 to a body over 1 MiB, whatever Content-Length says", async () => {
    const big = JSON.stringify({ update_id: 1, pad: "x".repeat(1024 * 1024) });
    const res = await exports.default.fetch(
      new Request(url, {
        method: "POST",
        headers: { "X-Telegram-Bot-Api-Secret-Token": String(env.WEBHOOK_SECRET) },
        body: big,
      }),
    );
    expect(res.status).toBe(413);
  });

  it("answers 413 to a streamed body over 1 MiB that declares no length", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await exports.default.fetch(
      new Request(url, {
        method: "POST",
        headers: { "X-Telegram-Bot-Api-Secret-Token": String(env.WEBHOOK_SECRET) },
        body,
      }),
    );
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(20); // it stopped reading instead of buffering it all
  });

  it("acknowledges update kinds the bot does not handle with 200 and sends nothing", async () => {
    const res = await postUpdate({
      update_id: 3,
      poll: {
        id: "p",
        question: "?",
        options: [],
        total_voter_count: 0,
        is_closed: false,
        is_anonymous: true,
        type: "regular",
        allows_multiple_answers: false,
      },
    });
    expect(res.status).toBe(200);
    expect(tg.calls).toHaveLength(0);
  });

  it("answers 5xx when storage fails, so Telegram redelivers", async () => {
    vi.spyOn(env.KV, "get").mockRejectedValue(new Error("KV down"));
    const student = new Person(tg, 42, { first_name: "Ana", language_code: "sq" });
    const res = await student.send("/start");
    expect(res.status).toBeGreaterThanOrEqual(500);
    expect(tg.textsTo(42)).toHaveLength(0);
  });

  it("turns a handler bug into a kind localized message, not a stack trace, and ends 200", async () => {
    const student = new Person(tg, 43, { first_name: "Ana", language_code: "sq" });
    // A school record that is not JSON makes the /start handler throw while parsing it.
    await env.KV.put("school:BADJ5N", "{broken");
    const res = await student.send("/start s-BADJ5N");
    expect(res.status).toBe(200);
    const texts = tg.textsTo(43);
    expect(texts.at(-1)).toContain("Na vjen keq");
    expect(texts.join("\n")).not.toMatch(/SyntaxError|at .*\.ts/);
  });

  it("acknowledges an update when Telegram itself is unreachable (nothing to redeliver for)", async () => {
    tg.failApi = true;
    const student = new Person(tg, 44, { first_name: "Ana", language_code: "en" });
    expect((await student.send("/start")).status).toBe(200);
  });
});
