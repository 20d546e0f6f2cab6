/** /queue: the school's open cases for the member's route — one list(), metadata only, paged. */
import { Composer } from "grammy";
import { verifyCallback } from "../../crypto/callback.ts";
import { PAGE_SIZE, QUEUE_FILTERS, type QueueFilter, queueRows } from "../../domain/queue.ts";
import type { StaffMember } from "../../domain/staff.ts";
import { listCases } from "../../storage/cases.ts";
import { keyboard, type Row, signedButton } from "../buttons.ts";
import { localeDigit } from "../callback-locale.ts";
import { buttonText, rowText } from "../case-view.ts";
import type { UraContext } from "../context.ts";
import { openCaseData } from "../notify.ts";
import { requireStaff } from "../staff.ts";

export const queue = new Composer<UraContext>();

async function render(ctx: UraContext, member: StaffMember, filter: QueueFilter, page: number) {
  const { t, kv, locale, now } = ctx.ura;
  const rows = queueRows(await listCases(kv, member.school), member, filter);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const text = [
    t("queue-title", { filter: t(`queue-filter-${filter}`), count: rows.length }),
    ...(shown.length ? shown.map((r) => rowText(t, r.id, r, now())) : [t("queue-empty")]),
  ].join("\n");
  const li = localeDigit(locale);
  const open: Row[] = await Promise.all(
    shown.map(async (r) => [await signedButton(ctx, buttonText(t, r.id, r), openCaseData(locale, r.id))]),
  );
  const filters: Row = await Promise.all(
    QUEUE_FILTERS.map((f) =>
      signedButton(ctx, (f === filter ? "• " : "") + t(`queue-filter-${f}`), `Q${li}${f[0]}0`),
    ),
  );
  const paging: Row = [];
  if (current > 0) paging.push(await signedButton(ctx, "◀", `Q${li}${filter[0]}${current - 1}`));
  if (current < pages - 1) paging.push(await signedButton(ctx, "▶", `Q${li}${filter[0]}${current + 1}`));
  return { text, reply_markup: keyboard([...open, paging, filters]) };
}

queue.chatType("private").command("queue", async (ctx) => {
  const member = await requireStaff(ctx);
  if (!member) return;
  const view = await render(ctx, member, "open", 0);
  await ctx.reply(view.text, { reply_markup: view.reply_markup });
});

queue.callbackQuery(/^Q\d/, async (ctx) => {
  const body = await verifyCallback(ctx.ura.config.pseudonymKey, ctx.from.id, ctx.callbackQuery.data);
  if (!body) return ctx.answerCallbackQuery({ text: ctx.ura.t("button-expired") });
  const member = await requireStaff(ctx);
  if (!member) return;
  const filter = QUEUE_FILTERS.find((f) => f[0] === body[2]) ?? "open";
  await ctx.answerCallbackQuery();
  const view = await render(ctx, member, filter, Number(body.slice(3)) || 0);
  await ctx.editMessageText(view.text, { reply_markup: view.reply_markup });
});
