/**
 * The anonymous conversation about a case, and the student's answers to the club's questions.
 * Everything is re-sent by the bot as itself (sendMessage / sendPhoto with the file id) — never
 * forwarded — so the adviser never learns who the student is, and the student sees "the mediation
 * club" unless the adviser chose a display name. Messages are not stored: they live in the chats.
 */
import { Composer } from "grammy";
import { verifyCallback } from "../../crypto/callback.ts";
import { sealJson } from "../../crypto/seal.ts";
import { CASE_ID_LENGTH, displayCode, OPEN_STATUSES, type StoredCase } from "../../domain/case.ts";
import { applyChange, mediationConsent } from "../../domain/lifecycle.ts";
import { formatLocal, parseSession } from "../../domain/schedule.ts";
import { DAY_MS } from "../../domain/time.ts";
import { directoryFor } from "../../flow/registry.ts";
import { SCHOOL_CODE_LENGTH } from "../../flow/state-codec.ts";
import { getCase, putCase } from "../../storage/cases.ts";
import { keys } from "../../storage/keys.ts";
import { getStaff } from "../../storage/staff.ts";
import type { Compose } from "../../storage/sessions.ts";
import { translator } from "../../i18n/translate.ts";
import { localeDigit } from "../callback-locale.ts";
import type { UraContext } from "../context.ts";
import {
  buttonFor,
  caseUpdate,
  notifyMember,
  openNotes,
  openSealed,
  resend,
  tellStudent,
} from "../notify.ts";
import { requireStaff, staffName } from "../staff.ts";
import { canWork } from "../../domain/access.ts";

export const relay = new Composer<UraContext>();
const pm = relay.chatType("private");

/** Days after an agreement before the student is asked "Is it better now?" (DESIGN: 1–2 weeks). */
export const CHECK_IN_AFTER_DAYS = 10;

pm.on(["message:text", "message:photo"], async (ctx, next) => {
  if (ctx.message.text?.startsWith("/")) return next();
  const session = await ctx.ura.session.load();
  const compose = session.compose;
  if (!compose || ctx.ura.now() - compose.at > DAY_MS) return next();
  const c = await getCase(ctx.ura.kv, compose.s, compose.c);
  if (!c || !OPEN_STATUSES.includes(c.status)) {
    const { compose: _gone, ...rest } = session;
    await ctx.ura.session.save(rest);
    return ctx.reply(ctx.ura.t("compose-closed"));
  }
  const text = ctx.message.text ?? ctx.message.caption;
  const photo = ctx.message.photo?.at(-1)?.file_id;
  if (compose.m === "club") return fromStudent(ctx, c, text, photo);
  const member = await requireStaff(ctx);
  if (!member || !canWork(member, c)) return ctx.reply(ctx.ura.t("case-not-yours"));
  const done = async () => {
    const { compose: _done, ...rest } = session;
    await ctx.ura.session.save(rest);
  };
  switch (compose.m) {
    case "student":
      // One message per tap on "Write": an adviser's later words never reach a child by accident.
      await done();
      return toStudent(ctx, c, member.displayName, text, photo);
    case "note":
      await addNote(ctx, c, `${staffName(member)}: ${text ?? ""}`);
      await done();
      return ctx.reply(ctx.ura.t("note-saved"));
    case "schedule":
    case "agreement":
      // Consent may have been withdrawn since the adviser tapped the button.
      if (mediationConsent(c) !== "given") {
        await done();
        return ctx.reply(ctx.ura.t("consent-missing"));
      }
      return compose.m === "schedule"
        ? schedule(ctx, c, text ?? "", done)
        : agreement(ctx, c, text ?? "", done);
  }
});

/** The student sees the adviser's chosen display name, or "the mediation club" — never more. */
async function toStudent(
  ctx: UraContext,
  c: StoredCase,
  displayName: string | undefined,
  text?: string,
  photo?: string,
) {
  const { config } = ctx.ura;
  const sealed = await openSealed(config, c);
  const t = translator(sealed.lang);
  const from = displayName ?? t("club-name");
  const header = t("relay-from-club", { from, code: displayCode(c.id) });
  const reply = await buttonFor(
    config,
    sealed.chat,
    t("relay-reply"),
    `A${localeDigit(sealed.lang)}${c.school}${c.id}`,
  );
  await resend(ctx.api, sealed.chat, header, { text, photo }, reply);
  await ctx.reply(ctx.ura.t("relay-sent"));
}

async function fromStudent(ctx: UraContext, c: StoredCase, text?: string, photo?: string) {
  const { kv, config, t } = ctx.ura;
  const assignee = c.assignee && (await getStaff(kv, c.school, c.assignee.id));
  if (!assignee) return ctx.reply(t("relay-nobody-yet"));
  const tt = translator(assignee.lang);
  const header = tt("relay-from-student", { code: displayCode(c.id) });
  const reply = await buttonFor(
    config,
    assignee.id,
    tt("act-write"),
    `C${localeDigit(assignee.lang)}${c.id}w`,
  );
  await resend(ctx.api, assignee.id, header, { text, photo }, reply);
  await ctx.reply(t("relay-sent-club"));
}

