/**
 * What staff do with a case: open it, take it (simultaneous takes detected), hand over, escalate,
 * refer, the mediation workflow (suitability checklist, consents, session, agreement, outcome).
 * Every action re-reads the case and goes through src/domain/access.ts.
 */
import { Composer } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { verifyCallback } from "../../crypto/callback.ts";
import { canTake, canWork, isNotifiedOf, routeIsFor } from "../../domain/access.ts";
import { CASE_ID_LENGTH, displayCode, type StoredCase } from "../../domain/case.ts";
import { applyChange, type Change, mediationConsent } from "../../domain/lifecycle.ts";
import type { StaffMember } from "../../domain/staff.ts";
import type { Translate } from "../../i18n/translate.ts";
import { getCase, putCase } from "../../storage/cases.ts";
import { getStaff, listStaff } from "../../storage/staff.ts";
import { keyboard, type Row, signedButton } from "../buttons.ts";
import { chunks } from "../limits.ts";
import { cardText as referralCard } from "../cards.ts";
import { localeDigit } from "../callback-locale.ts";
import { cardText, noticeText } from "../case-view.ts";
import type { UraContext } from "../context.ts";
import {
  buttonFor,
  caseUpdate,
  notifyMember,
  notifyStaff,
  openNotes,
  openSealed,
  tellStudent,
} from "../notify.ts";
import { caseForStaff, requireStaff, staffName } from "../staff.ts";

export const cases = new Composer<UraContext>();

export const CHECKLIST = ["check-peers", "check-no-injury", "check-no-abuse", "check-wants"] as const;

const act = (ctx: UraContext, id: string, action: string) => `C${localeDigit(ctx.ura.locale)}${id}${action}`;
const btn = (ctx: UraContext, text: string, id: string, action: string) =>
  signedButton(ctx, text, act(ctx, id, action));

/** The buttons a member has on a case, by its status and their role. */
async function actions(ctx: UraContext, member: StaffMember, c: StoredCase): Promise<Row[]> {
  const { t } = ctx.ura;
  const id = c.id;
  if (c.status === "new")
    return [[await btn(ctx, t("act-take"), id, "t")], [await btn(ctx, t("act-refer"), id, "r")]];
  if (!canWork(member, c) || !["taken", "mediation"].includes(c.status)) return [];
  const rows: Row[] = [[await btn(ctx, t("act-write"), id, "w"), await btn(ctx, t("act-note"), id, "n")]];
  if (c.status === "taken" && c.route === "mediation")
    rows.push([await btn(ctx, t("act-mediation"), id, "k")]);
  if (c.status === "mediation") {
    const consent = mediationConsent(c);
    if (consent === "waiting" && !c.mediation?.otherConsent) {
      rows.push([await btn(ctx, t("act-other-yes"), id, "y"), await btn(ctx, t("act-other-no"), id, "z")]);
    }
    if (consent === "given") {
      rows.push([await btn(ctx, t("act-schedule"), id, "s")]);
      rows.push([
        await btn(ctx, t("act-agreement"), id, "a"),
        await btn(ctx, t("act-no-agreement"), id, "x"),
      ]);
    }
    // Someone said no: mediation only happens if both sides agree — the case is closed or referred on.
    if (consent === "refused") rows.push([await btn(ctx, t("act-not-suitable"), id, "u")]);
  }
  rows.push([await btn(ctx, t("act-refer"), id, "r"), await btn(ctx, t("act-handover"), id, "h")]);
  if (!c.escalated && member.role !== "principal") rows.push([await btn(ctx, t("act-escalate"), id, "e")]);
  return rows;
}

