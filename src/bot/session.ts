/**
 * What a person's session holds (sealed whole in KV, src/storage/sessions.ts), and its schema: a
 * stored session is parsed, not trusted. Nothing here names the student; it follows them by their
 * keyed pseudonym.
 */
import * as v from "valibot";
import { COUNTRIES } from "../domain/country.ts";
import { FlowStateSchema } from "../flow/state-schema.ts";
import { LOCALES } from "../i18n/locales.ts";

const Locale = v.picklist(LOCALES);

/** A conversation about one case: the person's next message goes there (student ↔ staff). */
const Compose = v.object({
  s: v.string(),
  c: v.string(),
  m: v.picklist(["club", "student", "note", "schedule", "agreement"]),
  /** ms since epoch: a compose older than a day is forgotten */
  at: v.number(),
  /** The update that opened it: a late redelivery of an older tap must not take its place. */
  u: v.optional(v.number()),
});
export type Compose = v.InferOutput<typeof Compose>;

/** A report in progress, kept only when it must outlive its buttons (the message step, quick exit). */
const Draft = v.object({
  state: FlowStateSchema,
  locale: Locale,
  /** The form message waiting for the student's words: its buttons go once the words arrive. */
  msg: v.optional(v.number()),
  /** The Telegram update that saved it: an older update, redelivered late, does not replace it. */
  u: v.optional(v.number()),
});
export type Draft = v.InferOutput<typeof Draft>;

export const SessionSchema = v.object({
  lang: v.optional(Locale),
  /** The school the student last reported to: /start and /help need no code again. */
  school: v.optional(v.object({ code: v.string(), country: v.picklist(COUNTRIES), lang: Locale })),
  /** Every school the student reported to: where /mycases and /forget look. */
  schools: v.optional(v.array(v.string())),
  draft: v.optional(Draft),
  compose: v.optional(Compose),
  /** Wrong invite codes in a row, and when the last one was (five lock /join for an hour). */
  joins: v.optional(v.object({ n: v.number(), at: v.number() })),
});
export type Session = v.InferOutput<typeof SessionSchema>;
