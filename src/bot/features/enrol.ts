/**
 * Enrolment: one-time invite codes (7 days, single use, ~64 bits, attempts limited) make a user an
 * adviser or principal of a school, or link the club's Telegram group. Admins invite principals
 * (and advisers); principals invite advisers, list them and remove them.
 */
import { Composer } from "grammy";
import { verifyCallback } from "../../crypto/callback.ts";
import { normalizeCode, toCode } from "../../crypto/encoding.ts";
import { INVITE_CODE_LENGTH, type Invite, MAX_JOIN_ATTEMPTS, type StaffMember } from "../../domain/staff.ts";
import { getSchool } from "../../storage/schools.ts";
import {
  getJoinTries,
  getMember,
  getStaff,
  listStaff,
  putGroup,
  putInvite,
  putJoinTries,
  putMember,
  removeMember,
  takeInvite,
} from "../../storage/staff.ts";
import { displayCode, OPEN_STATUSES } from "../../domain/case.ts";
import { applyChange } from "../../domain/lifecycle.ts";
import { getCase, listCases, putCase } from "../../storage/cases.ts";
import { keyboard, signedButton } from "../buttons.ts";
import { openCaseData } from "../notify.ts";
import { STAFF_COMMANDS } from "../commands.ts";
import { localeDigit } from "../callback-locale.ts";
import type { UraContext } from "../context.ts";
import { requireStaff, staffName } from "../staff.ts";

export const enrol = new Composer<UraContext>();
const pm = enrol.chatType("private");

const isAdmin = (ctx: UraContext) => ctx.from !== undefined && ctx.ura.config.adminIds.has(ctx.from.id);
export const joinPayload = (code: string) => `j-${code}`;

/** /invite adviser|principal|group [SCHOOL] — admins name the school, principals invite to theirs. */
pm.command("invite", async (ctx) => {
  const { t, kv, config, now } = ctx.ura;
  const [kindRaw, schoolRaw] = ctx.match.trim().split(/\s+/);
  const kind = kindRaw?.toLowerCase();
  if (kind !== "adviser" && kind !== "lead" && kind !== "principal" && kind !== "group")
    return ctx.reply(t("invite-usage"));
  let school: string | undefined;
  if (isAdmin(ctx)) school = schoolRaw ? normalizeCode(schoolRaw) : undefined;
  else {
    const member = await requireStaff(ctx);
    if (!member) return;
    // The principal builds the school's team and decides where the club's notices go.
    if (kind === "principal" || member.role !== "principal") return ctx.reply(t("principal-only"));
    school = member.school;
  }
  if (!school || !(await getSchool(kv, school))) return ctx.reply(t("invite-usage"));
  const code = toCode(crypto.getRandomValues(new Uint8Array(32)), INVITE_CODE_LENGTH);
  const invite: Invite = { school, kind, createdAt: now() };
  await putInvite(kv, code, invite);
  if (kind === "group") return ctx.reply(t("invite-group-created", { code }));
  const link = `https://t.me/${config.botUsername}?start=${joinPayload(code)}`;
  await ctx.reply(t("invite-created", { role: t(`role-${kind}`), code, link }));
});

pm.command("join", (ctx) => join(ctx, ctx.match));
pm.command("start", async (ctx, next) => {
  const payload = ctx.match.trim();
  const code = /^j-([A-Za-z0-9]+)$/.exec(payload)?.[1];
  if (code) return join(ctx, code);
  // A bare /start from staff gets their own welcome; a poster link is always a student's report.
  const member = payload ? null : await getMember(ctx.ura.kv, ctx.from.id);
  if (!member) return next();
  await ctx.reply(ctx.ura.t("staff-welcome", { role: ctx.ura.t(`role-${member.role}`) }));
});