/** Shows the case: the full card (and photo) to whoever may work on it, the notice to others. */
export async function showCase(
  ctx: UraContext,
  member: StaffMember,
  c: StoredCase,
  edit = false,
): Promise<void> {
  const { t, config, now } = ctx.ura;
  const rows = await actions(ctx, member, c);
  let text = noticeText(t, c, now());
  if (canWork(member, c)) {
    const sealed = await openSealed(config, c);
    text = cardText(t, c, { ...sealed, notes: await openNotes(config, c) }, now());
    const photos = [sealed.photo, ...(sealed.more ?? []).map((m) => m.photo)].filter((p): p is string =>
      Boolean(p),
    );
    for (const photo of photos) {
      if (ctx.chat)
        await ctx.api.sendPhoto(ctx.chat.id, photo, {
          caption: t("card-photo", { code: displayCode(c.id) }),
        });
    }
  }
  // A long report fills several messages; the buttons go under the last one.
  const pieces = chunks(text);
  const last = pieces.pop() ?? "";
  for (const piece of pieces) await ctx.reply(piece);
  if (edit && pieces.length === 0) await ctx.editMessageText(last, { reply_markup: keyboard(rows) });
  else await ctx.reply(last, { reply_markup: keyboard(rows) });
}

cases.callbackQuery(/^O\d/, async (ctx) => {
  const body = await verifyCallback(ctx.ura.config.pseudonymKey, ctx.from.id, ctx.callbackQuery.data);
  if (!body) return ctx.answerCallbackQuery({ text: ctx.ura.t("button-expired") });
  const member = await requireStaff(ctx);
  if (!member) return;
  const c = await caseForStaff(ctx, member, body.slice(2));
  if (!c) return;
  await ctx.answerCallbackQuery();
  await showCase(ctx, member, c);
});

/** Saves a lifecycle change, or tells the person why it cannot happen (e.g. already closed). */
async function change(ctx: UraContext, c: StoredCase, ch: Change): Promise<StoredCase | null> {
  const result = applyChange(c, ch, ctx.ura.now());
  if (!result.ok) {
    await ctx.reply(ctx.ura.t("case-wrong-status", { status: ctx.ura.t(`staff-status-${c.status}`) }));
    return null;
  }
  await putCase(ctx.ura.kv, result.next);
  return result.next;
}

/** Tells the adults responsible outside mediation (lead, principal) — the code, never the content. */
function tellOutsideMediation(
  ctx: UraContext,
  member: StaffMember,
  c: StoredCase,
  text: (t: Translate) => string,
) {
  const { kv, config } = ctx.ura;
  const responsible = (s: { id: number; role: StaffMember["role"] }) =>
    s.id !== member.id && isNotifiedOf(s.role, { route: "staff", urgency: c.urgency });
  return notifyStaff(ctx.api, kv, config, c.school, responsible, text, c.id);
}