async function addNote(ctx: UraContext, c: StoredCase, note: string) {
  const { config, kv } = ctx.ura;
  const notes = await openNotes(config, c);
  const sealed = await sealJson(
    config.sealKey,
    [...notes, note.slice(0, 1000)],
    `${keys.case(c.school, c.id)}#notes`,
  );
  await putCase(kv, { ...c, notes: sealed });
}

async function schedule(ctx: UraContext, c: StoredCase, text: string, done: () => Promise<void>) {
  const { t, kv, config } = ctx.ura;
  const tz = directoryFor(c.country).timeZone;
  const session = parseSession(text, tz);
  if (!session || session.at < ctx.ura.now()) return ctx.reply(t("schedule-invalid"));
  const sealedSession = await sealJson(config.sealKey, session, `${keys.case(c.school, c.id)}#session`);
  const next: StoredCase = {
    ...c,
    mediation: { ...c.mediation, session: sealedSession, sessionAt: session.at },
  };
  // A new time means a new reminder.
  next.flags = (c.flags ?? 0) & ~8;
  await putCase(kv, next);
  await done();
  const when = formatLocal(session.at, tz);
  await tellStudent(ctx.api, config, next, caseUpdate(c, "student-session", { when, place: session.place }));
  await ctx.reply(t("schedule-done", { when, place: session.place }));
}

async function agreement(ctx: UraContext, c: StoredCase, text: string, done: () => Promise<void>) {
  const { t, kv, config, now } = ctx.ura;
  if (!text.trim()) return ctx.reply(t("compose-agreement", { code: displayCode(c.id) }));
  const sealed = await sealJson(
    config.sealKey,
    text.slice(0, 2000),
    `${keys.case(c.school, c.id)}#agreement`,
  );
  const withAgreement: StoredCase = {
    ...c,
    mediation: { ...c.mediation, agreement: sealed, checkInAt: now() + CHECK_IN_AFTER_DAYS * DAY_MS },
  };
  const result = applyChange(withAgreement, { kind: "resolve", outcome: "agreement" }, now());
  if (!result.ok) return ctx.reply(t("case-wrong-status", { status: t(`staff-status-${c.status}`) }));
  await putCase(kv, result.next);
  await done();
  await tellStudent(
    ctx.api,
    config,
    result.next,
    caseUpdate(c, "student-agreement", { days: CHECK_IN_AFTER_DAYS }),
  );
  await ctx.reply(t("resolved-done"));
}

/** Student-side buttons: A = reply to the club, G = consent to mediation, B = check-in answer. */
relay.callbackQuery(/^[AGB]\d/, async (ctx) => {
  const { t, kv, config, now } = ctx.ura;
  const body = await verifyCallback(config.pseudonymKey, ctx.from.id, ctx.callbackQuery.data);
  const school = body?.slice(2, 2 + SCHOOL_CODE_LENGTH) ?? "";
  const id = body?.slice(2 + SCHOOL_CODE_LENGTH, 2 + SCHOOL_CODE_LENGTH + CASE_ID_LENGTH) ?? "";
  const c = body ? await getCase(kv, school, id) : null;
  // Only the student who owns the case: the button was signed for them, and the sealed owner agrees.
  if (!c || (await openSealed(config, c)).owner !== (await ctx.ura.pseudonym())) {
    return ctx.answerCallbackQuery({ text: t("button-expired") });
  }
  await ctx.answerCallbackQuery();
  const kind = body?.[0];
  const answer = body?.slice(2 + SCHOOL_CODE_LENGTH + CASE_ID_LENGTH);
  if (kind === "A") {
    if (!OPEN_STATUSES.includes(c.status)) return ctx.reply(t("compose-closed"));
    const session = await ctx.ura.session.load();
    const compose: Compose = { s: school, c: id, m: "club", at: now() };
    await ctx.ura.session.save({ ...session, compose });
    return ctx.reply(t("compose-club", { code: displayCode(id) }));
  }
  const notifyAssignee = (key: string) =>
    notifyMember(
      ctx.api,
      kv,
      config,
      c.school,
      c.assignee?.id,
      (tt) => tt(key, { code: displayCode(c.id) }),
      c.id,
    );
  if (kind === "G") {
    if (c.mediation?.studentConsent !== "asked") return ctx.editMessageReplyMarkup();
    await putCase(kv, { ...c, mediation: { ...c.mediation, studentConsent: answer === "y" ? "yes" : "no" } });
    await ctx.editMessageReplyMarkup();
    await ctx.reply(t(answer === "y" ? "consent-thanks-yes" : "consent-thanks-no"));
    return notifyAssignee(answer === "y" ? "consent-notice-yes" : "consent-notice-no");
  }
  if (c.mediation?.checkIn !== "asked") return ctx.editMessageReplyMarkup();
  await ctx.editMessageReplyMarkup();
  if (answer === "y") {
    await putCase(kv, { ...c, mediation: { ...c.mediation, checkIn: "better" } });
    await ctx.reply(t("checkin-thanks-better"));
    return notifyAssignee("checkin-notice-better");
  }
  const reopened = applyChange(
    { ...c, mediation: { ...c.mediation, checkIn: "not-better" } },
    { kind: "reopen" },
    now(),
  );
  if (reopened.ok) await putCase(kv, reopened.next);
  await ctx.reply(t("checkin-thanks-worse"));
  return notifyAssignee("checkin-notice-worse");
});
