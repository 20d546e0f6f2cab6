/**
 * Enrolment: one-time invite codes (7 days, single use even when two people try at once, ~64
 * bits, five wrong tries lock /join for an hour) make someone an adviser, the child-protection
 * lead or the principal of a school, or link the club's Telegram group. Admins invite principals;
 * principals build their team.
 */
import { Composer } from "grammy";
import { isCode, normalizeCode, toCode } from "../../crypto/encoding.ts";
import { INVITE_CODE_LENGTH, MAX_JOIN_ATTEMPTS, type StaffMember } from "../../domain/staff.ts";
import { keys } from "../../storage/keys.ts";
import { getSchool } from "../../storage/schools.ts";
import type { InviteKind } from "../../storage/desk/api.ts";
import { PRINCIPAL_COMMANDS, STAFF_COMMANDS } from "../commands.ts";
import type { UraContext } from "../context.ts";
import { answerInSteps } from "../ledger.ts";
import { PROGRAMME_INVITE } from "../../storage/programme/programme.ts";
import { invitePartner, joinPartner } from "./partners.ts";
import { isAdmin, staffOnly } from "./guards.ts";

export const enrol = new Composer<UraContext>();
const pm = enrol.chatType("private");

export const joinPayload = (code: string) => `j-${code}`;
const KINDS: readonly InviteKind[] = ["adviser", "lead", "principal", "group"];
const MAX_DISPLAY_NAME = 40;

/** /invite adviser|lead|group — principals, for their school; /invite principal SCHOOL — admins. */
pm.command("invite", async (ctx) => {
  const { t, kv, config, now } = ctx.ura;
  const [kindRaw, schoolRaw] = ctx.match.trim().split(/\s+/);
  if (kindRaw?.toLowerCase() === "partner") {
    if (!isAdmin(ctx)) return ctx.reply(t("admin-only"));
    return invitePartner(ctx, ctx.match.trim().slice("partner".length));
  }
  const kind = KINDS.find((k) => k === kindRaw?.toLowerCase());
  if (!kind) return ctx.reply(t("invite-usage"));
  let school: string | undefined;
  if (isAdmin(ctx)) school = schoolRaw ? normalizeCode(schoolRaw) : undefined;
  else {
    const member = await staffOnly(ctx);
    if (!member) return;
    // The principal builds the school's team and decides where the club's notices go.
    if (kind === "principal" || member.role !== "principal") return ctx.reply(t("principal-only"));
    school = member.school;
  }
  if (!school || !isCode(school, 6) || !(await getSchool(kv, school))) return ctx.reply(t("invite-usage"));
  const code = toCode(crypto.getRandomValues(new Uint8Array(32)), INVITE_CODE_LENGTH);
  await ctx.ura.desk(school).createInvite(now(), code, kind);
  if (kind === "group") return ctx.reply(t("invite-group-created", { code }));
  const link = `https://t.me/${config.botUsername}?start=${joinPayload(code)}`;
  await ctx.reply(t("invite-created", { role: t(`role-${kind}`), code, link }));
});

pm.command("join", (ctx) => join(ctx, ctx.match));

pm.command("start", async (ctx, next) => {
  const payload = ctx.match.trim();
  const code = /^j-([A-Za-z0-9]{1,32})$/.exec(payload)?.[1];
  if (code) return join(ctx, code);
  // A bare /start from staff gets their own welcome; a poster link is always a student's report.
  const member = payload ? null : await ctx.ura.member();
  if (!member) return next();
  await ctx.reply(ctx.ura.t("staff-welcome", { role: ctx.ura.t(`role-${member.role}`) }));
});

const LOCK_MS = 3_600_000;

/** Wrong codes in a row within the hour, from the session (no key of its own: /forget erases it with the rest). */
async function wrongTries(ctx: UraContext): Promise<number> {
  const joins = (await ctx.ura.session.load()).joins;
  return joins && ctx.ura.now() - joins.at < LOCK_MS ? joins.n : 0;
}

/** A wrong code: counted in the session (one write, within the person's daily share of writes). */
async function countTry(ctx: UraContext): Promise<void> {
  const session = await ctx.ura.session.load();
  await ctx.ura.session.save({ ...session, joins: { n: (await wrongTries(ctx)) + 1, at: ctx.ura.now() } });
}