async function join(ctx: UraContext, typed: string): Promise<void> {
  const { t, kv, now } = ctx.ura;
  const from = ctx.from;
  if (!from) return;
  const pseudonym = await ctx.ura.pseudonym();
  const tries = await getJoinTries(kv, pseudonym);
  if (tries >= MAX_JOIN_ATTEMPTS) {
    await ctx.reply(t("join-too-many"));
    return;
  }
  const invite = await takeInvite(kv, normalizeCode(typed), now());
  if (!invite || invite.kind === "group") {
    await putJoinTries(kv, pseudonym, tries + 1);
    await ctx.reply(t("join-invalid"));
    return;
  }
  const school = await getSchool(kv, invite.school);
  if (!school) {
    await ctx.reply(t("join-invalid"));
    return;
  }
  const existing = await getMember(kv, from.id);
  if (existing && existing.school !== invite.school) await removeMember(kv, existing);
  const member: StaffMember = {
    school: invite.school,
    id: from.id,
    role: invite.kind,
    name: from.first_name,
    lang: ctx.ura.locale,
    ...(existing?.displayName ? { displayName: existing.displayName } : {}),
  };
  await putMember(kv, member);
  // Their own command menu, in their language (scope: this chat).
  const menu = STAFF_COMMANDS.map(([command, id]) => ({ command, description: t(id) }));
  await ctx.api.setMyCommands(menu, { scope: { type: "chat", chat_id: from.id } }).catch(() => {});
  await ctx.reply(
    t("join-welcome", { role: t(`role-${invite.kind}`), school: school.name }) +
      "\n\n" +
      t(`join-help-${invite.kind}`),
  );
}

/** In the club's group: /linkgroup CODE makes it receive new mediation-case notices (no content). */
enrol.chatType(["group", "supergroup"]).command("linkgroup", async (ctx) => {
  const { t, kv, now } = ctx.ura;
  const invite = await takeInvite(kv, normalizeCode(ctx.match), now());
  if (invite?.kind !== "group") return ctx.reply(t("join-invalid"));
  await putGroup(kv, invite.school, { chatId: ctx.chat.id, lang: ctx.ura.locale });
  await ctx.reply(t("group-linked"));
});

/** /name Ms Drita — how the student sees this adviser instead of "the mediation club". */
pm.command("name", async (ctx) => {
  const member = await requireStaff(ctx);
  if (!member) return;
  const name = ctx.match.trim().slice(0, 40);
  const { displayName: _old, ...rest } = member;
  await putMember(ctx.ura.kv, name ? { ...rest, displayName: name } : rest);
  await ctx.reply(name ? ctx.ura.t("name-set", { name }) : ctx.ura.t("name-cleared"));
});

/** /advisers — the principal's list, with one-tap removal (confirmed). */
pm.command("advisers", async (ctx) => {
  const member = await requireStaff(ctx, "principal");
  if (!member) return;
  const { t, kv, locale } = ctx.ura;
  const advisers = (await listStaff(kv, member.school)).filter((s) => s.role !== "principal");
  if (advisers.length === 0) return ctx.reply(t("advisers-empty"));
  const rows = [];
  const lines = [];
  for (const a of advisers) {
    lines.push(`• ${a.name} — ${t(`role-${a.role}`)}`);
    rows.push([
      await signedButton(ctx, t("advisers-remove", { name: a.name }), `X${localeDigit(locale)}${a.id}`),
    ]);
  }
  await ctx.reply([t("advisers-title"), ...lines].join("\n"), { reply_markup: keyboard(rows) });
});

enrol.callbackQuery(/^[XY]\d/, async (ctx) => {
  const body = await verifyCallback(ctx.ura.config.pseudonymKey, ctx.from.id, ctx.callbackQuery.data);
  if (!body) return ctx.answerCallbackQuery({ text: ctx.ura.t("button-expired") });
  const principal = await requireStaff(ctx, "principal");
  if (!principal) return;
  const { t, kv, locale } = ctx.ura;
  const target = await getStaff(kv, principal.school, Number(body.slice(2)));
  await ctx.answerCallbackQuery();
  if (!target || target.role === "principal") return ctx.editMessageText(t("advisers-gone"));
  if (body[0] === "X") {
    const yes = await signedButton(ctx, t("advisers-remove-confirm"), `Y${localeDigit(locale)}${target.id}`);
    return ctx.editMessageText(t("advisers-remove-ask", { name: staffName(target) }), {
      reply_markup: keyboard([[yes]]),
    });
  }
  await removeMember(kv, target);
  await ctx.editMessageText(t("advisers-removed", { name: staffName(target) }));
  // Their open cases must not wait for someone who is gone: unassigned, and the principal is told.
  const theirs = (await listCases(kv, principal.school)).filter(
    (r) => r.a === target.id && OPEN_STATUSES.includes(r.s),
  );
  for (const row of theirs) {
    const c = await getCase(kv, principal.school, row.id);
    const result = c && applyChange(c, { kind: "unassign" }, ctx.ura.now());
    if (!result?.ok) continue;
    await putCase(kv, result.next);
    const button = await signedButton(ctx, t("notice-open"), openCaseData(locale, row.id));
    await ctx.reply(t("unassigned-notice", { code: displayCode(row.id), name: staffName(target) }), {
      reply_markup: keyboard([[button]]),
    });
  }
});
