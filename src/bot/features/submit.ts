/**
 * Sending a report: the one place a case is created, by the school's desk. The case id is derived
 * from the student's pseudonym and the report attempt, and the desk remembers the update that sent
 * it: a redelivered update is recognised (the answer is repeated only where it failed), a second
 * tap of an old "send" button finds the case already there, and a message right after sending is
 * added to the report.
 */
import { toCode } from "../../crypto/encoding.ts";
import { mac } from "../../crypto/pseudonym.ts";
import { CASE_ID_LENGTH, displayCode } from "../../domain/case.ts";
import type { CardKind, Country } from "../../domain/country.ts";
import type { Route } from "../../domain/routing.ts";
import { triage } from "../../domain/routing.ts";
import { firstSeen } from "../../domain/time.ts";
import { type FlowState, prune } from "../../flow/engine.ts";
import { ROUTING, timeZoneOf } from "../../flow/registry.ts";
import type { SubmitResult } from "../../storage/desk/api.ts";
import { sealPart, type Words } from "../../storage/sealing.ts";
import type { UraContext } from "../context.ts";
import { answerInSteps, type Step } from "../ledger.ts";
import { type About, helpCard } from "../views/cards.ts";
import { flowOf } from "../views/flow-view.ts";

export async function caseIdFor(ctx: UraContext, state: FlowState): Promise<string> {
  const p = await ctx.ura.pseudonym();
  return toCode(
    await mac(ctx.ura.config.pseudonymKey, "case-id", `${p}|${state.nonce}|${state.startedAt}`),
    CASE_ID_LENGTH,
  );
}

/** Whether this student's report with this id reached the desk. */
export async function wasSent(ctx: UraContext, school: string, id: string): Promise<boolean> {
  return (await ctx.ura.desk(school).mine(ctx.ura.now(), await ctx.ura.owners())).some((c) => c.id === id);
}

const ROUTE_CARDS: Record<Route, CardKind[]> = {
  mediation: [],
  staff: [],
  protection: ["referral"],
  wellbeing: ["helpline"],
};

/** The daily limit: no report now, but the numbers that answer now. */
export async function limitReached(ctx: UraContext, country: Country): Promise<void> {
  const { t, config } = ctx.ura;
  await ctx.reply(
    `${t("limit-reached", { limit: config.dailyReportLimit })}\n\n${helpCard(t, "emergency", country)}`,
  );
}

/**
 * Sends the report with the student's words (or none). `form` is the message whose buttons go once
 * it is sent.
 */
export async function submitReport(
  ctx: UraContext,
  state: FlowState,
  words: Words,
  form?: number,
): Promise<void> {
  const { config, now } = ctx.ura;
  const chat = ctx.chat?.id;
  if (chat === undefined) return;
  const id = await caseIdFor(ctx, state);
  const ref = { school: state.school, id };
  const answers = prune(flowOf(state), ROUTING, state.answers);
  const { route, urgency, above } = triage(ROUTING, answers);
  const ring = config.sealKeys;
  const desk = ctx.ura.desk(state.school);
  const result = await desk.submit(now(), {
    updateId: ctx.update.update_id,
    owners: await ctx.ura.owners(),
    dailyLimit: config.dailyReportLimit,
    case: {
      id,
      country: state.country,
      flow: state.flow,
      answers,
      route,
      urgency,
      programme: above.includes("programme"),
      hasText: Boolean(words.text),
      hasPhoto: Boolean(words.photo),
      sealed: {
        content: await sealPart(ring, ref, "content", words),
        contact: await sealPart(ring, ref, "contact", { chat, lang: ctx.ura.locale }),
      },
    },
  });
  if (result.kind === "limit") return limitReached(ctx, state.country);
  if (result.kind === "gone") return void (await ctx.reply(ctx.ura.t("button-expired")));
  if (result.kind === "exists") return addToReport(ctx, result, words);
  const about: About = answers.who === "other" ? "other" : "me";
  const steps = confirmation(ctx, id, route, urgency === "urgent", state.country, about);
  // The form's buttons go last: an edit that only takes them away can be the webhook's reply.
  if (form !== undefined) steps.push(["form", () => ctx.api.editMessageReplyMarkup(chat, form), "reply"]);
  await answerInSteps(steps, result.done, (done) => desk.progress(ctx.update.update_id, done));
}

/**
 * A message after the report was sent: within the desk's window (30 minutes, a few messages) it is
 * added to the report; later, the student is pointed to /mycases.
 */
async function addToReport(
  ctx: UraContext,
  sent: Extract<SubmitResult, { kind: "exists" }>,
  words: Words,
): Promise<void> {
  const { t } = ctx.ura;
  const code = displayCode(sent.case.id);
  if (!words.text && !words.photo) return void (await ctx.reply(t("sent-already", { code })));
  const n = ctx.update.update_id;
  const ref = { school: sent.case.school, id: sent.case.id };
  const result = await ctx.ura.desk(ref.school).add(ctx.ura.now(), {
    updateId: n,
    owners: await ctx.ura.owners(),
    caseId: ref.id,
    sealed: await sealPart(ctx.ura.config.sealKeys, ref, "addition", words, n),
    hasText: Boolean(words.text),
    hasPhoto: Boolean(words.photo),
  });
  const reply = {
    added: "report-added",
    full: "report-added-full",
    closed: "sent-already",
    gone: "sent-already",
  } as const;
  await ctx.reply(t(reply[result.kind], { code }));
}

/** What the student sees once it is sent: the code, what happens next, when an adult first sees it, and the numbers. */
function confirmation(
  ctx: UraContext,
  id: string,
  route: Route,
  urgent: boolean,
  country: Country,
  about: About,
): Step[] {
  const { t, now } = ctx.ura;
  const seen = firstSeen(now(), timeZoneOf(country));
  const when = seen.open
    ? t("first-seen-open")
    : t("first-seen-closed", { when: t("when-morning", { day: t(`day-${seen.day}`) }) });
  const text = [
    t("sent-title"),
    "",
    t("sent-code", { code: displayCode(id) }),
    t("sent-code-hint"),
    "",
    t(`next-${route}`, { who: about }),
    when,
  ].join("\n");
  // Numbers that answer now: always when school is closed or it is urgent, and per route — each sent on its own.
  const cards = new Set<CardKind>(ROUTE_CARDS[route]);
  if (!seen.open || urgent) cards.add(urgent ? "emergency" : "referral");
  return [
    ["confirm", () => ctx.reply(text)],
    ...[...cards].map((kind): Step => [`card-${kind}`, () => ctx.reply(helpCard(t, kind, country, about))]),
  ];
}
