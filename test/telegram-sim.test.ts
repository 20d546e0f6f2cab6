/** The simulated Telegram answers as Telegram does — refusals included, word for word. */
import { describe, expect, it } from "vitest";
import {
  DELETE_WINDOW_MS,
  QUERY_ANSWER_MS,
  type SimResult,
  SimNetworkError,
  TelegramSim,
} from "../src/playground/telegram-sim.ts";

const CHAT = 501;
const keyboard = (...data: string[]) => ({
  inline_keyboard: [data.map((d, i) => ({ text: `b${i}`, callback_data: d }))],
});

function setup(options: ConstructorParameters<typeof TelegramSim>[0] = {}) {
  let clock = Date.UTC(2026, 10, 2, 9);
  const sim = new TelegramSim({ now: () => clock, ...options });
  const tick = (ms: number) => {
    clock += ms;
  };
  const send = (text: string, extra: Record<string, unknown> = {}) =>
    sim.call("sendMessage", { chat_id: CHAT, text, ...extra });
  return { sim, tick, send };
}

const result = <T = Record<string, unknown>>(r: SimResult): T => {
  if (!r.ok) throw new Error(r.description);
  return r.result as T;
};
const refusal = (r: SimResult) => (r.ok ? "ok" : `${r.error_code} ${r.description}`);

describe("sendMessage", () => {
  it("returns a Message and stores it", () => {
    const { sim, send } = setup();
    const m = result(send("Hello", { reply_markup: keyboard("a") }));
    expect(m).toMatchObject({ message_id: 1, chat: { id: CHAT, type: "private" }, text: "Hello" });
    expect(m.reply_markup).toEqual(keyboard("a"));
    expect(m.from).toMatchObject({ is_bot: true });
    expect(sim.messages(CHAT).map((x) => x.text)).toEqual(["Hello"]);
    expect(sim.lastKeyboard(CHAT)).toEqual({ messageId: 1, markup: keyboard("a") });
  });

  it("refuses empty text (whitespace is trimmed away) and text over 4,096 characters", () => {
    const { send } = setup();
    expect(refusal(send(""))).toBe("400 Bad Request: message text is empty");
    expect(refusal(send("  \n "))).toBe("400 Bad Request: message text is empty");
    expect(refusal(send("x".repeat(4097)))).toBe("400 Bad Request: message is too long");
    // Characters, not UTF-16 units: 4,096 emoji fit.
    expect(send("😀".repeat(4096)).ok).toBe(true);
    // With HTML, the tags do not count.
    expect(send(`<b>${"x".repeat(4096)}</b>`, { parse_mode: "HTML" }).ok).toBe(true);
  });

  it("refuses callback_data over 64 bytes (UTF-8) or empty", () => {
    const { send } = setup();
    expect(send("ok", { reply_markup: keyboard("x".repeat(64)) }).ok).toBe(true);
    expect(refusal(send("t", { reply_markup: keyboard("x".repeat(65)) }))).toBe(
      "400 Bad Request: BUTTON_DATA_INVALID",
    );
    expect(refusal(send("t", { reply_markup: keyboard("ë".repeat(33)) }))).toBe(
      "400 Bad Request: BUTTON_DATA_INVALID",
    );
    expect(refusal(send("t", { reply_markup: keyboard("") }))).toBe(
      "400 Bad Request: text buttons are unallowed in the inline keyboard",
    );
  });

  it("is refused by a user who blocked the bot, until unblocked", () => {
    const { sim, send } = setup();
    sim.block(CHAT);
    expect(refusal(send("hi"))).toBe("403 Forbidden: bot was blocked by the user");
    expect(refusal(sim.call("sendPhoto", { chat_id: CHAT, photo: "f" }))).toMatch(/^403 /);
    sim.unblock(CHAT);
    expect(send("hi").ok).toBe(true);
  });

  it("with knownChatsOnly, cannot start a chat nobody opened", () => {
    const { sim, send } = setup({ knownChatsOnly: true });
    expect(refusal(send("hi"))).toBe("400 Bad Request: chat not found");
    sim.nextMessageId(CHAT, { text: "/start" });
    expect(send("hi").ok).toBe(true);
  });
});

