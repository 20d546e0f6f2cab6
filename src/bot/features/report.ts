/**
 * The report conversation. Button presses carry the whole flow state in signed callback data, so
 * they cost no KV read or write; the session is written only when the flow reaches the step that
 * waits for the student's own words (whose arrival sends the report) or on quick exit. That keeps
 * a complete report at two KV writes: the draft, then the case row (README, "KV budget").
 */
import { Composer } from "grammy";
import { displayCode } from "../../domain/case.ts";
import type { Country } from "../../domain/country.ts";
import { isExpired, toMinutes } from "../../flow/draft.ts";
import { apply, type FlowState, step } from "../../flow/engine.ts";
import { ROUTING, reportFlow } from "../../flow/registry.ts";
import { decodeAction, decodeState } from "../../flow/state-codec.ts";
import { FLOW_TAG } from "../buttons/kinds.ts";
import { verifyFlow } from "../buttons/sign.ts";
import type { UraContext } from "../context.ts";
import { clearChat } from "../quick-exit.ts";
import type { Session } from "../session.ts";
import { type About, expiredForm, helpCard } from "../views/cards.ts";
import { answeredText, flowOf, renderPicker, renderStep } from "../views/flow-view.ts";
import { tooMany } from "./limits.ts";
import { caseIdFor, limitReached, submitReport, wasSent } from "./submit.ts";

export const report = new Composer<UraContext>();

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
const aboutOf = (state: FlowState): About => (state.answers.who === "other" ? "other" : "me");

/**
 * Before the step that waits for the student's words: the daily limit, asked of the desk (it
 * counts what was really sent), so a child never writes words the desk would then refuse. Null (and
 * a kind message with the numbers) when it is reached.
 *
 * Only a student whose session already lists this school can have sent it anything today: every
 * sent report passed through this step's draft, which lists its school, and /forget erases the
 * cases with the session. Asking the desk only then saves a desk call on most reports (`npm run
 * bench`); the desk still enforces the limit when the report is sent.
 */
async function prepareMessageStep(ctx: UraContext, state: FlowState): Promise<Session | null> {
  const session = await ctx.ura.session.load();
  if (!(session.schools ?? []).includes(state.school)) return session;
  const sent = await ctx.ura.desk(state.school).sentToday(ctx.ura.now(), await ctx.ura.owners());
  if (sent >= ctx.ura.config.dailyReportLimit) {
    await limitReached(ctx, state.country);
    return null;
  }
  return session;
}

/**
 * Whether this update is older than the one that saved the student's draft. Telegram redelivers an
 * update whose 200 it missed, up to a day later: such a late press must not put back a report the
 * student has since moved on from (their next words would be sent as, or added to, the wrong one).
 */
function olderThanDraft(ctx: UraContext, session: Session): boolean {
  const draft = session.draft;
  if (draft?.u === undefined || draft.u <= ctx.update.update_id) return false;
  // Telegram's update ids restart at random after a week without updates: only a live draft counts.
  return !isExpired(draft.state, ctx.ura.now(), flowOf(draft.state).expiresAfterHours);
}

/** The state must now live in KV (a text message carries no callback data): the report's first write. */
async function saveDraft(
  ctx: UraContext,
  session: Session,
  state: FlowState,
  msg: number | undefined,
): Promise<boolean> {
  if (olderThanDraft(ctx, session)) return true;
  // A new report's words must not be relayed to the club as part of an earlier conversation.
  const { compose: _compose, ...rest } = session;
  // The school's language is remembered for the fallback (scope.ts); a report in progress was begun in it or by choice.
  const lang = session.school?.code === state.school ? session.school.lang : ctx.ura.locale;
  const school = { code: state.school, country: state.country, lang };
  const saved = await ctx.ura.session.save({
    ...rest,
    school,
    schools: [...new Set([...(session.schools ?? []), state.school])],
    draft: { state, locale: ctx.ura.locale, ...(msg ? { msg } : {}), u: ctx.update.update_id },
  });
  return saved !== "capped";
}

/** Sends a step as a new message (start, resume, after a help card); `intro` goes above it. */
export async function sendStep(ctx: UraContext, state: FlowState, intro?: string): Promise<void> {
  const session = isMessageStep(state) ? await prepareMessageStep(ctx, state) : undefined;
  if (session === null) return;
  const view = await renderStep(ctx, state, intro);
  const sent = await ctx.reply(view.text, { reply_markup: view.reply_markup });
  if (session && !(await saveDraft(ctx, session, state, sent.message_id))) await tooMany(ctx);
}