/**
 * The invite a typed code names, or null — after counting the try. The code's shape is checked
 * before it touches storage: a long or foreign-script code is just a wrong code.
 */
async function inviteOf(
  ctx: UraContext,
  typed: string,
): Promise<{ code: string; school: string } | "locked" | null> {
  if ((await wrongTries(ctx)) >= MAX_JOIN_ATTEMPTS) return "locked";
  const code = normalizeCode(typed.slice(0, 64));
  const school = isCode(code, INVITE_CODE_LENGTH) ? await ctx.ura.kv.get(keys.invite(code)) : null;
  if (school && (isCode(school, 6) || school === PROGRAMME_INVITE)) return { code, school };
  await countTry(ctx);
  return null;
}

async function join(ctx: UraContext, typed: string): Promise<void> {
  const { t, now } = ctx.ura;
  const from = ctx.from;
  if (!from) return;
  const invite = await inviteOf(ctx, typed);
  if (invite === "locked") return void (await ctx.reply(t("join-too-many")));
  if (invite?.school === PROGRAMME_INVITE) {
    if (!(await joinPartner(ctx, invite.code))) {
      await countTry(ctx);
      await ctx.reply(t("join-invalid"));
    }
    return;
  }
  const before = await ctx.ura.member();
  const result = invite
    ? await ctx.ura.desk(invite.school).join(now(), {
        updateId: ctx.update.update_id,
        code: invite.code,
        user: { id: from.id, name: from.first_name, lang: ctx.ura.locale },
      })
    : null;
  if (!invite || !result?.ok) {
    if (invite) await countTry(ctx);
    return void (await ctx.reply(t("join-invalid")));
  }
  // An adviser belongs to one school: joining another moves them, and their open cases there are handed back.
  if (before && before.school !== invite.school)
    await ctx.ura.desk(before.school).remove(now(), from.id, "moved");
  const { member, school } = result;
  await answerInSteps(
    [
      ["menu", () => staffMenu(ctx, member)],
      [
        "welcome",
        () =>
          ctx.reply(
            `${t("join-welcome", { role: t(`role-${member.role}`), school: school.name })}\n\n${t(`join-help-${member.role}`)}`,
          ),
      ],
    ],
    result.done,
    (done) => ctx.ura.desk(invite.school).progress(ctx.update.update_id, done),
  );
}

/** Their own command menu, in their language (scope: their chat). */
function staffMenu(ctx: UraContext, member: StaffMember) {
  const commands = member.role === "principal" ? PRINCIPAL_COMMANDS : STAFF_COMMANDS;
  const menu = commands.map(([command, id]) => ({ command, description: ctx.ura.t(id) }));
  return ctx.api.setMyCommands(menu, { scope: { type: "chat", chat_id: member.id } });
}

/** In the club's group, by the principal: /linkgroup CODE makes it receive new mediation-case notices (no content). */
enrol.chatType(["group", "supergroup"]).command("linkgroup", async (ctx) => {
  const { t, now } = ctx.ura;
  const member = await ctx.ura.member();
  const invite = await inviteOf(ctx, ctx.match);
  if (invite === "locked") return ctx.reply(t("join-too-many"));
  const linked =
    invite !== null &&
    member?.role === "principal" &&
    member.school === invite.school &&
    (await ctx.ura.desk(invite.school).linkGroup(now(), invite.code, ctx.chat.id, ctx.ura.locale));
  await ctx.reply(t(linked ? "group-linked" : "join-invalid"));
});

/** /name Ms Drita — how the student sees this adviser instead of "the mediation club". */
pm.command("name", async (ctx) => {
  const member = await staffOnly(ctx);
  if (!member) return;
  const name = ctx.match.trim().replace(/\s+/g, " ").slice(0, MAX_DISPLAY_NAME);
  await ctx.ura.desk(member.school).setProfile(ctx.ura.now(), member.id, { displayName: name || null });
  await ctx.reply(name ? ctx.ura.t("name-set", { name }) : ctx.ura.t("name-cleared"));
});