cases.callbackQuery(/^C\d/, async (ctx) => {
  const body = await verifyCallback(ctx.ura.config.pseudonymKey, ctx.from.id, ctx.callbackQuery.data);
  if (!body) return ctx.answerCallbackQuery({ text: ctx.ura.t("button-expired") });
  const member = await requireStaff(ctx);
  if (!member) return;
  const id = body.slice(2, 2 + CASE_ID_LENGTH);
  const action = body.slice(2 + CASE_ID_LENGTH);
  const c = await caseForStaff(ctx, member, id);
  if (!c) return;
  const { t, kv, config, now } = ctx.ura;
  if (action === "t") return take(ctx, member, c);
  if (!canWork(member, c) && !(action === "r" && c.status === "new")) {
    return ctx.answerCallbackQuery({ text: t("case-not-yours"), show_alert: true });
  }
  await ctx.answerCallbackQuery();
  switch (action[0]) {
    case "w":
    case "n":
    case "s":
    case "a": {
      if (action[0] !== "w" && action[0] !== "n" && mediationConsent(c) !== "given") {
        return ctx.reply(t("consent-missing"));
      }
      const mode = ({ w: "student", n: "note", s: "schedule", a: "agreement" } as const)[action[0]];
      const session = await ctx.ura.session.load();
      await ctx.ura.session.save({ ...session, compose: { s: c.school, c: c.id, m: mode, at: now() } });
      return ctx.reply(t(`compose-${mode}`, { code: displayCode(c.id) }));
    }
    case "h": {
      if (action.length > 1) return handover(ctx, member, c, Number(action.slice(1)));
      // Only people whose queue this route belongs to: a protection case never goes to the club.
      const colleagues = (await listStaff(kv, c.school)).filter(
        (s) => s.id !== member.id && routeIsFor(s.role, c.route),
      );
      if (colleagues.length === 0) return ctx.reply(t("handover-nobody"));
      const rows = await Promise.all(colleagues.map(async (s) => [await btn(ctx, s.name, c.id, `h${s.id}`)]));
      return ctx.reply(t("handover-pick"), { reply_markup: keyboard(rows) });
    }
    case "e": {
      const next = await change(ctx, c, { kind: "escalate" });
      if (!next) return;
      await notifyStaff(
        ctx.api,
        kv,
        config,
        c.school,
        (s) => s.role === "principal",
        (tt) => tt("escalated-notice", { code: displayCode(c.id), name: staffName(member) }),
        c.id,
      );
      return ctx.reply(t("escalated-done"));
    }
    case "r": {
      if (action === "r") {
        const rows = [
          [await btn(ctx, t("act-refer-staff"), c.id, "rs")],
          [await btn(ctx, t("act-refer-external"), c.id, "re")],
        ];
        return ctx.reply(`${t("refer-pick")}\n\n${referralCard(t, "referral", c.country)}`, {
          reply_markup: keyboard(rows),
        });
      }
      const external = action === "re";
      const next = await change(ctx, c, { kind: external ? "refer-external" : "refer-staff" });
      if (!next) return;
      // Whoever refers, the adults responsible outside mediation hear of it (no content).
      await tellOutsideMediation(ctx, member, c, (tt) =>
        tt(external ? "referred-external-notice" : "referred-notice", { code: displayCode(c.id) }),
      );
      await tellStudent(ctx.api, config, next, (tt) =>
        [
          caseUpdate(next, external ? "student-referred-external" : "student-referred-staff")(tt),
          ...(external ? ["", referralCard(tt, "referral", c.country)] : []),
        ].join("\n"),
      );
      return ctx.reply(t("refer-done"));
    }
    case "k":
      return checklist(ctx, c, action.slice(1));
    case "y":
    case "z": {
      const next = {
        ...c,
        mediation: { ...c.mediation, otherConsent: action === "y" ? "yes" : "no" },
      } satisfies StoredCase;
      await putCase(kv, next);
      return showCase(ctx, member, next);
    }
    case "x":
    case "u": {
      const outcome = action === "x" ? "no-agreement" : "not-suitable";
      const next = await change(ctx, c, { kind: "resolve", outcome });
      if (!next) return;
      await tellStudent(ctx.api, config, next, caseUpdate(next, `student-${outcome}`));
      // Mediation did not help: the school's other adults decide whether the student needs more.
      await tellOutsideMediation(ctx, member, c, (tt) =>
        tt("closed-notice", { code: displayCode(c.id), outcome: tt(`event-${outcome}`) }),
      );
      return ctx.reply(t("resolved-done"));
    }
  }
});

/**
 * Taking a case. KV has no compare-and-swap: the taker writes the case with a random claim token,
 * waits a moment for a simultaneous writer, and re-reads. Last write wins in KV, so every taker
 * reads the same winner; the other is told who has it, and the winner is told too.
 */
async function take(ctx: UraContext, member: StaffMember, c: StoredCase): Promise<void> {
  const { t, kv, config } = ctx.ura;
  if (!canTake(member, c)) {
    await ctx.answerCallbackQuery({
      text: c.assignee
        ? t("take-already", { name: c.assignee.name })
        : t("case-wrong-status", { status: t(`staff-status-${c.status}`) }),
      show_alert: true,
    });
    return;
  }
  await ctx.answerCallbackQuery();
  // The take/refer buttons of this message are spent either way.
  await ctx.editMessageReplyMarkup().catch(() => {});
  const claim = crypto.randomUUID();
  const result = applyChange(
    c,
    { kind: "take", by: { id: member.id, name: staffName(member) } },
    ctx.ura.now(),
  );
  if (!result.ok) return;
  await putCase(kv, { ...result.next, claim });
  if (config.claimSettleMs > 0) await new Promise((resolve) => setTimeout(resolve, config.claimSettleMs));
  const settled = await getCase(kv, c.school, c.id);
  if (settled?.claim !== claim) {
    const winner = settled?.assignee;
    await ctx.reply(t("take-lost", { name: winner?.name ?? "—" }));
    await notifyMember(ctx.api, kv, config, c.school, winner?.id, (tt) =>
      tt("take-won-notice", { code: displayCode(c.id), name: staffName(member) }),
    );
    return;
  }
  await showCase(ctx, member, settled);
  await tellStudent(
    ctx.api,
    config,
    settled,
    caseUpdate(settled, settled.route === "mediation" ? "student-taken-mediation" : "student-taken-staff"),
  );
}

