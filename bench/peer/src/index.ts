/**
 * The peer: Ura's student report written the way grammY's documentation teaches, for `npm run
 * bench` to compare against (issue 10). Its design, on purpose the common one:
 * - the Bot is built per request inside `fetch`, with `botInfo` from config (grammY's Cloudflare
 *   Workers guide), and answers through `webhookCallback(bot, "cloudflare-mod")`;
 * - `session()` keeps the student's school in KV through @grammyjs/storage-cloudflare's KvAdapter;
 * - @grammyjs/conversations v2 runs the report as one conversation function, its state (the replay
 *   log of every update and API call) in KV through the same adapter;
 * - the case is stored in KV as JSON, and the school's advisers are notified at once with
 *   sendMessage.
 * It asks the same questions with the same buttons as Ura (flows/report.json, Ura's Fluent texts,
 * Ura's routing for the mediation question): only the way the bot is built differs. Help cards, the
 * summary's "change" and "back" are shown but not followed up: the measured report never uses them.
 */
import {
  type Conversation,
  type ConversationFlavor,
  conversations,
  createConversation,
} from "@grammyjs/conversations";
import { KvAdapter } from "@grammyjs/storage-cloudflare";
import { Bot, type Context, InlineKeyboard, type SessionFlavor, session, webhookCallback } from "grammy";
import { helpCard } from "../../../src/bot/views/cards.ts";
import type { Country } from "../../../src/domain/country.ts";
import { triage } from "../../../src/domain/routing.ts";
import { firstSeen } from "../../../src/domain/time.ts";
import { reportFlow, ROUTING, timeZoneOf } from "../../../src/flow/registry.ts";
import type { Locale } from "../../../src/i18n/locales.ts";
import { translate } from "../../../src/i18n/translate.ts";

export interface Env {
  KV: KVNamespace;
  BOT_TOKEN: string;
  BOT_USERNAME: string;
  WEBHOOK_SECRET: string;
  TELEGRAM_API_ROOT?: string;
}

/** What the peer keeps of a school (the bench seeds it): its advisers are told of each case. */
export interface PeerSchool {
  name: string;
  country: Country;
  lang: Locale;
  advisers: number[];
}

interface SessionData {
  school?: string;
}
type PeerContext = ConversationFlavor<Context & SessionFlavor<SessionData>>;
type ReportConversation = Conversation<PeerContext, Context>;

