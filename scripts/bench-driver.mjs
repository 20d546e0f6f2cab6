/**
 * What `npm run bench`'s two ways of running the Worker share: the bench's identities and secrets,
 * the statistics, the fake Telegram Bot API's answers, and the driver that plays complete reports.
 *
 * scripts/bench.mjs runs the Worker under `wrangler dev` and posts updates over HTTP;
 * scripts/bench-cpu.mjs imports the same bundle into Node and calls its fetch() directly. Both pass
 * a `worker` with `post(update) → { status, calls, … }` and `tail()` to the driver, so both play
 * exactly the same conversations.
 */

export const BOT_TOKEN = "123456:BENCH-token-xxxxxxxxxxxxxxxxxxxx";
export const WEBHOOK_SECRET = "bench-secret-0123456789";
export const ADMIN_ID = 900001;
export const FIRST_STUDENT_ID = 910001;
export const DESCRIPTION = "They call me names in class.";

/** The Worker's secrets in the bench (both runs use the same ones, so both do the same crypto). */
export const BENCH_KEYS = {
  PSEUDONYM_KEY: "bench-pseudonym-key-0123456789abcdefghijk",
  SEAL_KEY: "bench-seal-key-0123456789abcdefghijklmnopq",
};

// Staff of the adviser-actions school (enrolled through the bot: admin → principal → adviser), and
// the adviser of the 1,000-case queue school. Here because they speak English (see user() below).
export const PRINCIPAL_ID = 920001;
export const ADVISER_ID = 920002;
export const QUEUE_ADVISER_ID = 920003;

/**
 * A peer-conflict report, in flows/report.json's order: danger "no", who "me", what "insults",
 * where "class", when "today", often "once", mediation "yes". Choice keyboards take these in turn;
 * a step the routing skips (e.g. mediation) simply leaves its entry unused.
 */
export const REPORT_CHOICES = [1, 0, 1, 0, 0, 0, 0];

/* ───────────────────────────── small statistics helpers ───────────────────────────── */

