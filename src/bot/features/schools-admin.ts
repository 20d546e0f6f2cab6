/**
 * Programme admins running many schools: a school's staff by name, with removal of anyone — a
 * principal too (their open cases go back to be handed on; with no principal left, the admins are
 * told of what needs a person) — and renaming or archiving a school (an archived school's link
 * tells a student where to get help instead).
 */
import { Composer } from "grammy";
import { isCode, normalizeCode } from "../../crypto/encoding.ts";
import { MAX_MUNICIPALITY, MAX_SCHOOL_NAME, SCHOOL_CODE_LENGTH } from "../../domain/school.ts";
import { getSchool } from "../../storage/schools.ts";
import { matcher, signed } from "../buttons/signed.ts";
import { keyboard, sign } from "../buttons/sign.ts";
import type { UraContext } from "../context.ts";
import { isAdmin } from "./guards.ts";

export const schoolsAdmin = new Composer<UraContext>();
const pm = schoolsAdmin.chatType("private");

pm.command(["staff", "rename", "archive", "unarchive"], async (ctx, next) => {
  if (isAdmin(ctx)) return next();
  await ctx.reply(ctx.ura.t("admin-only"));
});

/** The school a command names, or a usage hint. */
async function schoolNamed(ctx: UraContext, typed: string | undefined, usage: string) {
  const code = normalizeCode(typed ?? "");
  const school = isCode(code, SCHOOL_CODE_LENGTH) ? await getSchool(ctx.ura.kv, code) : null;
  if (!school) await ctx.reply(ctx.ura.t(usage));
  return school;
}

const name = (m: { name: string; displayName?: string }) => m.displayName ?? m.name;

pm.command("staff", async (ctx) => {
  const school = await schoolNamed(ctx, ctx.match.trim(), "staff-usage");
  if (!school) return;
  const { t, config, locale } = ctx.ura;
  const staff = await ctx.ura.desk(school.code).members();
  if (staff.length === 0) return ctx.reply(t("staff-none", { school: school.name }));
  const lines = staff.map((m) => `• ${name(m)} — ${t(`role-${m.role}`)}`);
  const rows = await Promise.all(
    staff.map(async (m) => [
      {
        text: t("advisers-remove", { name: name(m) }),
        callback_data: await sign(config.pseudonymKey, ctx.from.id, locale, "staffRemoveAsk", {
          school: school.code,
          member: String(m.id),
        }),
      },
    ]),
  );
  await ctx.reply([t("staff-title", { school: school.name }), ...lines].join("\n"), {
    reply_markup: keyboard(rows),
  });
});

schoolsAdmin.callbackQuery(
  matcher("staffRemoveAsk"),
  signed("staffRemoveAsk", async (ctx, { school, member }) => {
    if (!isAdmin(ctx)) return ctx.answerCallbackQuery({ text: ctx.ura.t("admin-only"), show_alert: true });
    const { t, config, locale } = ctx.ura;
    const target = (await ctx.ura.desk(school).members()).find((m) => String(m.id) === member);
    if (!target) {
      await ctx.editMessageText(t("advisers-gone"));
      return ctx.answerCallbackQuery();
    }
    const yes = await sign(config.pseudonymKey, ctx.from.id, locale, "staffRemove", { school, member });
    await ctx.editMessageText(t("advisers-remove-ask", { name: name(target) }), {
      reply_markup: keyboard([[{ text: t("advisers-remove-confirm"), callback_data: yes }]]),
    });
    await ctx.answerCallbackQuery();
  }),
);

schoolsAdmin.callbackQuery(
  matcher("staffRemove"),
  signed("staffRemove", async (ctx, { school, member }) => {
    if (!isAdmin(ctx)) return ctx.answerCallbackQuery({ text: ctx.ura.t("admin-only"), show_alert: true });
    const removed = await ctx.ura.desk(school).remove(ctx.ura.now(), Number(member), "admin");
    await ctx.editMessageText(
      removed ? ctx.ura.t("advisers-removed", { name: name(removed) }) : ctx.ura.t("advisers-gone"),
    );
    await ctx.answerCallbackQuery();
  }),
);

/** /rename CODE; Name; Municipality */
pm.command("rename", async (ctx) => {
  const [codeRaw, newName, municipality] = ctx.match.split(";").map((p) => p.trim());
  const school = await schoolNamed(ctx, codeRaw, "rename-usage");
  if (!school) return;
  if (!newName || newName.length > MAX_SCHOOL_NAME || (municipality ?? "").length > MAX_MUNICIPALITY)
    return ctx.reply(ctx.ura.t("rename-usage"));
  const next = { ...school, name: newName, ...(municipality ? { municipality } : {}) };
  await ctx.ura.desk(school.code).init(ctx.ura.now(), next);
  await ctx.reply(ctx.ura.t("school-renamed", { code: school.code, name: newName }));
});

for (const [command, archived] of [
  ["archive", true],
  ["unarchive", false],
] as const) {
  pm.command(command, async (ctx) => {
    const school = await schoolNamed(ctx, ctx.match.trim(), "archive-usage");
    if (!school) return;
    await ctx.ura.desk(school.code).init(ctx.ura.now(), { ...school, archived });
    await ctx.reply(
      ctx.ura.t(archived ? "school-archived-done" : "school-unarchived-done", { name: school.name }),
    );
  });
}