describe("message ids", () => {
  it("are one sequence for all private chats and small groups, shared by the user's and the bot's messages", () => {
    const { sim, send } = setup();
    expect(sim.nextMessageId(CHAT, { text: "/start" })).toBe(1);
    expect(result(send("Welcome")).message_id).toBe(2);
    expect(sim.nextMessageId(CHAT)).toBe(3);
    // Another student's chat and a staff group take the next numbers: ids in one chat have gaps.
    expect(result(sim.call("sendMessage", { chat_id: 777, text: "other chat" })).message_id).toBe(4);
    sim.nextMessageId(-4242, { text: "/queue" });
    expect(result(sim.call("copyMessage", { chat_id: CHAT, from_chat_id: CHAT, message_id: 1 }))).toEqual({
      message_id: 6,
    });
  });

  it("are a supergroup's own", () => {
    const { sim } = setup();
    sim.nextMessageId(CHAT);
    sim.nextMessageId(CHAT);
    expect(result(sim.call("sendMessage", { chat_id: -1001234567890, text: "team" })).message_id).toBe(1);
    expect(sim.nextMessageId(CHAT)).toBe(3);
  });
});

describe("photos, albums, copies", () => {
  it("sendPhoto keeps captions to 1,024 characters", () => {
    const { sim } = setup();
    const photo = (caption: string) => sim.call("sendPhoto", { chat_id: CHAT, photo: "file-1", caption });
    expect(result(photo("c".repeat(1024)))).toMatchObject({ photo: [{ file_id: "file-1" }] });
    expect(refusal(photo("c".repeat(1025)))).toBe("400 Bad Request: message caption is too long");
  });

  it("sendMediaGroup sends up to 10 items, each a message", () => {
    const { sim } = setup();
    const album = (n: number) =>
      sim.call("sendMediaGroup", {
        chat_id: CHAT,
        media: Array.from({ length: n }, (_, i) => ({ type: "photo", media: `f${i}` })),
      });
    expect(result<unknown[]>(album(3)).map((m) => (m as { message_id: number }).message_id)).toEqual([
      1, 2, 3,
    ]);
    expect(refusal(album(0))).toBe("400 Bad Request: there are no messages to send");
    expect(refusal(album(11))).toBe("400 Bad Request: too many messages to send as an album");
  });

  it("copyMessage copies what the source says, and refuses a deleted source", () => {
    const { sim, send } = setup();
    const id = sim.nextMessageId(CHAT, { text: "my words" });
    const copy = result<{ message_id: number }>(
      sim.call("copyMessage", { chat_id: 900, from_chat_id: CHAT, message_id: id }),
    );
    expect(sim.message(900, copy.message_id)?.text).toBe("my words");
    send("the bot's answer");
    sim.call("deleteMessage", { chat_id: CHAT, message_id: id });
    expect(refusal(sim.call("copyMessage", { chat_id: 900, from_chat_id: CHAT, message_id: id }))).toBe(
      "400 Bad Request: message to copy not found",
    );
  });
});

