/**
 * The student's commands around the report: /start (school links and codes, resume), /help,
 * /privacy, /mycases with withdraw, /forget, /clear.
 */
import { Composer } from "grammy";
import { verifyCallback } from "../../crypto/callback.ts";
import { isCode, normalizeCode } from "../../crypto/encoding.ts";
import { openJson } from "../../crypto/seal.ts";
import { displayCode, OPEN_STATUSES, type SealedPart } from "../../domain/case.ts";
import type { School } from "../../domain/school.ts";
import { dayOf, isExpired } from "../../flow/draft.ts";
import { flowById } from "../../flow/registry.ts";
import { SCHOOL_CODE_LENGTH } from "../../flow/state-codec.ts";
import { COUNTRIES, type Country } from "../../flow/types.ts";
import { deleteCase, getCase, putCase } from "../../storage/cases.ts";
import { keys } from "../../storage/keys.ts";
import { getSchool } from "../../storage/schools.ts";
import type { CaseRef, Session } from "../../storage/sessions.ts";
import { applyChange } from "../../domain/lifecycle.ts";
import { keyboard, signedButton } from "../buttons.ts";
import { isNotifiedOf } from "../../domain/access.ts";
import type { Translate } from "../../i18n/translate.ts";
import { notifyMember, notifyStaff } from "../notify.ts";
import { localeDigit } from "../callback-locale.ts";
import { helpText } from "../cards.ts";
import type { UraContext } from "../context.ts";
import { clearChat } from "../quick-exit.ts";
import { caseIdFor } from "../submit.ts";
import { newReport, sendStep } from "./report.ts";

export const student = new Composer<UraContext>();
const pm = student.chatType("private");

const SCHOOL_PAYLOAD = /^s-([A-Za-z0-9]{6})$/;

async function startReportFor(ctx: UraContext, school: School): Promise<void> {
  const { t } = ctx.ura;
  await ctx.reply(
    `${t("welcome")}\n\n${t("welcome-school", { school: school.name, municipality: school.municipality })}`,
  );
  await sendStep(ctx, newReport(ctx, school.code, school.country));
}

/** The draft, if it is still a report to finish (not expired, not already sent). */
async function unfinishedDraft(ctx: UraContext, session: Session) {
  const draft = session.draft;
  const flow = draft && flowById(draft.state.flow);
  if (!draft || !flow || isExpired(draft.state, ctx.ura.now(), flow.expiresAfterHours)) return undefined;
  const sent = await getCase(ctx.ura.kv, draft.state.school, await caseIdFor(ctx, draft.state));
  return sent ? undefined : draft;
}

pm.command("start", async (ctx) => {
  const { t, locale } = ctx.ura;
  const payload = ctx.match.trim();
  const session = await ctx.ura.session.load();
  const linked = SCHOOL_PAYLOAD.exec(payload)?.[1];
  const draft = await unfinishedDraft(ctx, session);
  if (draft && (!linked || normalizeCode(linked) === draft.state.school)) {
    const rows = [
      [await signedButton(ctx, t("resume-continue"), `R${localeDigit(locale)}`)],
      [
        await signedButton(
          ctx,
          t("resume-restart"),
          newReportData(ctx, draft.state.school, draft.state.country),
        ),
      ],
    ];
    await ctx.reply(t("resume-question"), { reply_markup: keyboard(rows) });
    return;
  }
  if (linked) return openSchool(ctx, normalizeCode(linked));
  if (session.school) {
    const button = await signedButton(
      ctx,
      t("start-report"),
      newReportData(ctx, session.school.code, session.school.country),
    );
    await ctx.reply(t("welcome"), { reply_markup: keyboard([[button]]) });
    return;
  }
  await ctx.reply(`${t("welcome")}\n\n${t("ask-school-code")}`);
});

function newReportData(ctx: UraContext, school: string, country: Country): string {
  return `N${localeDigit(ctx.ura.locale)}${school}${COUNTRIES.indexOf(country)}`;
}

async function openSchool(ctx: UraContext, code: string): Promise<void> {
  if (!isCode(code, SCHOOL_CODE_LENGTH)) {
    await ctx.reply(ctx.ura.t("school-code-malformed"));
    return;
  }
  const school = await getSchool(ctx.ura.kv, code);
  if (!school) {
    await ctx.reply(ctx.ura.t("school-code-unknown", { code }));
    return;
  }
  await startReportFor(ctx, school);
}

/** A student who opened the bot without a link types the poster's code. */
pm.on("message:text", async (ctx, next) => {
  const typed = normalizeCode(ctx.message.text);
  if (ctx.message.text.startsWith("/") || typed.length !== SCHOOL_CODE_LENGTH) return next();
  if (!/^[A-Z0-9]+$/.test(typed)) return next();
  await openSchool(ctx, typed);
});

student.callbackQuery(/^[NR]\d/, async (ctx) => {
  const body = await verifyCallback(ctx.ura.config.pseudonymKey, ctx.from.id, ctx.callbackQuery.data);
  await ctx.answerCallbackQuery(body ? undefined : { text: ctx.ura.t("button-expired") });
  if (!body) return;
  await ctx.editMessageReplyMarkup().catch(() => {});
  if (body[0] === "N") {
    const country = COUNTRIES[Number(body.slice(2 + SCHOOL_CODE_LENGTH))];
    if (!country) return;
    await sendStep(ctx, newReport(ctx, body.slice(2, 2 + SCHOOL_CODE_LENGTH), country));
    return;
  }
  const draft = await unfinishedDraft(ctx, await ctx.ura.session.load());
  if (!draft) {
    await ctx.reply(ctx.ura.t("report-expired"));
    return;
  }
  ctx.ura.setLocale(draft.locale);
  await sendStep(ctx, draft.state);
});

