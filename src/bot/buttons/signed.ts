/**
 * `signed(kind, handler)`: the one place a button press is checked. It verifies the data was made
 * for this person, unpacks its fields, and hands the handler a typed payload — or answers "this
 * button is no longer valid" and stops.
 */
import type { CallbackQueryContext, Filter, MiddlewareFn } from "grammy";
import type { Locale } from "../../i18n/locales.ts";
import type { UraContext } from "../context.ts";
import { KINDS, type KindName, type Payload } from "./kinds.ts";
import { verify } from "./sign.ts";

export type PressContext = Filter<UraContext, "callback_query:data">;

/** Matches the button data of a kind (`bot.callbackQuery(matcher("open"), …)`). */
export const matcher = (name: KindName) => new RegExp(`^${KINDS[name].tag}\\d`);

export function signed<K extends KindName>(
  name: K,
  handler: (ctx: PressContext, payload: Payload<K>, locale: Locale) => Promise<unknown>,
): MiddlewareFn<CallbackQueryContext<UraContext>> {
  return async (ctx) => {
    const verified = await verify(ctx.ura.config.pseudonymKey, ctx.from.id, ctx.callbackQuery.data);
    if (!verified || verified.kind !== name) {
      await ctx.answerCallbackQuery({ text: ctx.ura.t("button-expired") });
      return;
    }
    await handler(ctx as PressContext, verified.payload as Payload<K>, verified.locale);
  };
}

/** A signed button for someone else than the person acting now (a colleague, the student). */
export { sign } from "./sign.ts";
