/**
 * The report conversation. Button presses carry the whole flow state in signed callback data, so
 * they cost no KV read or write; the session is written only when the flow reaches the step that
 * waits for the student's own words (whose arrival sends the report) or on quick exit. That keeps a
 * complete report at two KV writes: the draft, then the case (README, "KV budget").
 */
import { Composer } from "grammy";
import { verifyCallback } from "../../crypto/callback.ts";
import { dayOf, isExpired, toMinutes } from "../../flow/draft.ts";
import { apply, type FlowState, step } from "../../flow/engine.ts";
import { ROUTING, reportFlow } from "../../flow/registry.ts";
import { decodeAction, decodeState, FLOW_KIND } from "../../flow/state-codec.ts";
import { getCase } from "../../storage/cases.ts";
import { cardText } from "../cards.ts";
import type { UraContext } from "../context.ts";
import { answeredText, flowOf, renderPicker, renderStep } from "../flow-view.ts";
import { clearChat } from "../quick-exit.ts";
import { caseIdFor, type Content, sentToday, submitReport } from "../submit.ts";
import type { Country } from "../../flow/types.ts";
import type { Session } from "../../storage/sessions.ts";
import { displayCode } from "../../domain/case.ts";

export const report = new Composer<UraContext>();
const privateChats = report.chatType("private");

/** A new report attempt for a school; the nonce makes its case id unique to this attempt. */
export function newReport(ctx: UraContext, school: string, country: Country): FlowState {
  const flow = reportFlow();
  const nonce = Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => (b % 36).toString(36)).join("");
  return {
    flow: flow.id,
    school,
    country,
    nonce,
    startedAt: toMinutes(ctx.ura.now()),
    step: flow.start,
    answers: {},
    review: false,
  };
}

const isMessageStep = (state: FlowState) => step(flowOf(state), state.step).type === "message";

/**
 * The session with the last report folded into "my cases" once it became a case: a draft outlives
 * its sending (no third write per report), so whoever next rewrites the session settles it first.
 */
async function settledSession(ctx: UraContext, current: FlowState): Promise<Session> {
  const session = await ctx.ura.session.load();
  const previous = session.draft?.state;
  if (!previous || previous.nonce === current.nonce) return session;
  const id = await caseIdFor(ctx, previous);
  if (!(await getCase(ctx.ura.kv, previous.school, id))) return session;
  const cases = [
    ...(session.cases ?? []).filter((c) => c.c !== id),
    { s: previous.school, c: id, d: dayOf(previous) },
  ];
  const { draft: _sent, ...rest } = session;
  return { ...rest, cases };
}

/**
 * Before showing the step that waits for the student's words: the daily limit. Returns the session
 * to save the draft into, or null (and a kind message) when the limit is reached.
 */
async function prepareMessageStep(ctx: UraContext, state: FlowState): Promise<Session | null> {
  const session = await settledSession(ctx, state);
  if (sentToday(session, ctx.ura.now(), state.country) >= ctx.ura.config.dailyReportLimit) {
    await ctx.reply(ctx.ura.t("limit-reached", { limit: ctx.ura.config.dailyReportLimit }));
    return null;
  }
  return session;
}

/** The state must now live in KV (a text message carries no callback data): the report's first write. */
async function saveDraft(ctx: UraContext, session: Session, state: FlowState, messageId: number | undefined) {
  // A new report's words must not be relayed to the club as part of an earlier conversation.
  const { compose: _compose, ...rest } = session;
  await ctx.ura.session.save({
    ...rest,
    school: { code: state.school, country: state.country },
    draft: { state, locale: ctx.ura.locale, ...(messageId ? { msg: messageId } : {}) },
  });
}

/** Sends a step as a new message (start, resume, after a help card). */
export async function sendStep(ctx: UraContext, state: FlowState): Promise<void> {
  const session = isMessageStep(state) ? await prepareMessageStep(ctx, state) : undefined;
  if (session === null) return;
  const view = await renderStep(ctx, state);
  const sent = await ctx.reply(view.text, { reply_markup: view.reply_markup });
  if (session) await saveDraft(ctx, session, state, sent.message_id);
}

