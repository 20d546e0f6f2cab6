import { env, exports } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { translate } from "../src/i18n/translate.ts";
import { app } from "../src/app.ts";
import { secretMatches } from "../src/web/secret.ts";
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

  it("answers 413 to a body over 1 MiB that claims a small Content-Length", async () => {
    const big = JSON.stringify({ update_id: 1, pad: "x".repeat(1024 * 1024) });
    const res = await exports.default.fetch(
      new Request(url, {
        method: "POST",
        headers: { "X-Telegram-Bot-Api-Secret-Token": String(env.WEBHOOK_SECRET), "Content-Length": "40" },
        body: big,
      }),
    );
    expect(res.status).toBe(413);
  });

  it("answers 400 to a body that is not UTF-8, with or without a Content-Length", async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x75, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]);
    const lengths: Array<Record<string, string>> = [{ "Content-Length": String(bytes.byteLength) }, {}];
    for (const headers of lengths) {
      const res = await exports.default.fetch(
        new Request(url, {
          method: "POST",
          headers: { "X-Telegram-Bot-Api-Secret-Token": String(env.WEBHOOK_SECRET), ...headers },
          body: new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(bytes);
              controller.close();
            },
          }),
        }),
      );
      expect(res.status).toBe(400);
    }
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
    expect(texts.at(-1)).toBe(translate("sq", "error-generic"));
    expect(texts.join("\n")).not.toMatch(/SyntaxError|at .*\.ts/);
  });

  it("answers 503 when Telegram is unreachable for what the person must see, and the redelivery shows it once", async () => {
    tg.failApi = true;
    const student = new Person(tg, 44, { first_name: "Ana", language_code: "en" });
    const update = student.messageUpdate("/start");
    expect((await postUpdate(update)).status).toBe(503);
    tg.failApi = false;
    expect((await postUpdate(update)).status).toBe(200);
    expect(tg.textsTo(44)).toEqual([
      `${translate("en", "welcome")}\n\n${translate("en", "ask-school-code")}`,
    ]);
  });

  it("acknowledges with 200 what shows nobody anything, even when Telegram is unreachable", async () => {
    tg.failApi = true;
    const group = { id: -100555, type: "supergroup", title: "7B" };
    const chatter = {
      update_id: 9,
      message: {
        message_id: 3,
        date: 1,
        chat: group,
        from: { id: 45, is_bot: false, first_name: "B" },
        text: "hi all",
      },
    };
    expect((await postUpdate(chatter)).status).toBe(200);
  });

  // A code is checked for its shape before it touches storage: whatever is typed is just a wrong code.
  it.each([
    ["600 characters", 461, `/join ${"A".repeat(600)}`],
    ["Cyrillic look-alike letters", 462, "/join АВСЕНКМРТХ234"],
    ["accented letters and an emoji", 463, "/join ÇËŠĐŽ23456789🙂"],
    ["600 characters with spaces", 464, `/join ${"AB3 ".repeat(150)}`],
  ])("a typed invite code of %s answers 200 with 'invalid code'", async (_name, id, text) => {
    // A new person each time: five wrong codes lock /join (a different answer).
    const person = new Person(tg, id, { first_name: "Drita", language_code: "en" });
    expect((await person.send(text)).status).toBe(200);
    expect(tg.textsTo(person.user.id).at(-1)).toBe(translate("en", "join-invalid"));
  });

  it("a 600-character /linkgroup code in a group answers 200 with 'invalid code'", async () => {
    const group = { id: -100556, type: "supergroup", title: "Klubi" };
    const res = await postUpdate({
      update_id: 11,
      message: {
        message_id: 4,
        date: 1,
        chat: group,
        from: { id: 47, is_bot: false, first_name: "Ilir" },
        text: `/linkgroup ${"Ж".repeat(600)}`,
        entities: [{ type: "bot_command", offset: 0, length: 10 }],
      },
    });
    expect(res.status).toBe(200);
    expect(tg.textsTo(group.id)).toEqual([translate("en", "join-invalid")]);
  });

  it("a bad configuration answers every request with the list of its problems, and runs nothing", async () => {
    const broken = { ...env, WEBHOOK_SECRET: "short", SEAL_KEY: undefined, ADMIN_IDS: "x" };
    const res = await app.fetch(
      new Request(url, {
        method: "POST",
        headers: { "X-Telegram-Bot-Api-Secret-Token": "short" },
        body: JSON.stringify(update),
      }),
      broken,
    );
    expect(res.status).toBe(500);
    const { problems } = (await res.json()) as { problems: string[] };
    expect(problems).toHaveLength(3);
    for (const name of ["WEBHOOK_SECRET", "SEAL_KEY", "ADMIN_IDS"])
      expect(problems.join("\n")).toContain(name);
    expect(tg.calls).toHaveLength(0);
  });
});

describe("the secret token check", () => {
  const secret = "s3cret-token_0123456789";
  it.each([
    ["the secret itself", secret, true],
    ["nothing", undefined, false],
    ["an empty header", "", false],
    ["a prefix", secret.slice(0, -1), false],
    ["the secret and more", `${secret}x`, false],
    ["the secret repeated", secret + secret, false],
    ["one character changed", `${secret.slice(0, 5)}X${secret.slice(6)}`, false],
    ["a repeating guess of the right length's divisor", "s3", false],
    ["non-ASCII of the same length", "ş".repeat(secret.length), false],
  ])("%s → %s", (_name, given, ok) => {
    expect(secretMatches(given, secret)).toBe(ok);
    // Asked again with another secret: nothing is kept from the first.
    expect(secretMatches(given, `${secret}-2`)).toBe(given === `${secret}-2`);
  });
});
