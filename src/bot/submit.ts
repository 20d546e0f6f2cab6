/**
 * Sending a report: the one place a case is created. The case id is derived from the student's
 * pseudonym and the report attempt, so a redelivered update (or a double tap) overwrites nothing
 * and creates nothing new: it is recognised by its update id and answered again.
 */
import { toCode } from "../crypto/encoding.ts";
import { mac } from "../crypto/pseudonym.ts";
import { openJson, sealJson } from "../crypto/seal.ts";
import {
  CASE_ID_LENGTH,
  displayCode,
  OPEN_STATUSES,
  type SealedPart,
  type StoredCase,
} from "../domain/case.ts";
import { triage } from "../domain/routing.ts";
import { firstSeen, isoWeek, localDayNumber, localIsoDay } from "../domain/time.ts";
import type { FlowState } from "../flow/engine.ts";
import { prune } from "../flow/engine.ts";
import { directoryFor, ROUTING, timeZoneOf } from "../flow/registry.ts";
import type { CardKind, Country, Route } from "../flow/types.ts";
import { keys } from "../storage/keys.ts";
import { getCase, putCase } from "../storage/cases.ts";
import type { Session } from "../storage/sessions.ts";
import { cardText } from "./cards.ts";
import type { UraContext } from "./context.ts";
import { flowOf } from "./flow-view.ts";
import { notifyMember, notifyNewCase } from "./notify.ts";

export interface Content {
  text?: string;
  photo?: string;
}

export async function caseIdFor(ctx: UraContext, state: FlowState): Promise<string> {
  const p = await ctx.ura.pseudonym();
  return toCode(
    await mac(ctx.ura.config.pseudonymKey, "case-id", `${p}|${state.nonce}|${state.startedAt}`),
    CASE_ID_LENGTH,
  );
}

/** Cases the student sent today, counting the current draft only once it became a case. */
export function sentToday(session: Session, nowMs: number, country: Country): number {
  const today = localDayNumber(nowMs, timeZoneOf(country));
  return (session.cases ?? []).filter((c) => c.d === today).length;
}

const ROUTE_CARDS: Record<Route, CardKind[]> = {
  mediation: [],
  staff: [],
  protection: ["referral"],
  wellbeing: ["helpline"],
};

/** Minutes after sending during which more messages are added to the report (children write in bursts). */
export const ADD_WINDOW_MINUTES = 30;

export async function submitReport(ctx: UraContext, state: FlowState, content: Content): Promise<void> {
  const { config, kv, t, now } = ctx.ura;
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return;
  const id = await caseIdFor(ctx, state);
  const existing = await getCase(kv, state.school, id);
  if (existing && existing.updateId !== ctx.update.update_id) {
    await addToReport(ctx, existing, content);
    return;
  }
  const session = await ctx.ura.session.load();
  if (!existing && sentToday(session, now(), state.country) >= config.dailyReportLimit) {
    await ctx.reply(t("limit-reached", { limit: config.dailyReportLimit }));
    return;
  }
  const answers = prune(flowOf(state), ROUTING, state.answers);
  const { route, urgency } = triage(ROUTING, answers);
  const createdAt = existing?.createdAt ?? now();
  const record: StoredCase = existing ?? {
    v: 1,
    id,
    school: state.school,
    country: state.country,
    flow: state.flow,
    answers,
    route,
    urgency,
    status: "new",
    history: [{ e: "new", d: localIsoDay(createdAt, timeZoneOf(state.country)) }],
    createdAt,
    week: isoWeek(createdAt),
    updateId: ctx.update.update_id,
    hasText: Boolean(content.text),
    hasPhoto: Boolean(content.photo),
    sealed: await sealJson(
      config.sealKey,
      {
        ...content,
        chat: chatId,
        lang: ctx.ura.locale,
        owner: await ctx.ura.pseudonym(),
      } satisfies SealedPart,
      keys.case(state.school, id),
    ),
  };
  if (!existing) await putCase(kv, record);
  // Also on a redelivery: if notifying failed the first time (the reason Telegram redelivers),
  // staff must still hear of it. A duplicate notice is better than a lost one.
  await notifyNewCase(ctx.api, kv, config, record, now());
  await confirm(ctx, id, route, urgency === "urgent", state.country, createdAt);
}

/**
 * A message after the report was sent: within ADD_WINDOW_MINUTES, while the case is open, it is
 * added to the report (sealed; its update id makes a redelivery harmless); later, it is pointed
 * to /mycases. Telegram delivers one chat's updates in order, so appends do not race.
 */
async function addToReport(ctx: UraContext, c: StoredCase, content: Content): Promise<void> {
  const { config, kv, t, now } = ctx.ura;
  const code = displayCode(c.id);
  const open = OPEN_STATUSES.includes(c.status) && now() - c.createdAt <= ADD_WINDOW_MINUTES * 60_000;
  if (!open || (!content.text && !content.photo)) {
    await ctx.reply(t("sent-already", { code }));
    return;
  }
  const aad = keys.case(c.school, c.id);
  const sealed = await openJson<SealedPart>(config.sealKey, c.sealed, aad);
  const updateId = ctx.update.update_id;
  if (!(sealed.more ?? []).some((m) => m.u === updateId)) {
    const more = [...(sealed.more ?? []), { ...content, u: updateId }];
    await putCase(kv, {
      ...c,
      hasText: c.hasText || Boolean(content.text),
      hasPhoto: c.hasPhoto || Boolean(content.photo),
      sealed: await sealJson(config.sealKey, { ...sealed, more }, aad),
    });
    await notifyMember(
      ctx.api,
      kv,
      config,
      c.school,
      c.assignee?.id,
      (tt) => tt("added-notice", { code }),
      c.id,
    );
  }
  await ctx.reply(t("report-added", { code }));
}

async function confirm(
  ctx: UraContext,
  id: string,
  route: Route,
  urgent: boolean,
  country: Country,
  at: number,
) {
  const { t } = ctx.ura;
  const seen = firstSeen(at, directoryFor(country).timeZone);
  const when = seen.open
    ? t("first-seen-open")
    : t("first-seen-closed", { when: t("when-morning", { day: t(`day-${seen.day}`) }) });
  const lines = [
    t("sent-title"),
    "",
    t("sent-code", { code: displayCode(id) }),
    t("sent-code-hint"),
    "",
    t(`next-${route}`),
    when,
  ];
  await ctx.reply(lines.join("\n"));
  // Numbers that answer now: always when school is closed or it is urgent, and per route.
  const cards = new Set<CardKind>(ROUTE_CARDS[route]);
  if (!seen.open || urgent) cards.add(urgent ? "emergency" : "referral");
  for (const kind of cards) await ctx.reply(cardText(t, kind, country));
}
