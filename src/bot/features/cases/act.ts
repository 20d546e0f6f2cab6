/**
 * What staff do with a case, from its card's buttons: take it, refer it on, hand it over, escalate
 * it, the mediation steps, and starting to write (to the student, a note, the session, the
 * agreement). Every change goes to the school's desk, which checks membership, access and the
 * lifecycle on consistent data and tells whom it concerns; this file only asks and shows.
 */
import { Composer } from "grammy";
import { displayCode } from "../../../domain/case.ts";
import type { Change } from "../../../domain/lifecycle.ts";
import { aboutOther, CHECKLIST, checklistAllowsClosing } from "../../../domain/mediation.ts";
import type { StaffMember } from "../../../domain/staff.ts";
import { routeIsFor } from "../../../domain/access.ts";
import { matcher, type PressContext, signed } from "../../buttons/signed.ts";
import { keyboard } from "../../buttons/sign.ts";
import type { UraContext } from "../../context.ts";
import type { Compose } from "../../session.ts";
import { answerInSteps } from "../../ledger.ts";
import { helpCard } from "../../views/cards.ts";
import { refuse, refusalText, staffOnly } from "../guards.ts";
import { tooMany } from "../limits.ts";
import { openCompose } from "../relay.ts";
import { act, auditEntry, caseSteps } from "./show.ts";

export const acts = new Composer<UraContext>();

/** Asks the desk for a change; shows the card again, or says why not. */
async function change(
  ctx: PressContext,
  member: StaffMember,
  caseId: string,
  change: Change,
  done?: string,
): Promise<void> {
  const desk = ctx.ura.desk(member.school);
  const result = await desk.change(ctx.ura.now(), {
    updateId: ctx.update.update_id,
    caseId,
    memberId: member.id,
    change,
  });
  if (!result.ok) return refuse(ctx, refusalText(ctx, result.reason, result.case, change.kind));
  const opened = await desk.open(ctx.ura.now(), caseId, member.id, await auditEntry(ctx, member, caseId));
  const steps = opened ? await caseSteps(ctx, opened, true) : [];
  // "Handed over to { $name }": the new assignee, as the desk recorded them.
  const name = result.case.assignee?.name ?? "";
  if (done) steps.push(["done", () => ctx.reply(ctx.ura.t(done, { name }))]);
  await answerInSteps(steps, result.done, (finished) => desk.progress(ctx.update.update_id, finished));
  await ctx.answerCallbackQuery();
}

const COMPOSE: Record<string, Compose["m"]> = { w: "student", n: "note", s: "schedule", a: "agreement" };

acts.callbackQuery(
  matcher("act"),
  signed("act", async (ctx, { case: caseId, action }) => {
    const member = await staffOnly(ctx);
    if (!member) return;
    const { t } = ctx.ura;
    const kind = action[0] ?? "";
    const mode = COMPOSE[kind];
    if (mode) return startCompose(ctx, member, caseId, mode);
    switch (kind) {
      case "t":
        return change(ctx, member, caseId, { kind: "take", by: { id: member.id, name: member.name } });
      case "e":
        return change(ctx, member, caseId, { kind: "escalate" }, "escalated-done");
      case "y":
      case "z":
        return change(ctx, member, caseId, { kind: "other-consent", yes: kind === "y" });
      case "c":
        return change(ctx, member, caseId, { kind: "concerned-consent", yes: action === "cy" });
      case "x":
        return change(ctx, member, caseId, { kind: "no-agreement" }, "resolved-done");
      case "u":
        return change(ctx, member, caseId, { kind: "not-suitable" }, "resolved-done");
      case "r":
        if (action === "rs") return change(ctx, member, caseId, { kind: "refer-staff" }, "refer-done");
        if (action === "re") return change(ctx, member, caseId, { kind: "refer-external" }, "refer-done");
        return referMenu(ctx, member, caseId);
      case "h":
        if (action.length > 1)
          return change(
            ctx,
            member,
            caseId,
            { kind: "handover", to: { id: Number(action.slice(1)), name: "" } },
            "handover-done",
          );
        return handoverMenu(ctx, member, caseId);
      case "k":
        return checklist(ctx, member, caseId, action.slice(1));
      default:
        return ctx.answerCallbackQuery({ text: t("button-expired") });
    }
  }),
);