pm.command("help", async (ctx) => {
  const { t } = ctx.ura;
  const school = (await ctx.ura.session.load()).school;
  if (school) return ctx.reply(helpText(t, school.country));
  // Without a school we cannot know the country: show all three, 112 works everywhere.
  return ctx.reply([t("help-no-school"), ...COUNTRIES.map((c) => `\n${helpText(t, c)}`)].join("\n"));
});

pm.command("privacy", (ctx) => ctx.reply(ctx.ura.t("privacy-text", { days: ctx.ura.config.retentionDays })));

pm.command("clear", (ctx) => clearChat(ctx));

/** Every case the student sent: the folded list plus the last draft if it became a case. */
async function myCases(ctx: UraContext, session: Session): Promise<CaseRef[]> {
  const refs = [...(session.cases ?? [])];
  const draft = session.draft?.state;
  if (draft) {
    const id = await caseIdFor(ctx, draft);
    if (!refs.some((r) => r.c === id)) refs.push({ s: draft.school, c: id, d: dayOf(draft) });
  }
  return refs;
}

pm.command("mycases", async (ctx) => {
  const { t, kv, locale } = ctx.ura;
  const refs = (await myCases(ctx, await ctx.ura.session.load())).slice(-10);
  const found = (await Promise.all(refs.map((r) => getCase(kv, r.s, r.c)))).filter((c) => c !== null);
  if (found.length === 0) return ctx.reply(t("mycases-empty"));
  const lines = found.map((c) =>
    t("mycases-row", { code: displayCode(c.id), status: t(`status-${c.status}`), week: c.week }),
  );
  const rows = await Promise.all(
    found
      .filter((c) => OPEN_STATUSES.includes(c.status))
      .map(async (c) => [
        await signedButton(
          ctx,
          t("mycases-withdraw", { code: displayCode(c.id) }),
          `W${localeDigit(locale)}${c.school}${c.id}`,
        ),
      ]),
  );
  await ctx.reply([t("mycases-title"), ...lines].join("\n"), { reply_markup: keyboard(rows) });
});

student.callbackQuery(/^[WV]\d/, async (ctx) => {
  const { t, kv, config, locale } = ctx.ura;
  const body = await verifyCallback(config.pseudonymKey, ctx.from.id, ctx.callbackQuery.data);
  await ctx.answerCallbackQuery(body ? undefined : { text: t("button-expired") });
  if (!body) return;
  const school = body.slice(2, 2 + SCHOOL_CODE_LENGTH);
  const id = body.slice(2 + SCHOOL_CODE_LENGTH);
  const found = await getCase(kv, school, id);
  if (!found || !OPEN_STATUSES.includes(found.status)) {
    await ctx.editMessageText(t("button-expired"));
    return;
  }
  if (body[0] === "W") {
    const yes = await signedButton(ctx, t("withdraw-yes"), `V${localeDigit(locale)}${school}${id}`);
    const no = { text: t("withdraw-no"), callback_data: `K${localeDigit(locale)}` };
    await ctx.reply(t("withdraw-confirm", { code: displayCode(id) }), {
      reply_markup: keyboard([[yes], [no]]),
    });
    return;
  }
  // Ownership: the signed button was made for this user, and the sealed owner must match too.
  const sealed = await openJson<SealedPart>(config.sealKey, found.sealed, keys.case(school, id));
  if (sealed.owner !== (await ctx.ura.pseudonym())) return;
  const result = applyChange(found, { kind: "withdraw" }, ctx.ura.now());
  if (!result.ok) return;
  await putCase(kv, result.next);
  await ctx.editMessageText(t("withdrawn", { code: displayCode(id) }));
  await notifyMember(ctx.api, kv, config, school, found.assignee?.id, (tt) =>
    tt("withdrawn-notice", { code: displayCode(id) }),
  );
});

pm.command("forget", async (ctx) => {
  const { t, locale } = ctx.ura;
  const rows = [
    [await signedButton(ctx, t("forget-yes"), `D${localeDigit(locale)}`)],
    [await signedButton(ctx, t("forget-no"), `E${localeDigit(locale)}`)],
  ];
  await ctx.reply(t("forget-confirm"), { reply_markup: keyboard(rows) });
});

student.callbackQuery(/^[DE]\d/, async (ctx) => {
  const { t, kv, config } = ctx.ura;
  const body = await verifyCallback(config.pseudonymKey, ctx.from.id, ctx.callbackQuery.data);
  await ctx.answerCallbackQuery(body ? undefined : { text: t("button-expired") });
  if (!body) return;
  if (body[0] === "E") {
    await ctx.editMessageText(t("forget-kept"));
    return;
  }
  const refs = await myCases(ctx, await ctx.ura.session.load());
  for (const ref of refs) {
    const c = await getCase(kv, ref.s, ref.c);
    if (!c) continue;
    // An adult who was working on it, or who would have, learns that it was withdrawn — not what it said.
    if (OPEN_STATUSES.includes(c.status)) {
      const code = displayCode(c.id);
      const told = (tt: Translate) => tt("withdrawn-notice", { code });
      if (c.assignee) await notifyMember(ctx.api, kv, config, c.school, c.assignee.id, told);
      else await notifyStaff(ctx.api, kv, config, c.school, (s) => isNotifiedOf(s.role, c), told);
    }
    await deleteCase(kv, ref.s, ref.c);
  }
  await ctx.ura.session.erase();
  await ctx.editMessageText(t("forget-done"));
});

/** "No, keep it": nothing changes, the question goes away. */
student.callbackQuery(/^K\d$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.deleteMessage().catch(() => {});
});