describe("edits", () => {
  const edit = (sim: TelegramSim, payload: Record<string, unknown>) =>
    sim.call("editMessageText", { chat_id: CHAT, message_id: 1, ...payload });

  it("returns the edited message", () => {
    const { sim, send } = setup();
    send("Question?", { reply_markup: keyboard("a") });
    const m = result(edit(sim, { text: "Answered." }));
    expect(m).toMatchObject({ message_id: 1, text: "Answered." });
    // Editing text without reply_markup removes the keyboard, as Telegram does.
    expect(m.reply_markup).toBeUndefined();
    expect(sim.lastKeyboard(CHAT)).toBeUndefined();
  });

  it("a no-op edit is refused: same text and the same keyboard, compared structurally", () => {
    const { sim, send } = setup();
    send("Question?", { reply_markup: keyboard("a", "b") });
    const sameKeyboard = {
      inline_keyboard: [
        [
          { callback_data: "a", text: "b0" },
          { text: "b1", callback_data: "b" },
        ],
      ],
    };
    expect(refusal(edit(sim, { text: "Question?", reply_markup: sameKeyboard }))).toBe(
      "400 Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    );
    expect(edit(sim, { text: "Question?", reply_markup: keyboard("a") }).ok).toBe(true);
    expect(edit(sim, { text: "Question?" }).ok).toBe(true); // the keyboard goes
    expect(refusal(edit(sim, { text: "Question?" }))).toMatch(/message is not modified/);
    // Formatting counts as content.
    expect(edit(sim, { text: "<b>Question?</b>", parse_mode: "HTML" }).ok).toBe(true);
  });

  it("editMessageReplyMarkup without markup removes the keyboard; with none left it is a no-op", () => {
    const { sim, send } = setup();
    send("Q", { reply_markup: keyboard("a") });
    const markup = (reply_markup?: unknown) =>
      sim.call("editMessageReplyMarkup", { chat_id: CHAT, message_id: 1, reply_markup });
    expect(refusal(markup(keyboard("a")))).toMatch(/message is not modified/);
    expect(markup().ok).toBe(true);
    expect(refusal(markup())).toMatch(/message is not modified/);
    expect(refusal(markup({ inline_keyboard: [] }))).toMatch(/message is not modified/);
  });

  it("refuses unknown, deleted and the user's own messages, and the wrong kind of content", () => {
    const { sim, send } = setup();
    sim.nextMessageId(CHAT, { text: "/start" });
    send("text");
    sim.call("sendPhoto", { chat_id: CHAT, photo: "f" });
    expect(refusal(edit(sim, { message_id: 9, text: "x" }))).toBe(
      "400 Bad Request: message to edit not found",
    );
    expect(refusal(edit(sim, { message_id: 1, text: "x" }))).toBe("400 Bad Request: message can't be edited");
    expect(refusal(edit(sim, { message_id: 3, text: "x" }))).toBe(
      "400 Bad Request: there is no text in the message to edit",
    );
    expect(refusal(sim.call("editMessageCaption", { chat_id: CHAT, message_id: 2, caption: "c" }))).toBe(
      "400 Bad Request: there is no caption in the message to edit",
    );
    expect(sim.call("editMessageCaption", { chat_id: CHAT, message_id: 3, caption: "c" }).ok).toBe(true);
    sim.call("deleteMessage", { chat_id: CHAT, message_id: 2 });
    expect(refusal(edit(sim, { message_id: 2, text: "x" }))).toBe(
      "400 Bad Request: message to edit not found",
    );
    expect(refusal(edit(sim, { message_id: 3, text: "" }))).toBe("400 Bad Request: message text is empty");
  });
});

describe("deleting", () => {
  it("deleteMessage refuses unknown messages and messages older than 48 hours", () => {
    const { sim, send, tick } = setup();
    send("old");
    tick(DELETE_WINDOW_MS + 1);
    send("new");
    const del = (id: number) => refusal(sim.call("deleteMessage", { chat_id: CHAT, message_id: id }));
    expect(del(1)).toBe("400 Bad Request: message can't be deleted");
    expect(del(2)).toBe("ok");
    expect(del(2)).toBe("400 Bad Request: message to delete not found");
    expect(del(3)).toBe("400 Bad Request: message to delete not found");
    expect(sim.messages(CHAT).map((m) => m.text)).toEqual(["old"]);
  });

  it("deleteMessages takes up to 100 ids and silently skips what it cannot delete", () => {
    const { sim, send, tick } = setup();
    send("old");
    tick(DELETE_WINDOW_MS + 1);
    send("new");
    sim.nextMessageId(CHAT, { text: "mine" });
    const del = (ids: number[]) => sim.call("deleteMessages", { chat_id: CHAT, message_ids: ids });
    expect(result<boolean>(del([1, 2, 3, 99]))).toBe(true);
    expect(sim.messages(CHAT).map((m) => m.text)).toEqual(["old"]);
    expect(refusal(del([]))).toBe("400 Bad Request: message identifiers are not specified");
    expect(refusal(del(Array.from({ length: 101 }, (_, i) => i + 1)))).toBe(
      "400 Bad Request: too many message identifiers specified",
    );
  });
});

describe("answerCallbackQuery", () => {
  const TOO_OLD = "400 Bad Request: query is too old and response timeout expired or query ID is invalid";
  const answer = (sim: TelegramSim, id: string, extra: Record<string, unknown> = {}) =>
    refusal(sim.call("answerCallbackQuery", { callback_query_id: id, ...extra }));

  it("answers each query once", () => {
    const { sim } = setup();
    sim.registerCallbackQuery("q1", CHAT);
    expect(answer(sim, "q1")).toBe("ok");
    expect(answer(sim, "q1")).toBe(TOO_OLD);
  });

  it("refuses unknown queries and answers later than 15 seconds", () => {
    const { sim, tick } = setup();
    expect(answer(sim, "nope")).toBe(TOO_OLD);
    sim.registerCallbackQuery("q2", CHAT);
    tick(QUERY_ANSWER_MS + 1);
    expect(answer(sim, "q2")).toBe(TOO_OLD);
  });

  it("refuses a text over 200 characters", () => {
    const { sim } = setup();
    sim.registerCallbackQuery("q3", CHAT);
    expect(answer(sim, "q3", { text: "t".repeat(201) })).toBe("400 Bad Request: MESSAGE_TOO_LONG");
    expect(answer(sim, "q3", { text: "t".repeat(200), show_alert: true })).toBe("ok");
  });
});

describe("the bot's settings", () => {
  it("accepts them within Telegram's limits", () => {
    const { sim } = setup();
    expect(result(sim.call("getMe", {}))).toMatchObject({ is_bot: true });
    for (const method of ["setMyCommands", "setChatMenuButton", "setWebhook"])
      expect(sim.call(method, {}).ok).toBe(true);
    expect(sim.call("setMyDescription", { description: "d".repeat(512) }).ok).toBe(true);
    expect(refusal(sim.call("setMyDescription", { description: "d".repeat(513) }))).toMatch(/^400 /);
    expect(sim.call("setMyShortDescription", { short_description: "d".repeat(120) }).ok).toBe(true);
    expect(refusal(sim.call("setMyShortDescription", { short_description: "d".repeat(121) }))).toMatch(
      /^400 /,
    );
    expect(refusal(sim.call("setWebhook", { url: "https://x", secret_token: "a b" }))).toBe(
      "400 Bad Request: secret token contains unallowed characters",
    );
  });

  it("does not know made-up methods (names are case-insensitive)", () => {
    const { sim } = setup();
    expect(refusal(sim.call("sendTelepathy", {}))).toBe("404 Not Found: method not found");
    expect(sim.call("SENDMESSAGE", { chat_id: CHAT, text: "x" }).ok).toBe(true);
  });
});

describe("faults", () => {
  it("429 carries retry_after", () => {
    const { sim, send } = setup();
    sim.failNext("sendMessage", { kind: "429", retryAfter: 7 });
    expect(send("x")).toEqual({
      ok: false,
      error_code: 429,
      description: "Too Many Requests: retry after 7",
      parameters: { retry_after: 7 },
    });
    expect(send("x").ok).toBe(true);
  });

  it("500, blocked and any description, for one method or all, as many times as asked", () => {
    const { sim, send } = setup();
    sim.failNext("*", { kind: "500" }, 2);
    expect(refusal(sim.call("getMe", {}))).toBe("500 Internal Server Error");
    expect(refusal(send("x"))).toBe("500 Internal Server Error");
    sim.failNext("sendMessage", { kind: "blocked" });
    expect(sim.call("getMe", {}).ok).toBe(true);
    expect(refusal(send("x"))).toBe("403 Forbidden: bot was blocked by the user");
    sim.failNext("editMessageText", { kind: "error", code: 400, description: "Bad Request: custom" });
    expect(refusal(sim.call("editMessageText", { chat_id: CHAT, message_id: 1, text: "y" }))).toBe(
      "400 Bad Request: custom",
    );
    expect(sim.messages(CHAT)).toHaveLength(0); // nothing was sent
  });

  it("a network fault throws a TypeError; 'delivered' sends the message all the same", () => {
    const { sim, send } = setup();
    sim.failNext("sendMessage", { kind: "network" });
    expect(() => send("lost")).toThrow(TypeError);
    sim.failNext("sendMessage", { kind: "network", delivered: true });
    expect(() => send("arrived")).toThrow(SimNetworkError);
    expect(sim.messages(CHAT).map((m) => m.text)).toEqual(["arrived"]);
    expect(sim.log.map((e) => e.result)).toEqual(["network", "network"]);
  });

  it("an optional per-chat rate limit answers 429 with the seconds to wait", () => {
    const { sim, send, tick } = setup({ perChatPerSecond: 1 });
    expect(send("1").ok).toBe(true);
    tick(300);
    expect(send("2")).toMatchObject({ error_code: 429, parameters: { retry_after: 1 } });
    expect(sim.call("sendMessage", { chat_id: 777, text: "other chat" }).ok).toBe(true);
    tick(700);
    expect(send("3").ok).toBe(true);
  });
});

describe("lenient mode (the old fake's leniency)", () => {
  it("answers every callback query, accepts no-op edits and edits of unknown ids", () => {
    const { sim, send } = setup({ strict: false });
    expect(sim.call("answerCallbackQuery", { callback_query_id: "x" }).ok).toBe(true);
    expect(sim.call("answerCallbackQuery", { callback_query_id: "x" }).ok).toBe(true);
    send("same");
    expect(sim.call("editMessageText", { chat_id: CHAT, message_id: 1, text: "same" }).ok).toBe(true);
    expect(result(sim.call("editMessageText", { chat_id: CHAT, message_id: 42, text: "new" }))).toMatchObject(
      { message_id: 42, text: "new" },
    );
    expect(sim.call("deleteMessage", { chat_id: CHAT, message_id: 42 }).ok).toBe(true);
    // What the bot sends is still checked.
    expect(refusal(send(""))).toBe("400 Bad Request: message text is empty");
  });
});

describe("queries", () => {
  it("callsTo and log keep every call with its answer", () => {
    const { sim, send } = setup();
    send("a");
    send("");
    sim.call("sendMessage", { chat_id: 777, text: "b" });
    expect(sim.callsTo(CHAT).map((c) => c.result && refusal(c.result as SimResult))).toEqual([
      "ok",
      "400 Bad Request: message text is empty",
    ]);
    expect(sim.log).toHaveLength(3);
  });
});
