/**
 * The student's buttons about their case: "Answer" (their next message goes to whoever works on
 * it), consent to mediation, and the check-in ("Is it better now?"). Each was signed for the
 * student; the desk also checks the case is theirs and that the question is still open — an old
 * button on a resolved case changes nothing.
 */
import { Composer } from "grammy";
import { displayCode } from "../../domain/case.ts";
import type { StudentChange } from "../../storage/desk/api.ts";
import { matcher, type PressContext, signed } from "../buttons/signed.ts";
import type { UraContext } from "../context.ts";
import { tooMany } from "./limits.ts";
import { openCompose } from "./relay.ts";

export const answers = new Composer<UraContext>();

answers.callbackQuery(
  matcher("answer"),
  signed("answer", async (ctx, { school, case: id }) => {
    const { t } = ctx.ura;
    const opened = await openCompose(ctx, await ctx.ura.session.load(), { s: school, c: id, m: "club" });
    if (opened === "capped") return tooMany(ctx);
    if (opened === "saved") await ctx.reply(t("compose-club", { code: displayCode(id) }));
    await ctx.answerCallbackQuery();
  }),
);

async function answer(ctx: PressContext, school: string, id: string, change: StudentChange, thanks: string) {
  const result = await ctx.ura.desk(school).studentChange(ctx.ura.now(), {
    updateId: ctx.update.update_id,
    caseId: id,
    owners: await ctx.ura.owners(),
    change,
  });
  await ctx.editMessageReplyMarkup();
  await ctx.reply(ctx.ura.t(result.ok ? thanks : "answer-too-late"));
  await ctx.answerCallbackQuery();
}

answers.callbackQuery(
  matcher("consent"),
  signed("consent", (ctx, { school, case: id, yes }) =>
    answer(
      ctx,
      school,
      id,
      { kind: "student-consent", yes: yes === "1" },
      yes === "1" ? "consent-thanks-yes" : "consent-thanks-no",
    ),
  ),
);

answers.callbackQuery(
  matcher("checkIn"),
  signed("checkIn", (ctx, { school, case: id, yes }) =>
    answer(
      ctx,
      school,
      id,
      { kind: "check-in", better: yes === "1" },
      yes === "1" ? "checkin-thanks-better" : "checkin-thanks-worse",
    ),
  ),
);