async function referMenu(ctx: PressContext, member: StaffMember, caseId: string) {
  const { t } = ctx.ura;
  const rows = [
    [await act(ctx, t("act-refer-staff"), caseId, "rs")],
    [await act(ctx, t("act-refer-external"), caseId, "re")],
  ];
  await ctx.reply(`${t("refer-pick")}\n\n${helpCard(t, "referral", member.country)}`, {
    reply_markup: keyboard(rows),
  });
  await ctx.answerCallbackQuery();
}

/** Only people whose queue this route belongs to: a protection case never goes to the club (the desk re-checks). */
async function handoverMenu(ctx: PressContext, member: StaffMember, caseId: string) {
  const { t } = ctx.ura;
  const desk = ctx.ura.desk(member.school);
  const opened = await desk.open(ctx.ura.now(), caseId, member.id);
  if (!opened) return refuse(ctx, t("case-not-found"));
  const colleagues = (await desk.members()).filter(
    (s) => s.id !== member.id && routeIsFor(s.role, opened.case.route),
  );
  if (colleagues.length === 0) return refuse(ctx, t("handover-nobody"));
  const rows = await Promise.all(
    colleagues.map(async (s) => [await act(ctx, s.displayName ?? s.name, caseId, `h${s.id}`)]),
  );
  await ctx.reply(t("handover-pick"), { reply_markup: keyboard(rows) });
  await ctx.answerCallbackQuery();
}

/** The suitability checklist, one tap per item: the answers so far travel in the button, nothing is stored until the end. */
async function checklist(ctx: PressContext, member: StaffMember, caseId: string, answered: string) {
  const { t } = ctx.ura;
  if (!/^[01]*$/.test(answered) || answered.length > CHECKLIST.length)
    return ctx.answerCallbackQuery({ text: t("button-expired") });
  const index = answered.length;
  if (index < CHECKLIST.length) {
    const rows = [
      [
        await act(ctx, t("check-yes"), caseId, `k${answered}1`),
        await act(ctx, t("check-no"), caseId, `k${answered}0`),
      ],
    ];
    const text = `${t("check-title", { n: index + 1, of: CHECKLIST.length })}\n${t(CHECKLIST[index] as string)}`;
    if (index === 0) await ctx.reply(text, { reply_markup: keyboard(rows) });
    else await ctx.editMessageText(text, { reply_markup: keyboard(rows) });
    return ctx.answerCallbackQuery();
  }
  const items = [...answered].map((a) => a === "1");
  const suitable = items.every(Boolean);
  const desk = ctx.ura.desk(member.school);
  const result = await desk.change(ctx.ura.now(), {
    updateId: ctx.update.update_id,
    caseId,
    memberId: member.id,
    change: { kind: "checklist", items },
  });
  if (!result.ok) return refuse(ctx, refusalText(ctx, result.reason, result.case, "checklist"));
  if (suitable)
    await ctx.editMessageText(t(aboutOther(result.case) ? "check-suitable-other" : "check-suitable"));
  else {
    // Not suitable: referred on (directory at hand); closed as "not suitable" only when the domain allows it.
    const rows = [
      [await act(ctx, t("act-refer-staff"), caseId, "rs")],
      [await act(ctx, t("act-refer-external"), caseId, "re")],
    ];
    if (checklistAllowsClosing({ checklist: items }))
      rows.push([await act(ctx, t("act-not-suitable"), caseId, "u")]);
    await ctx.editMessageText(`${t("check-unsuitable")}\n\n${helpCard(t, "referral", member.country)}`, {
      reply_markup: keyboard(rows),
    });
  }
  await ctx.answerCallbackQuery();
}

/** The member's next message goes to this case: one message per tap on "Write" (relay.ts). */
async function startCompose(ctx: PressContext, member: StaffMember, caseId: string, mode: Compose["m"]) {
  const { t } = ctx.ura;
  const desk = ctx.ura.desk(member.school);
  const shown = await desk.open(ctx.ura.now(), caseId, member.id);
  if (shown?.may !== "work") return refuse(ctx, t("case-not-yours"));
  const opened = await openCompose(ctx, await ctx.ura.session.load(), {
    s: member.school,
    c: caseId,
    m: mode,
  });
  if (opened === "capped") return tooMany(ctx);
  if (opened === "saved") await ctx.reply(t(`compose-${mode}`, { code: displayCode(caseId) }));
  await ctx.answerCallbackQuery();
}
