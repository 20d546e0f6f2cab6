/**
 * What an update must look like before the bot sees it: the fields Ura reads, with their types.
 * Telegram always sends them; a body without them did not come from Telegram as it is (or is from
 * a future API), and is refused with 400 instead of reaching a handler half-formed. Kinds Ura does
 * not subscribe to pass through untouched (the bot ignores them).
 */
import * as v from "valibot";
import type { Update } from "grammy/types";

const User = v.looseObject({
  id: v.pipe(v.number(), v.safeInteger()),
  is_bot: v.optional(v.boolean()),
  first_name: v.optional(v.string()),
});
const Chat = v.looseObject({ id: v.pipe(v.number(), v.safeInteger()), type: v.string() });
const Message = v.looseObject({
  message_id: v.pipe(v.number(), v.safeInteger()),
  chat: Chat,
  from: v.optional(User),
  text: v.optional(v.string()),
  caption: v.optional(v.string()),
});
const CallbackQuery = v.looseObject({
  id: v.string(),
  from: User,
  data: v.optional(v.string()),
  message: v.optional(v.looseObject({ message_id: v.number(), chat: Chat })),
});

const UpdateShape = v.looseObject({
  update_id: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  message: v.optional(Message),
  edited_message: v.optional(Message),
  callback_query: v.optional(CallbackQuery),
});

export type ParsedUpdate = { ok: true; update: Update } | { ok: false; reason: string };

export function parseUpdate(body: unknown): ParsedUpdate {
  const result = v.safeParse(UpdateShape, body);
  if (!result.success) return { ok: false, reason: v.getDotPath(result.issues[0]) ?? "update" };
  return { ok: true, update: result.output as unknown as Update };
}
