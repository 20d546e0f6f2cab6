/**
 * Showing a case to staff: the full card (the student's words and photos, notes, history, who
 * opened it) to whoever may work on it — and that opening is recorded — the content-free notice
 * with "take" and "refer" to the others whose queue it is in.
 */
import { Composer } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { canWork, mayChange } from "../../../domain/access.ts";
import { type CaseRecord, displayCode } from "../../../domain/case.ts";
import { aboutOther, checklistAllowsClosing, consentOf } from "../../../domain/mediation.ts";
import type { StaffMember } from "../../../domain/staff.ts";
import { localIsoDay } from "../../../domain/time.ts";
import type { Opened as DeskOpened } from "../../../storage/desk/api.ts";
import { openPart, sealPart } from "../../../storage/sealing.ts";
import { matcher, signed } from "../../buttons/signed.ts";
import { keyboard, type Row, sign } from "../../buttons/sign.ts";
import type { UraContext } from "../../context.ts";
import type { Step } from "../../ledger.ts";
import { caseCard, noticeLines, type Opened, photosOf } from "../../views/case-view.ts";
import { chunks } from "../../views/limits.ts";
import { refuse, staffOnly } from "../guards.ts";

export const show = new Composer<UraContext>();

/** A button acting on a case, signed for the member. */
export async function act(
  ctx: UraContext,
  text: string,
  caseId: string,
  action: string,
): Promise<InlineKeyboardButton> {
  const member = await ctx.ura.member();
  return {
    text,
    callback_data: await sign(
      ctx.ura.config.pseudonymKey,
      member?.id ?? ctx.from?.id ?? 0,
      ctx.ura.locale,
      "act",
      { case: caseId, action },
    ),
  };
}

/** The buttons a member has on a case, by its status, its mediation step and their role. */
export async function actions(ctx: UraContext, member: StaffMember, c: CaseRecord): Promise<Row[]> {
  const { t, now } = ctx.ura;
  const b = (key: string, action: string) => act(ctx, t(key), c.id, action);
  if (c.status === "new")
    return [
      [await b("act-take", "t")],
      ...(mayChange(member, c, "refer-staff") ? [[await b("act-refer", "r")]] : []),
    ];
  if (!canWork(member, c) || !["taken", "mediation"].includes(c.status)) return [];
  const rows: Row[] = [[await b("act-write", "w"), await b("act-note", "n")]];
  const m = c.mediation;
  if (c.status === "taken" && c.route === "mediation") {
    if (!m?.checklist) rows.push([await b("act-mediation", "k")]);
    else if (checklistAllowsClosing(m)) rows.push([await b("act-not-suitable", "u")]);
  }
  if (c.status === "mediation") {
    const consent = consentOf(m);
    // A bystander's report: the adviser records the answer of the student it is about, asked in person.
    if (aboutOther(c) && m?.studentConsent === "asked")
      rows.push([await b("act-concerned-yes", "cy"), await b("act-concerned-no", "cn")]);
    if (!m?.otherConsent) rows.push([await b("act-other-yes", "y"), await b("act-other-no", "z")]);
    if (consent === "given") {
      rows.push([await b(m?.sessionAt ? "act-reschedule" : "act-schedule", "s")]);
      if (m?.sessionAt !== undefined && m.sessionAt <= now())
        rows.push([await b("act-agreement", "a"), await b("act-no-agreement", "x")]);
    }
    // Someone said no, or it went wrong on the way: closed when the checklist allows, else referred on below.
    if (checklistAllowsClosing(m)) rows.push([await b("act-not-suitable", "u")]);
  }
  rows.push([await b("act-refer", "r"), await b("act-handover", "h")]);
  if (mayChange(member, c, "escalate") && !c.escalated) rows.push([await b("act-escalate", "e")]);
  return rows;
}

/** Opens the sealed parts the card shows; only called for a member who may work on the case. */
async function openAll(ctx: UraContext, o: DeskOpened): Promise<Opened> {
  const ring = ctx.ura.config.sealKeys;
  const ref = { school: o.case.school, id: o.case.id };
  const s = o.case.sealed;
  return {
    content: await openPart(ring, ref, "content", s.content),
    additions: await Promise.all(o.additions.map((a) => openPart(ring, ref, "addition", a.sealed, a.n))),
    notes: await Promise.all(o.notes.map((n) => openPart(ring, ref, "note", n.sealed, n.n))),
    audit: await Promise.all(o.audit.map((a) => openPart(ring, ref, "audit", a))),
    ...(s.session ? { session: await openPart(ring, ref, "session", s.session) } : {}),
  };
}

/**
 * The steps that show a case: its photos (one album), then the card with the buttons under its
 * last piece. `edit` replaces the pressed message when the card fits in one.
 */
export async function caseSteps(ctx: UraContext, o: DeskOpened, edit = false): Promise<Step[]> {
  const { t, now } = ctx.ura;
  const member = o.member;
  const today = localIsoDay(now(), member.timeZone);
  const rows = await actions(ctx, member, o.case);
  const chat = ctx.chat?.id ?? member.id;
  const steps: Step[] = [];
  let text: string;
  if (o.may === "work") {
    const opened = await openAll(ctx, o);
    text = caseCard(t, o.case, opened, today, member.timeZone);
    const photos = photosOf(opened);
    const caption = t("card-photo", { code: displayCode(o.case.id) });
    if (photos.length === 1)
      steps.push(["photos", () => ctx.api.sendPhoto(chat, photos[0] as string, { caption })]);
    else if (photos.length > 1)
      steps.push([
        "photos",
        () =>
          ctx.api.sendMediaGroup(
            chat,
            photos
              .slice(0, 10)
              .map((media, i) => ({ type: "photo", media, ...(i === 0 ? { caption } : {}) })),
          ),
      ]);
  } else {
    const c = o.case;
    text = noticeLines(
      t,
      {
        code: displayCode(c.id),
        category: c.answers.what ?? "other",
        urgency: c.urgency,
        route: c.route,
        day: c.day,
      },
      today,
    ).join("\n");
  }
  const pieces = chunks(text);
  const last = pieces.pop() ?? "";
  for (const [i, piece] of pieces.entries()) steps.push([`card-${i}`, () => ctx.reply(piece)]);
  const markup = { reply_markup: keyboard(rows) };
  const inPlace = edit && steps.length === 0;
  steps.push(["card", () => (inPlace ? ctx.editMessageText(last, markup) : ctx.reply(last, markup))]);
  return steps;
}

/**
 * The audit entry of this opening (who, role, day), sealed to the case before the desk sees it;
 * its key (member and day) keeps one entry per person and day.
 */
export async function auditEntry(
  ctx: UraContext,
  member: StaffMember,
  caseId: string,
): Promise<{ key: string; sealed: string }> {
  const day = localIsoDay(ctx.ura.now(), member.timeZone);
  const sealed = await sealPart(ctx.ura.config.sealKeys, { school: member.school, id: caseId }, "audit", {
    who: member.displayName ?? member.name,
    role: member.role,
    day,
  });
  return { key: `${member.id}:${day}`, sealed };
}

show.callbackQuery(
  matcher("open"),
  signed("open", async (ctx, { case: caseId }) => {
    const member = await staffOnly(ctx);
    if (!member) return;
    const desk = ctx.ura.desk(member.school);
    const opened = await desk.open(ctx.ura.now(), caseId, member.id, await auditEntry(ctx, member, caseId));
    if (!opened) return refuse(ctx, ctx.ura.t("case-not-found"));
    for (const [, send] of await caseSteps(ctx, opened)) await send();
    await ctx.answerCallbackQuery();
  }),
);