async function handover(ctx: UraContext, member: StaffMember, c: StoredCase, toId: number): Promise<void> {
  const { t, kv, config } = ctx.ura;
  const target = await getStaff(kv, c.school, toId);
  if (!target) return void (await ctx.reply(t("handover-nobody")));
  const next = await change(ctx, c, { kind: "handover", to: { id: target.id, name: staffName(target) } });
  if (!next) return;
  await notifyMember(
    ctx.api,
    kv,
    config,
    c.school,
    target.id,
    (tt) => tt("handover-notice", { code: displayCode(c.id), name: staffName(member) }),
    c.id,
  );
  await ctx.reply(t("handover-done", { name: staffName(target) }));
}

/** The suitability checklist, one tap per item; the answers so far travel in the button. */
async function checklist(ctx: UraContext, c: StoredCase, answered: string): Promise<void> {
  const { t, kv, config } = ctx.ura;
  if (c.status !== "taken")
    return void (await ctx.reply(t("case-wrong-status", { status: t(`staff-status-${c.status}`) })));
  const index = answered.length;
  if (index < CHECKLIST.length) {
    const item = CHECKLIST[index] as string;
    const rows: InlineKeyboardButton[][] = [
      [
        await btn(ctx, t("check-yes"), c.id, `k${answered}1`),
        await btn(ctx, t("check-no"), c.id, `k${answered}0`),
      ],
    ];
    const text = `${t("check-title", { n: index + 1, of: CHECKLIST.length })}\n${t(item)}`;
    if (index === 0) await ctx.reply(text, { reply_markup: keyboard(rows) });
    else await ctx.editMessageText(text, { reply_markup: keyboard(rows) });
    return;
  }
  const items = [...answered].map((a) => a === "1");
  const suitable = items.every(Boolean);
  if (!suitable) {
    // Not suitable for mediation: referred on (directory at hand), or closed as not suitable.
    await putCase(kv, { ...c, mediation: { ...c.mediation, checklist: items } });
    const rows = [
      [await btn(ctx, t("act-refer-staff"), c.id, "rs")],
      [await btn(ctx, t("act-refer-external"), c.id, "re")],
    ];
    // Serious injury, a weapon, sexual or home violence: never just closed — only referred on.
    if (items[1] && items[2]) rows.push([await btn(ctx, t("act-not-suitable"), c.id, "u")]);
    await ctx.editMessageText(`${t("check-unsuitable")}\n\n${referralCard(t, "referral", c.country)}`, {
      reply_markup: keyboard(rows),
    });
    return;
  }
  const started = applyChange(
    { ...c, mediation: { ...c.mediation, checklist: items, studentConsent: "asked" } },
    { kind: "start-mediation" },
    ctx.ura.now(),
  );
  if (!started.ok) return;
  await putCase(kv, started.next);
  await ctx.editMessageText(t("check-suitable"));
  await tellStudent(
    ctx.api,
    config,
    started.next,
    caseUpdate(started.next, "student-consent-ask"),
    async (tt, chat, locale) => [
      [
        await buttonFor(config, chat, tt("consent-yes"), `G${localeDigit(locale)}${c.school}${c.id}y`),
        await buttonFor(config, chat, tt("consent-no"), `G${localeDigit(locale)}${c.school}${c.id}n`),
      ],
    ],
  );
}
