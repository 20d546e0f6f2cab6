/**
 * Where a plain message in a private chat goes — one dispatcher, keyed on the person's session, so
 * the order is readable in one place:
 * 1. a conversation about a case they opened ("Write", "Answer", a note, the session, the agreement);
 * 2. the student's own words on the report's last step (their arrival sends the report), or more
 *    words right after sending (added to it);
 * 3. a school's code, typed from the poster;
 * 4. otherwise a kind hint.
 */
import { Composer } from "grammy";
import { normalizeCode } from "../../crypto/encoding.ts";
import { SCHOOL_CODE_LENGTH } from "../../domain/school.ts";
import { isExpired } from "../../flow/draft.ts";
import type { Words } from "../../storage/sealing.ts";
import type { UraContext } from "../context.ts";
import { expiredForm } from "../views/cards.ts";
import { flowOf } from "../views/flow-view.ts";
import { composed, isFresh } from "./relay.ts";
import { openSchool } from "./student/entry.ts";
import { caseIdFor, submitReport, wasSent } from "./submit.ts";

export const text = new Composer<UraContext>();

text.chatType("private").on(["message:text", "message:photo"], async (ctx, next) => {
  const { t } = ctx.ura;
  const body = ctx.message.text ?? ctx.message.caption;
  if (ctx.message.text?.startsWith("/")) return next();
  const photo = ctx.message.photo?.at(-1)?.file_id;
  const words: Words = { ...(body ? { text: body } : {}), ...(photo ? { photo } : {}) };
  const session = await ctx.ura.session.load();
  if (isFresh(ctx, session.compose)) return composed(ctx, session, session.compose, words);

  const draft = session.draft;
  const s = draft && flowOf(draft.state).steps[draft.state.step];
  if (draft && s?.type === "message") {
    const flow = flowOf(draft.state);
    // A form too old to send: unless it was sent (then this adds to it), it has lapsed.
    if (isExpired(draft.state, ctx.ura.now(), flow.expiresAfterHours)) {
      if (!(await wasSent(ctx, draft.state.school, await caseIdFor(ctx, draft.state))))
        return ctx.reply(expiredForm(t, draft.state.country));
    }
    ctx.ura.setLocale(draft.locale);
    if (photo && !s.acceptsPhoto) return ctx.reply(ctx.ura.t("not-supported-kind"));
    if (body && body.length > s.maxLength)
      return ctx.reply(ctx.ura.t("describe-too-long", { max: s.maxLength, length: body.length }));
    return submitReport(ctx, draft.state, words, draft.msg);
  }

  const typed = normalizeCode(ctx.message.text ?? "");
  if (typed.length === SCHOOL_CODE_LENGTH && /^[A-Z0-9]+$/.test(typed)) return openSchool(ctx, typed, false);
  return next();
});