report.callbackQuery(new RegExp(`^${FLOW_TAG}\\d`), async (ctx) => {
  const { t, config, now } = ctx.ura;
  const data = ctx.callbackQuery.data;
  const pressed = await verifyFlow(config.pseudonymKey, ctx.from.id, data);
  const state = pressed ? decodeState(pressed.state) : null;
  const expired = state ? isExpired(state, now(), flowOf(state).expiresAfterHours) : true;
  // The action follows the signature unsigned (the engine checks it). Quick exit needs no trust — it
  // clears the presser's own chat — so it works on any form, however old or invalid.
  const action = decodeAction(data.slice(data.lastIndexOf(".") + 1));
  if (action?.kind === "quick-exit") {
    if (state && !expired) await saveForLater(ctx, state);
    await ctx.answerCallbackQuery();
    return clearChat(ctx);
  }
  if (!state) {
    // Signed before a key rotation or a flow edit, or forged: its country cannot be trusted, but the
    // school the student last reported to names one — the child may be pressing "in danger".
    const country = (await ctx.ura.session.load()).school?.country;
    if (country) await ctx.reply(expiredForm(t, country));
    return ctx.answerCallbackQuery({ text: t("button-expired") });
  }
  if (!action) return ctx.answerCallbackQuery({ text: t("button-expired") });
  const flow = flowOf(state);
  if (expired) {
    await ctx.editMessageText(expiredForm(t, state.country));
    return ctx.answerCallbackQuery();
  }
  const outcome = apply(flow, ROUTING, state, action);
  switch (outcome.kind) {
    case "invalid":
      return ctx.answerCallbackQuery({ text: t("button-expired") });
    case "cancel":
      await cancel(ctx, state);
      return ctx.answerCallbackQuery();
    case "pick": {
      const view = await renderPicker(ctx, outcome.state);
      await ctx.editMessageText(view.text, { reply_markup: view.reply_markup });
      return ctx.answerCallbackQuery();
    }
    case "submit":
      await submitReport(ctx, outcome.state, {}, ctx.callbackQuery.message?.message_id);
      return ctx.answerCallbackQuery();
    case "show": {
      if (outcome.cards.length > 0) {
        // The card takes the question's place at once (one edit, nothing to repeat on a redelivery);
        // the flow goes on in a new message below it.
        const cards = outcome.cards.map((card) => helpCard(t, card, state.country, aboutOf(outcome.state)));
        await ctx.editMessageText(
          [answeredText(ctx, outcome.state, state.step), "", ...cards, "", t("card-continue")].join("\n"),
        );
        await sendStep(ctx, outcome.state);
        return ctx.answerCallbackQuery();
      }
      const session = isMessageStep(outcome.state) ? await prepareMessageStep(ctx, outcome.state) : undefined;
      if (session === null) return ctx.answerCallbackQuery();
      const view = await renderStep(ctx, outcome.state);
      if (session && !(await saveDraft(ctx, session, outcome.state, ctx.callbackQuery.message?.message_id)))
        return tooMany(ctx);
      await ctx.editMessageText(view.text, { reply_markup: view.reply_markup });
      return ctx.answerCallbackQuery();
    }
  }
});

/** Quick exit must not lose an unfinished report: keep its state until the student comes back. */
async function saveForLater(ctx: UraContext, state: FlowState): Promise<void> {
  const session = await ctx.ura.session.load();
  if (olderThanDraft(ctx, session)) return;
  const saved = await ctx.ura.session.save({
    ...session,
    schools: [...new Set([...(session.schools ?? []), state.school])],
    draft: { state, locale: ctx.ura.locale, u: ctx.update.update_id },
  });
  // Capped: the exit itself matters more than resuming later — the chat is cleared regardless.
  if (saved === "capped") console.error("quick exit: draft not kept (daily writes spent)");
}

/** Cancel: a report that was already sent is not "cancelled" — it is with the school. */
async function cancel(ctx: UraContext, state: FlowState): Promise<void> {
  const { t } = ctx.ura;
  const id = await caseIdFor(ctx, state);
  if (await wasSent(ctx, state.school, id)) {
    await ctx.editMessageReplyMarkup();
    await ctx.reply(t("sent-already", { code: displayCode(id) }));
    return;
  }
  await ctx.editMessageText(t("report-cancelled"));
  const session = await ctx.ura.session.load();
  if (session.draft?.state.nonce !== state.nonce) return;
  const { draft: _dropped, ...rest } = session;
  await ctx.ura.session.save(rest);
}