export const sum = (xs) => xs.reduce((a, b) => a + b, 0);
export const mean = (xs) => (xs.length ? sum(xs) / xs.length : Number.NaN);
export const max = (xs) => (xs.length ? Math.max(...xs) : Number.NaN);
/** Nearest-rank percentile: p99 of 200 samples is the 198th smallest, never an interpolation. */
export function percentile(xs, p) {
  if (!xs.length) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
export const fmt = (n, digits = 2) =>
  Number.isFinite(n) ? n.toFixed(digits).replace(/\.?0+$/, "") || "0" : "n/a";

/* ───────────────────────────── fake Telegram Bot API ───────────────────────────── */

const SENDS = ["sendMessage", "sendPhoto", "copyMessage"];

/**
 * Answers Bot API calls like Telegram would, well enough for the bot: sends return a message with a
 * per-chat increasing id (shared with the users' own messages, as in a real private chat),
 * everything else returns `true`. Every call is recorded for the driver. How the calls arrive (an
 * HTTP server, or a replaced globalThis.fetch) is the subclass's business.
 */
export class FakeTelegram {
  calls = [];
  #nextId = new Map();

  /** The next message id in a chat: used by the bot's sends and by the bench's own user messages. */
  nextMessageId(chatId) {
    const id = (this.#nextId.get(chatId) ?? 0) + 1;
    this.#nextId.set(chatId, id);
    return id;
  }

  /**
   * One Bot API call: `path` is `/bot<token>/<method>`, `raw` the request body. Returns the JSON
   * text of Telegram's answer.
   */
  answer(path, raw) {
    const method = path.match(/^\/bot[^/]+\/([A-Za-z]+)/)?.[1] ?? "?";
    let payload = {};
    try {
      payload = raw ? JSON.parse(raw) : {};
    } catch {
      payload = { raw }; // multipart (a photo upload): kept but not inspected
    }
    const call = { method, payload, seq: this.calls.length };
    this.calls.push(call);
    let result = true;
    if (SENDS.includes(method)) {
      const chatId = Number(payload.chat_id);
      const id = this.nextMessageId(chatId);
      call.messageId = id;
      result =
        method === "copyMessage"
          ? { message_id: id }
          : {
              message_id: id,
              date: Math.floor(Date.now() / 1000),
              chat: { id: chatId, type: "private" },
              text: payload.text ?? payload.caption ?? "",
            };
    }
    return JSON.stringify({ ok: true, result });
  }

  callsSince(seq) {
    return this.calls.slice(seq);
  }
}

/* ───────────────────────────── the report driver ───────────────────────────── */

let updateId = 1000;
const now = () => Math.floor(Date.now() / 1000);
// Students speak Albanian (the school's language); the admin and the staff use English, whose
// replies the bench parses ("Code:", "Cases — all open (N):").
const ENGLISH_USERS = new Set([ADMIN_ID, PRINCIPAL_ID, ADVISER_ID, QUEUE_ADVISER_ID]);
const user = (id) => ({
  id,
  is_bot: false,
  first_name: `U${id}`,
  language_code: ENGLISH_USERS.has(id) ? "en" : "sq",
});
const privateChat = (id) => ({ id, type: "private", first_name: `U${id}` });

export function messageUpdate(telegram, userId, text, entities) {
  return {
    update_id: ++updateId,
    message: {
      message_id: telegram.nextMessageId(userId),
      date: now(),
      chat: privateChat(userId),
      from: user(userId),
      text,
      ...(entities ? { entities } : {}),
    },
  };
}

export function callbackUpdate(userId, messageId, data) {
  return {
    update_id: ++updateId,
    callback_query: {
      id: String(++updateId),
      from: user(userId),
      chat_instance: "x",
      data,
      message: { message_id: messageId, date: now(), chat: { id: userId, type: "private" }, text: "." },
    },
  };
}

/** The action of a flow button: `F…<answers>.<action>~<mac>` → `<action>`. */
export function actionOf(callbackData) {
  const body = callbackData.slice(0, callbackData.lastIndexOf("~"));
  return body.slice(body.lastIndexOf(".") + 1);
}

/**
 * Follows the inline keyboards in one chat as Telegram would show them: a send with reply_markup
 * adds a keyboard, an edit replaces (or, without reply_markup, removes) the keyboard of that message.
 */
export class ChatView {
  keyboards = new Map(); // message id → { rows, seq }

  constructor(chatId) {
    this.chatId = chatId;
  }

  apply(calls) {
    for (const { method, payload, messageId, seq } of calls) {
      if (Number(payload.chat_id) !== this.chatId) continue;
      const rows = payload.reply_markup?.inline_keyboard;
      if (["sendMessage", "sendPhoto", "copyMessage"].includes(method)) {
        if (rows) this.keyboards.set(messageId, { rows, seq });
      } else if (["editMessageText", "editMessageReplyMarkup", "editMessageCaption"].includes(method)) {
        if (rows) this.keyboards.set(payload.message_id, { rows, seq });
        else this.keyboards.delete(payload.message_id);
      } else if (method === "deleteMessage") {
        this.keyboards.delete(payload.message_id);
      }
    }
  }

  /** The most recently sent or edited keyboard still on screen. */
  latest() {
    let best;
    for (const [messageId, k] of this.keyboards) if (!best || k.seq > best.seq) best = { messageId, ...k };
    return best && { messageId: best.messageId, buttons: best.rows.flat().filter((b) => b.callback_data) };
  }
}

/** Which update type a step is, for the per-type breakdown. */
export const KIND = {
  start: "/start s-<code>",
  choice: "button: choice",
  summary: "button: summary ok",
  describe: "message: description",
};

/**
 * One student's complete report, from `/start s-<code>` to the "✅" confirmation.
 * Returns every update's measurement, tagged with its kind.
 */
export async function driveReport(worker, telegram, studentId, schoolCode) {
  const view = new ChatView(studentId);
  const steps = [];
  const post = async (kind, update) => {
    const result = await worker.post(update);
    if (result.status !== 200) {
      throw new Error(`student ${studentId}: ${kind} answered HTTP ${result.status}\n${worker.tail()}`);
    }
    view.apply(result.calls);
    steps.push({ kind, ...result });
    return result;
  };
  const confirmed = (result) =>
    result.calls.some(
      (c) =>
        c.method === "sendMessage" &&
        Number(c.payload.chat_id) === studentId &&
        c.payload.text?.includes("✅"),
    );

  let result = await post(
    KIND.start,
    messageUpdate(telegram, studentId, `/start s-${schoolCode}`, [
      { type: "bot_command", offset: 0, length: 6 },
    ]),
  );
  const choices = [...REPORT_CHOICES];
  for (let guard = 0; guard < 20; guard++) {
    if (confirmed(result)) return steps;
    const keyboard = view.latest();
    if (!keyboard)
      throw new Error(`student ${studentId}: no keyboard to press after ${steps.length} updates`);
    const byAction = (action) => keyboard.buttons.find((b) => actionOf(b.callback_data) === action);
    if (byAction("k")) {
      // The description step: the student types their words, which sends the report.
      result = await post(KIND.describe, messageUpdate(telegram, studentId, DESCRIPTION));
    } else if (byAction("s")) {
      result = await post(
        KIND.summary,
        callbackUpdate(studentId, keyboard.messageId, byAction("s").callback_data),
      );
    } else {
      const option = choices.shift();
      const button = option === undefined ? undefined : byAction(`o${option.toString(36)}`);
      if (!button) {
        const seen = keyboard.buttons.map((b) => actionOf(b.callback_data)).join(" ");
        throw new Error(`student ${studentId}: no button for option ${option} (keyboard: ${seen})`);
      }
      result = await post(KIND.choice, callbackUpdate(studentId, keyboard.messageId, button.callback_data));
    }
  }
  throw new Error(`student ${studentId}: no "✅" confirmation after ${steps.length} updates`);
}

/** Creates the bench school as admin and returns its 6-character code. */
export async function createSchool(worker, telegram) {
  const text = "/newschool Bench School; Prizren; XK; sq";
  const result = await worker.post(
    messageUpdate(telegram, ADMIN_ID, text, [{ type: "bot_command", offset: 0, length: 10 }]),
  );
  if (result.status !== 200) throw new Error(`/newschool answered HTTP ${result.status}\n${worker.tail()}`);
  const reply = result.calls.find(
    (c) => c.method === "sendMessage" && Number(c.payload.chat_id) === ADMIN_ID,
  );
  const replyText = reply?.payload.text ?? "";
  const code =
    replyText.match(/start=s-([A-Za-z0-9]{6})/)?.[1] ?? replyText.match(/Code:\s*([A-Za-z0-9]{6})/)?.[1];
  if (!code) throw new Error(`no school code in the /newschool reply: ${JSON.stringify(replyText)}`);
  return code;
}

/* ───────────────────────────── outgoing Bot API calls: the A/B updates ───────────────────────────── */

/**
 * Three updates that differ in how many Bot API calls they make, for the cost of one call:
 * - /privacy from a student: one sendMessage; reads the session (1 KV read) for the language.
 * - a press of the first question's "no": answerCallbackQuery + editMessageText; no KV.
 * - a press of its "yes": the same handler, which also sends the emergency card and the next
 *   question as new messages — 4 calls, still no KV. So "no" → "yes" changes little but the calls,
 *   while /privacy → "no" also changes the handler and the KV read (the pair the issue suggested).
 */
export const PROBE = {
  privacy: "message: /privacy",
  no: 'button: danger "no"',
  yes: 'button: danger "yes" (+ card)',
};

/**
 * Plays the three PROBE updates `rounds` times as one student, interleaved, and returns one sample
 * per update: `{ kind, round, …worker.post()'s result }`. The student's /start (not returned) shows
 * the first question; both buttons are then pressed on that message again and again: the flow state
 * is in the signed callback data, so every press is handled alike and the bot stores nothing.
 */
export async function driveCallProbes(worker, telegram, studentId, schoolCode, rounds) {
  // The bot_command entity covers the command word only, as Telegram sends it.
  const command = (text) =>
    messageUpdate(telegram, studentId, text, [
      { type: "bot_command", offset: 0, length: text.split(" ")[0].length },
    ]);
  const post = async (kind, update) => {
    const result = await worker.post(update);
    if (result.status !== 200)
      throw new Error(`call probes: ${kind} answered HTTP ${result.status}\n${worker.tail()}`);
    return result;
  };
  const view = new ChatView(studentId);
  view.apply((await post("/start", command(`/start s-${schoolCode}`))).calls);
  const keyboard = view.latest();
  const button = (action) => keyboard?.buttons.find((b) => actionOf(b.callback_data) === action);
  // REPORT_CHOICES: the danger question's options are "yes" (o0) and "no" (o1).
  const [yes, no] = [button("o0"), button("o1")];
  if (!yes || !no)
    throw new Error(
      `call probes: no yes/no buttons after /start (keyboard: ${keyboard?.buttons.map((b) => actionOf(b.callback_data)).join(" ")})`,
    );

  const make = {
    [PROBE.privacy]: () => command("/privacy"),
    [PROBE.no]: () => callbackUpdate(studentId, keyboard.messageId, no.callback_data),
    [PROBE.yes]: () => callbackUpdate(studentId, keyboard.messageId, yes.callback_data),
  };
  const kinds = Object.keys(make);
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    // The order rotates every round, so no probe always runs right after the same other one
    // (whose leftovers, e.g. GC debt, it would otherwise always pay).
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[(round + i) % kinds.length];
      samples.push({ kind, round, ...(await post(kind, make[kind]())) });
    }
  }
  return samples;
}