const CHARS = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The report: every question of flows/report.json on the path the answers take, in one function. */
async function report(
  conversation: ReportConversation,
  ctx: Context,
  code: string,
  school: PeerSchool,
  env: Env,
) {
  const flow = reportFlow();
  const lang = school.lang;
  const answers: Record<string, string> = {};
  const t = (id: string) => translate(lang, id, { who: answers.who ?? "me" });
  const chat = ctx.chat?.id ?? 0;
  let messageId: number | undefined;

  /** Shows a step in the report's one message (sent first, then edited), with the navigation rows. */
  const show = async (text: string, rows: InlineKeyboard, first: boolean) => {
    if (!first) rows.text(t("nav-back"), "b");
    rows.text(t("nav-cancel"), "x").row().text(t("nav-quick-exit"), "q");
    if (messageId === undefined) messageId = (await ctx.reply(text, { reply_markup: rows })).message_id;
    else await ctx.api.editMessageText(chat, messageId, text, { reply_markup: rows });
  };
  const choose = async (stepId: string, first = false) => {
    const step = flow.steps[stepId];
    if (step?.type !== "choice") throw new Error(`not a choice: ${stepId}`);
    const rows = new InlineKeyboard();
    for (const [i, o] of step.options.entries()) rows.text(t(o.label), `o${i.toString(36)}`).row();
    await show(t(step.prompt), rows, first);
    const press = await conversation.waitForCallbackQuery(/^o[0-9a-z]$/, {
      otherwise: (other) => other.callbackQuery && other.answerCallbackQuery(),
    });
    await press.answerCallbackQuery();
    const option = step.options[Number.parseInt(press.callbackQuery.data.slice(1), 36)];
    answers[stepId] = option?.id ?? "";
    if (option?.card) await ctx.reply(helpCard(t, option.card, school.country));
  };

  await choose("danger", true);
  await choose("who");
  await choose("what");
  if (answers.what !== "selfharm") {
    if (answers.what === "insults" || answers.what === "physical") await choose("harm");
    if (answers.what === "online") await choose("online");
    for (const stepId of ["by", "where", "when", "often"]) await choose(stepId);
    if (triage(ROUTING, answers).route === "mediation" && answers.who === "me") await choose("mediation");
  }
  const lines = Object.entries(answers).map(([stepId, answer]) => {
    const step = flow.steps[stepId];
    const option = step?.type === "choice" ? step.options.find((o) => o.id === answer) : undefined;
    return step && option ? `• ${t(step.prompt).split("\n")[0]} — ${t(option.label)}` : "";
  });
  const summary = new InlineKeyboard().text(t("summary-ok"), "s").row().text(t("summary-change"), "c").row();
  await show([t("summary-title"), "", ...lines].join("\n"), summary, false);
  await (await conversation.waitForCallbackQuery("s")).answerCallbackQuery();

  const { route, urgency } = triage(ROUTING, answers);
  const readers = t(`readers-${route}`);
  const describe = new InlineKeyboard().text(t("describe-send-without"), "k").row();
  await show(`${t("describe-prompt")}\n\n${translate(lang, "privacy-note", { readers })}`, describe, false);
  const words = await conversation.wait();
  if (words.callbackQuery) await words.answerCallbackQuery();

  let id = "";
  for (let i = 0; i < 10; i++) id += CHARS[Math.floor((await conversation.random()) * CHARS.length)];
  const now = await conversation.now();
  const record = {
    id,
    school: code,
    answers,
    route,
    urgency,
    text: words.message?.text ?? "",
    chat,
    at: now,
  };
  await conversation.external(() => env.KV.put(`case:${code}:${id}`, JSON.stringify(record)));
  for (const adviser of school.advisers) {
    const open = new InlineKeyboard().text(translate("en", "notice-open"), `open:${code}:${id}`);
    await ctx.api.sendMessage(adviser, `${translate("en", "notice-new")}\n${route} · ${urgency}`, {
      reply_markup: open,
    });
  }
  await ctx.api.editMessageReplyMarkup(chat, messageId ?? 0);
  const seen = firstSeen(now, timeZoneOf(school.country));
  const when = seen.open
    ? t("first-seen-open")
    : translate(lang, "first-seen-closed", { when: t("when-morning") });
  const sent = translate(lang, "sent-code", { code: `${id.slice(0, 5)} ${id.slice(5)}` });
  await ctx.reply([t("sent-title"), "", sent, t("sent-code-hint"), "", t(`next-${route}`), when].join("\n"));
  if (!seen.open) await ctx.reply(helpCard(t, "referral", school.country));
}

function buildBot(env: Env): Bot<PeerContext> {
  const bot = new Bot<PeerContext>(env.BOT_TOKEN, {
    botInfo: {
      id: Number(env.BOT_TOKEN.split(":")[0]),
      is_bot: true,
      first_name: "Ura",
      username: env.BOT_USERNAME,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
    } as Bot["botInfo"],
    client: env.TELEGRAM_API_ROOT ? { apiRoot: env.TELEGRAM_API_ROOT } : {},
  });
  bot.use(
    session({ initial: (): SessionData => ({}), storage: new KvAdapter<SessionData>(env.KV as never) }),
  );
  bot.use(
    conversations({ storage: { type: "key", prefix: "conv:", adapter: new KvAdapter(env.KV as never) } }),
  );
  // Conversation arguments are stored as JSON: the env (bindings) is closed over instead.
  bot.use(
    createConversation<PeerContext, Context>(
      (c, ctx, code: string, school: PeerSchool) => report(c, ctx, code, school, env),
      "report",
    ),
  );
  bot.command("start", async (ctx) => {
    const code = /^s-([A-Za-z0-9]{6})$/.exec(ctx.match)?.[1];
    const school = code ? await env.KV.get<PeerSchool>(`school:${code}`, "json") : null;
    if (!code || !school) return ctx.reply(translate("en", "ask-school-code"));
    ctx.session.school = code;
    await ctx.reply(translate(school.lang, "welcome"));
    await ctx.conversation.enter("report", code, school);
  });
  return bot;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/health") return Response.json({ ok: true });
    if (url.pathname !== "/telegram/webhook" || request.method !== "POST")
      return new Response("not found", { status: 404 });
    return webhookCallback(buildBot(env), "cloudflare-mod", { secretToken: env.WEBHOOK_SECRET })(request);
  },
} satisfies ExportedHandler<Env>;
