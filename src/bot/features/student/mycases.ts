/**
 * /mycases: every report the student sent — asked of the desks of the schools they reported to,
 * so nothing sent is missing — with its status and age, and withdrawing an open one (confirmed).
 */
import { Composer } from "grammy";
import { ageInDays } from "../../../domain/age.ts";
import { displayCode, isOpen } from "../../../domain/case.ts";
import { localIsoDay } from "../../../domain/time.ts";
import { timeZoneOf } from "../../../flow/registry.ts";
import type { MyCase } from "../../../storage/desk/api.ts";
import { matcher, signed } from "../../buttons/signed.ts";
import { keyboard, sign } from "../../buttons/sign.ts";
import type { UraContext } from "../../context.ts";

export const mycases = new Composer<UraContext>();

const MAX_LISTED = 10;

/** The schools whose desks hold this student's reports (the session remembers them). */
export async function reportedTo(ctx: UraContext): Promise<string[]> {
  const session = await ctx.ura.session.load();
  return [...new Set([...(session.schools ?? []), ...(session.draft ? [session.draft.state.school] : [])])];
}

async function allMine(ctx: UraContext): Promise<Array<MyCase & { school: string }>> {
  const owners = await ctx.ura.owners();
  const lists = await Promise.all(
    (await reportedTo(ctx)).map(async (school) =>
      (await ctx.ura.desk(school).mine(ctx.ura.now(), owners)).map((c) => ({ ...c, school })),
    ),
  );
  return lists.flat().sort((a, b) => a.day.localeCompare(b.day));
}

mycases.chatType("private").command("mycases", async (ctx) => {
  const { t, config, locale } = ctx.ura;
  const found = (await allMine(ctx)).slice(-MAX_LISTED);
  if (found.length === 0) return ctx.reply(t("mycases-empty"));
  const country = (await ctx.ura.session.load()).school?.country ?? "XK";
  const today = localIsoDay(ctx.ura.now(), timeZoneOf(country));
  const lines = found.map((c) =>
    t("mycases-row", {
      code: displayCode(c.id),
      status: t(`status-${c.status}`),
      age: t("age", { days: ageInDays(c.day, today) }),
    }),
  );
  const rows = await Promise.all(
    found
      .filter((c) => isOpen(c.status))
      .map(async (c) => [
        {
          text: t("mycases-withdraw", { code: displayCode(c.id) }),
          callback_data: await sign(config.pseudonymKey, ctx.from.id, locale, "withdrawAsk", {
            school: c.school,
            case: c.id,
          }),
        },
      ]),
  );
  await ctx.reply([t("mycases-title"), ...lines].join("\n"), { reply_markup: keyboard(rows) });
});

mycases.callbackQuery(
  matcher("withdrawAsk"),
  signed("withdrawAsk", async (ctx, { school, case: id }) => {
    const { t, config, locale } = ctx.ura;
    const yes = await sign(config.pseudonymKey, ctx.from.id, locale, "withdraw", { school, case: id });
    const no = await sign(config.pseudonymKey, ctx.from.id, locale, "keep", {});
    await ctx.reply(t("withdraw-confirm", { code: displayCode(id) }), {
      reply_markup: keyboard([
        [{ text: t("withdraw-yes"), callback_data: yes }],
        [{ text: t("withdraw-no"), callback_data: no }],
      ]),
    });
    await ctx.answerCallbackQuery();
  }),
);

mycases.callbackQuery(
  matcher("withdraw"),
  signed("withdraw", async (ctx, { school, case: id }) => {
    const { t } = ctx.ura;
    // Ownership is the desk's to check: the case must be this student's under any of their pseudonyms.
    const result = await ctx.ura.desk(school).studentChange(ctx.ura.now(), {
      updateId: ctx.update.update_id,
      caseId: id,
      owners: await ctx.ura.owners(),
      change: { kind: "withdraw" },
    });
    await ctx.editMessageText(result.ok ? t("withdrawn", { code: displayCode(id) }) : t("button-expired"));
    await ctx.answerCallbackQuery();
  }),
);

/** "No, keep it": nothing changes, the question goes away. */
mycases.callbackQuery(
  matcher("keep"),
  signed("keep", async (ctx) => {
    await ctx.deleteMessage();
    await ctx.answerCallbackQuery();
  }),
);
