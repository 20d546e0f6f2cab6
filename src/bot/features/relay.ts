/**
 * The anonymous conversation about a case, and what staff write into a case: a message after a
 * tap on "Write" (to the student), "Internal note", "Schedule", "Agreement reached" — or the
 * student's answer after a tap on "Answer". Words are sealed to the case and passed through the
 * desk and the notice queue; the bot re-sends them as itself — never forwarded — so the adviser
 * never learns who the student is, and the student sees "the mediation club" unless the adviser
 * chose a display name. Nothing of the conversation is stored once delivered.
 */
import { CHECK_IN_AFTER_DAYS } from "../../domain/mediation.ts";
import { parsePlannedSession } from "../../domain/schedule.ts";
import { DAY_MS, HOUR, hourOf } from "../../domain/time.ts";
import type { StaffMember } from "../../domain/staff.ts";
import { type CaseRef, sealPart, type Words } from "../../storage/sealing.ts";
import type { UraContext } from "../context.ts";
import type { Compose, Session } from "../session.ts";
import { sessionWhen } from "../views/case-view.ts";
import { refusalText, staffOnly } from "./guards.ts";
import { tooMany } from "./limits.ts";

/**
 * How long a tap keeps the conversation open. Staff write one message per tap (the day only covers
 * a late redelivery). A student's "Answer" takes a burst of messages for an hour: words hours later
 * may tell of a new harm, which belongs in a new report and its triage, not with this case's adviser.
 */
const openFor = (compose: Compose) => (compose.m === "club" ? HOUR : DAY_MS);

export const isFresh = (ctx: UraContext, compose: Compose | undefined): compose is Compose =>
  compose !== undefined && ctx.ura.now() - compose.at <= openFor(compose);

/**
 * Opens a conversation about a case for the person's next message — unless a newer tap already
 * opened another (Telegram redelivers a missed update up to a day later: a late "Write" on case A
 * must not send the adviser's next words to A's student when they just chose B).
 */
export async function openCompose(
  ctx: UraContext,
  session: Session,
  compose: Omit<Compose, "at" | "u">,
): Promise<"saved" | "older" | "capped"> {
  const current = session.compose;
  if (isFresh(ctx, current) && current.u !== undefined && current.u > ctx.update.update_id) return "older";
  const saved = await ctx.ura.session.save({
    ...session,
    compose: { ...compose, at: ctx.ura.now(), u: ctx.update.update_id },
  });
  return saved === "capped" ? "capped" : "saved";
}

export async function composed(
  ctx: UraContext,
  session: Session,
  compose: Compose,
  words: Words,
): Promise<void> {
  const ref: CaseRef = { school: compose.s, id: compose.c };
  if (compose.m === "club") return fromStudent(ctx, ref, words);
  const member = await staffOnly(ctx);
  if (!member || member.school !== compose.s) return void (await ctx.reply(ctx.ura.t("case-not-yours")));
  const done = async () => {
    const { compose: _done, ...rest } = session;
    await ctx.ura.session.save(rest);
  };
  switch (compose.m) {
    case "student": {
      // One message per tap on "Write": an adviser's later words never reach a child by accident.
      // The desk first: if it fails, the redelivery must still find this conversation open.
      const sent = await toStudent(ctx, member, ref, words);
      await done();
      return void (await ctx.reply(ctx.ura.t(sent ? "relay-sent" : "compose-closed")));
    }
    case "note":
      return note(ctx, member, ref, words, done);
    case "schedule":
      return schedule(ctx, member, ref, words.text ?? "", done);
    case "agreement":
      return agreement(ctx, member, ref, words.text ?? "", done);
  }
}

async function sealedWords(ctx: UraContext, ref: CaseRef, words: Words) {
  const n = ctx.update.update_id;
  return { value: await sealPart(ctx.ura.config.sealKeys, ref, "relay", words, n), purpose: `relay:${n}` };
}

async function fromStudent(ctx: UraContext, ref: CaseRef, words: Words) {
  const { t } = ctx.ura;
  if (!(await ctx.ura.allowed("relay"))) return tooMany(ctx);
  const result = await ctx.ura.desk(ref.school).relayFromStudent(ctx.ura.now(), {
    updateId: ctx.update.update_id,
    caseId: ref.id,
    owners: await ctx.ura.owners(),
    sealed: await sealedWords(ctx, ref, words),
  });
  const reply = {
    sent: "relay-sent-club",
    nobody: "relay-nobody-yet",
    closed: "compose-closed",
    gone: "compose-closed",
  } as const;
  await ctx.reply(t(reply[result.kind]));
}

/**
 * The answer is the same whether or not the student can still be reached: whether a child blocked
 * the bot is not the adult's to learn (threat model).
 */
async function toStudent(ctx: UraContext, member: StaffMember, ref: CaseRef, words: Words): Promise<boolean> {
  const result = await ctx.ura.desk(ref.school).relayFromStaff(ctx.ura.now(), {
    updateId: ctx.update.update_id,
    caseId: ref.id,
    memberId: member.id,
    sealed: await sealedWords(ctx, ref, words),
  });
  return result.kind === "sent";
}

async function note(
  ctx: UraContext,
  member: StaffMember,
  ref: CaseRef,
  words: Words,
  done: () => Promise<void>,
) {
  const text = `${member.displayName ?? member.name}: ${words.text ?? ""}`.slice(0, 1000);
  const sealed = await sealPart(ctx.ura.config.sealKeys, ref, "note", text, ctx.update.update_id);
  const result = await ctx.ura
    .desk(ref.school)
    .addNote(ctx.ura.now(), { updateId: ctx.update.update_id, caseId: ref.id, memberId: member.id, sealed });
  await done();
  await ctx.reply(ctx.ura.t(result.ok ? "note-saved" : "compose-closed"));
}

async function schedule(
  ctx: UraContext,
  member: StaffMember,
  ref: CaseRef,
  text: string,
  done: () => Promise<void>,
) {
  const { t } = ctx.ura;
  const plan = parsePlannedSession(text, member.timeZone);
  if (!plan || plan.at < ctx.ura.now()) return void (await ctx.reply(t("schedule-invalid")));
  const sealed = await sealPart(ctx.ura.config.sealKeys, ref, "session", plan);
  const result = await ctx.ura.desk(ref.school).change(ctx.ura.now(), {
    updateId: ctx.update.update_id,
    caseId: ref.id,
    memberId: member.id,
    change: { kind: "schedule", at: plan.at, sealed },
  });
  await done();
  if (!result.ok) return void (await ctx.reply(refusalText(ctx, result.reason, result.case, "schedule")));
  await ctx.reply(t("schedule-done", { when: sessionWhen(t, plan.at, member.timeZone), place: plan.place }));
}

async function agreement(
  ctx: UraContext,
  member: StaffMember,
  ref: CaseRef,
  text: string,
  done: () => Promise<void>,
) {
  const { t, now } = ctx.ura;
  if (!text.trim()) return void (await ctx.reply(t("compose-agreement", { code: ref.id })));
  const sealed = await sealPart(ctx.ura.config.sealKeys, ref, "agreement", text.slice(0, 2000));
  const result = await ctx.ura.desk(ref.school).change(now(), {
    updateId: ctx.update.update_id,
    caseId: ref.id,
    memberId: member.id,
    change: { kind: "agreement", sealed, checkInHour: hourOf(now() + CHECK_IN_AFTER_DAYS * DAY_MS) },
  });
  await done();
  await ctx.reply(result.ok ? t("resolved-done") : refusalText(ctx, result.reason, result.case, "agreement"));
}
