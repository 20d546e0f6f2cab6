/**
 * /poster — the link to a school's printable poster (GET /poster/<CODE>): a staff member gets their
 * own school's, a programme admin any school's with `/poster SCHOOLCODE`. Advisers may ask too: the
 * poster is public, and it is often the mediation club that hangs it up. Students are refused like
 * any staff command, so the menu a child sees never leads anywhere new.
 */
import { Composer } from "grammy";
import { isCode, normalizeCode } from "../../crypto/encoding.ts";
import { SCHOOL_CODE_LENGTH } from "../../domain/school.ts";
import { getSchool } from "../../storage/schools.ts";
import type { UraContext } from "../context.ts";
import { isAdmin, staffOnly } from "./guards.ts";

export const poster = new Composer<UraContext>();
const pm = poster.chatType("private");

/** The school the sender may have a poster of, or null once they were told why not. */
async function schoolCodeFor(ctx: UraContext, typed: string): Promise<string | null> {
  if (isAdmin(ctx)) {
    if (typed) return typed;
    // An admin who also works at a school gets that school's without typing its code.
    const member = await ctx.ura.member();
    if (member) return member.school;
    await ctx.reply(ctx.ura.t("poster-usage"));
    return null;
  }
  // Anyone else gets only their own school's poster, whatever code they typed.
  const member = await staffOnly(ctx);
  return member?.school ?? null;
}

pm.command("poster", async (ctx) => {
  const { t, kv, config } = ctx.ura;
  const code = await schoolCodeFor(ctx, normalizeCode(ctx.match.trim()));
  if (!code) return;
  const school = isCode(code, SCHOOL_CODE_LENGTH) ? await getSchool(kv, code) : null;
  if (!school) return ctx.reply(t("poster-usage"));
  if (school.archived) return ctx.reply(t("poster-archived", { school: school.name }));
  if (!config.publicUrl) return ctx.reply(t("poster-no-url", { name: "PUBLIC_URL" }));
  await ctx.reply(
    t("poster-link", { school: school.name, link: `${config.publicUrl}/poster/${school.code}` }),
    {
      // The link is to a page staff print, not to a preview worth a card under the message.
      link_preview_options: { is_disabled: true },
    },
  );
});