report.callbackQuery(new RegExp(`^${FLOW_KIND}`), async (ctx) => {
  const body = await verifyCallback(ctx.ura.config.pseudonymKey, ctx.from.id, ctx.callbackQuery.data);
  const cut = body?.lastIndexOf(".") ?? -1;
  const decoded = body && cut > 0 ? decodeState(body.slice(0, cut)) : null;
  const action = body && cut > 0 ? decodeAction(body.slice(cut + 1)) : null;
  if (!decoded || !action) {
    await ctx.answerCallbackQuery({ text: ctx.ura.t("button-expired") });
    return;
  }
  const { state } = decoded;
  const flow = flowOf(state);
  if (isExpired(state, ctx.ura.now(), flow.expiresAfterHours)) {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.ura.t("report-expired"));
    return;
  }
  if (action.kind === "quick-exit") {
    await ctx.answerCallbackQuery();
    await saveForLater(ctx, state);
    await clearChat(ctx);
    return;
  }
  const outcome = apply(flow, ROUTING, state, action);
  switch (outcome.kind) {
    case "invalid":
      await ctx.answerCallbackQuery({ text: ctx.ura.t("button-expired") });
      return;
    case "cancel":
      await ctx.answerCallbackQuery();
      await cancel(ctx, state);
      return;
    case "pick": {
      await ctx.answerCallbackQuery();
      const view = await renderPicker(ctx, outcome.state);
      await ctx.editMessageText(view.text, { reply_markup: view.reply_markup });
      return;
    }
    case "submit":
      await ctx.answerCallbackQuery();
      await ctx.editMessageReplyMarkup();
      await submitReport(ctx, outcome.state, {});
      return;
    case "show": {
      await ctx.answerCallbackQuery();
      if (outcome.cards.length > 0) {
        // The card comes first and stays: the question is answered in place, the flow goes on below.
        await ctx.editMessageText(answeredText(ctx, outcome.state, state.step));
        for (const card of outcome.cards) {
          await ctx.reply(`${cardText(ctx.ura.t, card, state.country)}\n\n${ctx.ura.t("card-continue")}`);
        }
        await sendStep(ctx, outcome.state);
        return;
      }
      const session = isMessageStep(outcome.state) ? await prepareMessageStep(ctx, outcome.state) : undefined;
      if (session === null) return;
      const view = await renderStep(ctx, outcome.state);
      await ctx.editMessageText(view.text, { reply_markup: view.reply_markup });
      if (session) await saveDraft(ctx, session, outcome.state, ctx.callbackQuery.message?.message_id);
    }
  }
});

/** Quick exit must not lose an unfinished report: keep its state until the student comes back. */
async function saveForLater(ctx: UraContext, state: FlowState): Promise<void> {
  const session = await settledSession(ctx, state);
  if (session.draft?.state.nonce === state.nonce && session.draft.state.step === state.step) return;
  await ctx.ura.session.save({ ...session, draft: { state, locale: ctx.ura.locale } });
}

/** Cancel: a report that was already sent is not "cancelled" — it is with the school. */
async function cancel(ctx: UraContext, state: FlowState): Promise<void> {
  const id = await caseIdFor(ctx, state);
  if (await getCase(ctx.ura.kv, state.school, id)) {
    await ctx.editMessageReplyMarkup().catch(() => {});
    await ctx.reply(ctx.ura.t("sent-already", { code: displayCode(id) }));
    return;
  }
  await ctx.editMessageText(ctx.ura.t("report-cancelled"));
  const session = await ctx.ura.session.load();
  if (session.draft?.state.nonce !== state.nonce) return;
  const { draft: _dropped, ...rest } = session;
  await ctx.ura.session.save(rest);
}

/** The student's own words (or a photo) on the message step: their arrival sends the report. */
privateChats.on(["message:text", "message:photo"], async (ctx, next) => {
  if (ctx.message.text?.startsWith("/")) return next();
  const session = await ctx.ura.session.load();
  const draft = session.draft;
  if (!draft) return next();
  const flow = flowOf(draft.state);
  const s = flow.steps[draft.state.step];
  if (s?.type !== "message") return next();
  if (isExpired(draft.state, ctx.ura.now(), flow.expiresAfterHours)) {
    // An already-sent report is recognised by submitReport; an abandoned one just expired.
    const sent = await getCase(ctx.ura.kv, draft.state.school, await caseIdFor(ctx, draft.state));
    if (!sent) return ctx.reply(ctx.ura.t("report-expired"));
  }
  ctx.ura.setLocale(draft.locale);
  const photo = ctx.message.photo?.at(-1)?.file_id;
  const text = ctx.message.text ?? ctx.message.caption;
  if (photo && !s.acceptsPhoto) return ctx.reply(ctx.ura.t("not-supported-kind"));
  if (text && text.length > s.maxLength) {
    return ctx.reply(ctx.ura.t("describe-too-long", { max: s.maxLength, length: text.length }));
  }
  const content: Content = { ...(text ? { text } : {}), ...(photo ? { photo } : {}) };
  if (draft.msg) await ctx.api.editMessageReplyMarkup(ctx.chat.id, draft.msg).catch(() => {});
  await submitReport(ctx, draft.state, content);
});
