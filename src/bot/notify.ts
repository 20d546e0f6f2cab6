/**
 * Messages that go to someone other than the person who acted: staff notices, and what the
 * student is told about their case. The student's chat id and language are opened from the sealed
 * part only here, to send — they never leave this function.
 */
import type { Api, RawApi } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { Config } from "../config.ts";
import { signCallback } from "../crypto/callback.ts";
import { openJson } from "../crypto/seal.ts";
import { isNotifiedOf } from "../domain/access.ts";
import { displayCode, type SealedPart, type StoredCase } from "../domain/case.ts";
import type { Role } from "../domain/staff.ts";
import { translator } from "../i18n/translate.ts";
import type { Translate } from "../i18n/translate.ts";
import type { Locale } from "../i18n/locales.ts";
import { keys } from "../storage/keys.ts";
import type { Kv } from "../storage/kv-counter.ts";
import { getGroup, getStaff, listStaff } from "../storage/staff.ts";
import { localeDigit } from "./callback-locale.ts";
import { CAPTION_LIMIT, chunks, TEXT_LIMIT } from "./limits.ts";
import { noticeText } from "./case-view.ts";

export type BotApi = Api<RawApi>;

export async function openSealed(config: Config, c: StoredCase): Promise<SealedPart> {
  return openJson<SealedPart>(config.sealKey, c.sealed, keys.case(c.school, c.id));
}

/** The staff's internal notes, opened for the card (sealed apart from the report, see relay.ts). */
export async function openNotes(config: Config, c: StoredCase): Promise<string[]> {
  return c.notes ? openJson<string[]>(config.sealKey, c.notes, `${keys.case(c.school, c.id)}#notes`) : [];
}

/** A button signed for someone else (the student or a colleague) than the person acting now. */
export async function buttonFor(
  config: Config,
  userId: number,
  text: string,
  body: string,
): Promise<InlineKeyboardButton> {
  return { text, callback_data: await signCallback(config.pseudonymKey, userId, body) };
}

export const openCaseData = (locale: Locale, caseId: string) => `O${localeDigit(locale)}${caseId}`;

/**
 * New case: mediation cases go to the school's advisers (and the club's group, without the open
 * button); everything else to the child-protection lead and the principal, who also hears of every
 * urgent case (src/domain/access.ts). Category, urgency, age only.
 */
export async function notifyNewCase(
  api: BotApi,
  kv: Kv,
  config: Config,
  c: StoredCase,
  now: number,
): Promise<void> {
  const staff = await listStaff(kv, c.school);
  const targets = staff.filter((s) => isNotifiedOf(s.role, c));
  for (const s of targets) {
    const t = translator(s.lang);
    const open = await buttonFor(config, s.id, t("notice-open"), openCaseData(s.lang, c.id));
    await send(api, s.id, noticeText(t, c, now), [[open]]);
  }
  if (c.route === "mediation") {
    const group = await getGroup(kv, c.school);
    if (group) await send(api, group.chatId, noticeText(translator(group.lang), c, now), []);
  }
}

/** Notifies staff members by id, each in their own language. */
export async function notifyStaff(
  api: BotApi,
  kv: Kv,
  config: Config,
  school: string,
  filter: (s: { id: number; role: Role }) => boolean,
  text: (t: Translate) => string,
  caseId?: string,
): Promise<number> {
  const staff = (await listStaff(kv, school)).filter(filter);
  for (const s of staff) {
    const t = translator(s.lang);
    const rows = caseId
      ? [[await buttonFor(config, s.id, t("notice-open"), openCaseData(s.lang, caseId))]]
      : [];
    await send(api, s.id, text(t), rows);
  }
  return staff.length;
}

/** Notifies one colleague (by id, read in one get) in their language, with the case's open button. */
export async function notifyMember(
  api: BotApi,
  kv: Kv,
  config: Config,
  school: string,
  userId: number | undefined,
  text: (t: Translate) => string,
  caseId?: string,
): Promise<void> {
  const member = userId === undefined ? null : await getStaff(kv, school, userId);
  if (!member) return;
  const t = translator(member.lang);
  const rows = caseId
    ? [[await buttonFor(config, member.id, t("notice-open"), openCaseData(member.lang, caseId))]]
    : [];
  await send(api, member.id, text(t), rows);
}

/** Re-sends a person's words as the bot itself — text, or a photo by its file id — never a forward. */
export async function resend(
  api: BotApi,
  chatId: number,
  header: string,
  words: { text?: string; photo?: string },
  button: InlineKeyboardButton,
): Promise<void> {
  const reply_markup = { inline_keyboard: [[button]] };
  const body = [header, words.text].filter(Boolean).join("\n\n");
  // Nothing is cut: a long text goes in several messages, a long caption after its photo.
  const pieces = chunks(body, words.photo ? CAPTION_LIMIT : TEXT_LIMIT);
  const [first = "", ...rest] =
    words.photo && body.length > CAPTION_LIMIT ? [header, ...chunks(words.text ?? "")] : pieces;
  if (words.photo)
    await api.sendPhoto(chatId, words.photo, { caption: first, ...(rest.length ? {} : { reply_markup }) });
  else await api.sendMessage(chatId, first, rest.length ? {} : { reply_markup });
  for (const [i, piece] of rest.entries()) {
    await api.sendMessage(chatId, piece, i === rest.length - 1 ? { reply_markup } : {});
  }
}

/** "📣 About your report K7Q4M ZX2PA:" and what happened, in whichever language `t` speaks. */
export function caseUpdate(c: StoredCase, key: string, args: Record<string, string | number> = {}) {
  return (t: Translate) => `${t("student-update-title", { code: displayCode(c.id) })}\n${t(key, args)}`;
}

/** Tells the student about their case, in their language; `rows` are built for the student's id. */
export async function tellStudent(
  api: BotApi,
  config: Config,
  c: StoredCase,
  text: (t: Translate) => string,
  rows: (t: Translate, chat: number, locale: Locale) => Promise<InlineKeyboardButton[][]> = async () => [],
): Promise<void> {
  const sealed = await openSealed(config, c);
  const t = translator(sealed.lang);
  await send(api, sealed.chat, text(t), await rows(t, sealed.chat, sealed.lang));
}

async function send(
  api: BotApi,
  chatId: number,
  text: string,
  rows: InlineKeyboardButton[][],
): Promise<void> {
  // A blocked bot or a deleted chat must not stop the others from being told.
  await api
    .sendMessage(chatId, text, rows.length ? { reply_markup: { inline_keyboard: rows } } : {})
    .catch((error: unknown) =>
      console.error("notify failed", error instanceof Error ? error.name : "unknown"),
    );
}
