/** /queue: the school's open cases for the member's route — one list(), metadata only, paged. */
import { Composer } from "grammy";
import { PAGE_SIZE, QUEUE_FILTERS, type QueueFilter, queueRows } from "../../domain/queue.ts";
import type { StaffMember } from "../../domain/staff.ts";
import { localIsoDay } from "../../domain/time.ts";
import { listCases } from "../../storage/cases.ts";
import { matcher, signed } from "../buttons/signed.ts";
import { keyboard, type Row, sign } from "../buttons/sign.ts";
import type { UraContext } from "../context.ts";
import { buttonText, rowText } from "../views/case-view.ts";
import { staffOnly } from "./guards.ts";

export const queue = new Composer<UraContext>();

async function render(ctx: UraContext, member: StaffMember, filter: QueueFilter, page: number) {
  const { t, kv, locale, config } = ctx.ura;
  const rows = queueRows(await listCases(kv, member.school), member, filter);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const today = localIsoDay(ctx.ura.now(), member.timeZone);
  const text = [
    t("queue-title", { filter: t(`queue-filter-${filter}`), count: rows.length }),
    ...(shown.length ? shown.map((r) => rowText(t, r.id, r, today)) : [t("queue-empty")]),
  ].join("\n");
  const open: Row[] = await Promise.all(
    shown.map(async (r) => [
      {
        text: buttonText(t, r.id, r),
        callback_data: await sign(config.pseudonymKey, member.id, locale, "open", { case: r.id }),
      },
    ]),
  );
  const to = async (text: string, f: QueueFilter, p: number) => ({
    text,
    callback_data: await sign(config.pseudonymKey, member.id, locale, "queue", {
      filter: f[0] ?? "o",
      page: String(p),
    }),
  });
  const filters: Row = await Promise.all(
    QUEUE_FILTERS.map((f) => to((f === filter ? "• " : "") + t(`queue-filter-${f}`), f, 0)),
  );
  const paging: Row = [];
  if (current > 0) paging.push(await to("◀", filter, current - 1));
  if (current < pages - 1) paging.push(await to("▶", filter, current + 1));
  return { text, reply_markup: keyboard([...open, paging, filters]) };
}

queue.chatType("private").command("queue", async (ctx) => {
  const member = await staffOnly(ctx);
  if (!member) return;
  const view = await render(ctx, member, "open", 0);
  await ctx.reply(view.text, { reply_markup: view.reply_markup });
});

queue.callbackQuery(
  matcher("queue"),
  signed("queue", async (ctx, { filter, page }) => {
    const member = await staffOnly(ctx);
    if (!member) return;
    const chosen = QUEUE_FILTERS.find((f) => f[0] === filter) ?? "open";
    const view = await render(ctx, member, chosen, Number(page) || 0);
    await ctx.editMessageText(view.text, { reply_markup: view.reply_markup });
    await ctx.answerCallbackQuery();
  }),
);
