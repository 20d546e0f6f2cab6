/**
 * How a student gets to a report: a poster's link (`/start s-CODE`), a typed school code, or /start
 * again later (continue the unfinished report, or start a new one for their school). The welcome
 * is said once, with the first question.
 */
import { Composer } from "grammy";
import { isCode, normalizeCode } from "../../../crypto/encoding.ts";
import { COUNTRIES } from "../../../domain/country.ts";
import { SCHOOL_CODE_LENGTH, type School } from "../../../domain/school.ts";
import { isExpired } from "../../../flow/draft.ts";
import { flowById } from "../../../flow/registry.ts";
import { getSchool } from "../../../storage/schools.ts";
import { matcher, signed } from "../../buttons/signed.ts";
import { keyboard, sign } from "../../buttons/sign.ts";
import type { UraContext } from "../../context.ts";
import type { Session } from "../../session.ts";
import { helpCard } from "../../views/cards.ts";
import { newReport, sendStep } from "../report.ts";
import { caseIdFor, wasSent } from "../submit.ts";

export const entry = new Composer<UraContext>();
const pm = entry.chatType("private");

const SCHOOL_PAYLOAD = /^s-([A-Za-z0-9]{6})$/;

/** The draft, if it is still a report to finish (not expired, not already sent). */
async function unfinishedDraft(ctx: UraContext, session: Session) {
  const draft = session.draft;
  const flow = draft && flowById(draft.state.flow);
  if (!draft || !flow || isExpired(draft.state, ctx.ura.now(), flow.expiresAfterHours)) return undefined;
  return (await wasSent(ctx, draft.state.school, await caseIdFor(ctx, draft.state))) ? undefined : draft;
}

pm.command("start", async (ctx) => {
  const { t, config, locale } = ctx.ura;
  const payload = ctx.match.trim();
  const session = await ctx.ura.session.load();
  const linked = SCHOOL_PAYLOAD.exec(payload)?.[1];
  const draft =
    session.draft && (!linked || normalizeCode(linked) === session.draft.state.school)
      ? await unfinishedDraft(ctx, session)
      : undefined;
  if (draft) {
    const restart = await sign(config.pseudonymKey, ctx.from.id, locale, "newReport", {
      school: draft.state.school,
      country: String(COUNTRIES.indexOf(draft.state.country)),
    });
    const rows = [
      [
        {
          text: t("resume-continue"),
          callback_data: await sign(config.pseudonymKey, ctx.from.id, locale, "resume", {}),
        },
      ],
      [{ text: t("resume-restart"), callback_data: restart }],
    ];
    return ctx.reply(t("resume-question"), { reply_markup: keyboard(rows) });
  }
  if (linked) return openSchool(ctx, normalizeCode(linked), true);
  if (session.school) {
    const data = await sign(config.pseudonymKey, ctx.from.id, locale, "newReport", {
      school: session.school.code,
      country: String(COUNTRIES.indexOf(session.school.country)),
    });
    return ctx.reply(t("welcome"), {
      reply_markup: keyboard([[{ text: t("start-report"), callback_data: data }]]),
    });
  }
  await ctx.reply(`${t("welcome")}\n\n${t("ask-school-code")}`);
});

/**
 * Opens a school's report form. From a poster's link the welcome comes with the first question;
 * after a typed code the student already read it, so only the school is named.
 */
export async function openSchool(ctx: UraContext, code: string, welcome: boolean): Promise<void> {
  const { t } = ctx.ura;
  if (!isCode(code, SCHOOL_CODE_LENGTH)) return void (await ctx.reply(t("school-code-malformed")));
  const school = await getSchool(ctx.ura.kv, code);
  if (!school) return void (await ctx.reply(t("school-code-unknown", { code })));
  ctx.ura.useSchoolLanguage(school.lang);
  if (school.archived) return void (await ctx.reply(archivedText(ctx, school)));
  const named = ctx.ura.t("welcome-school", { school: school.name, municipality: school.municipality });
  await sendStep(
    ctx,
    newReport(ctx, school.code, school.country),
    welcome ? `${ctx.ura.t("welcome")}\n\n${named}` : named,
  );
}

/** An archived school takes no reports: the student is told where help is, not left at a dead end. */
function archivedText(ctx: UraContext, school: School): string {
  const { t } = ctx.ura;
  return `${t("school-archived", { school: school.name })}\n\n${helpCard(t, "emergency", school.country)}\n\n${helpCard(t, "referral", school.country)}`;
}

entry.callbackQuery(
  matcher("newReport"),
  signed("newReport", async (ctx, { school, country }) => {
    const c = COUNTRIES[Number(country)];
    await ctx.editMessageReplyMarkup();
    if (c) await sendStep(ctx, newReport(ctx, school, c));
    await ctx.answerCallbackQuery();
  }),
);

entry.callbackQuery(
  matcher("resume"),
  signed("resume", async (ctx) => {
    await ctx.editMessageReplyMarkup();
    const draft = await unfinishedDraft(ctx, await ctx.ura.session.load());
    if (!draft) await ctx.reply(ctx.ura.t("report-expired"));
    else {
      ctx.ura.setLocale(draft.locale);
      await sendStep(ctx, draft.state);
    }
    await ctx.answerCallbackQuery();
  }),
);
