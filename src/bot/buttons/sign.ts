/**
 * Signing button data for the person who will press it, and checking it when they do. A forged
 * button, a tampered one or another person's is refused; the 64-byte limit is checked here, once.
 */
import type { InlineKeyboardButton } from "grammy/types";
import { toBase64Url } from "../../crypto/encoding.ts";
import { mac } from "../../crypto/pseudonym.ts";
import { constantTimeEqual } from "../../crypto/compare.ts";
import { FLOWS_SHAPE } from "../../flow/state-codec.ts";
import { type Locale, LOCALES } from "../../i18n/locales.ts";
import {
  FLOW_TAG,
  KINDS,
  type KindName,
  kindOfTag,
  packFields,
  type Payload,
  unpackFields,
} from "./kinds.ts";

export const MAX_CALLBACK_BYTES = 64;
const MAC_CHARS = 8; // 48 bits: forging needs ~2^47 button presses through Telegram's rate limits

async function tag(secret: string, userId: number, body: string): Promise<string> {
  return toBase64Url(await mac(secret, "callback", `${userId}|${body}`)).slice(0, MAC_CHARS);
}

export const localeDigit = (locale: Locale) => String(LOCALES.indexOf(locale));

function checked(data: string): string {
  if (new TextEncoder().encode(data).length > MAX_CALLBACK_BYTES)
    throw new Error(`callback data over ${MAX_CALLBACK_BYTES} bytes`);
  return data;
}

/** Button data of a kind, signed for `userId`. */
export async function sign<K extends KindName>(
  secret: string,
  userId: number,
  locale: Locale,
  name: K,
  payload: Payload<K>,
): Promise<string> {
  const body = `${KINDS[name].tag}${localeDigit(locale)}${packFields(name, payload)}`;
  return checked(`${body}~${await tag(secret, userId, body)}`);
}

/**
 * A signed flow state: one signature for every action of its keyboard. The signature also covers
 * the flows' shape (not sent: it costs no byte), so a form from before a flow edit no longer verifies.
 */
export async function signFlow(
  secret: string,
  userId: number,
  locale: Locale,
  state: string,
  shape = FLOWS_SHAPE,
): Promise<(action: string) => string> {
  const body = `${FLOW_TAG}${localeDigit(locale)}${state}`;
  const signed = `${body}~${await tag(secret, userId, `${shape}|${body}`)}`;
  return (action) => checked(`${signed}.${action}`);
}

export interface Verified<K extends KindName> {
  kind: K;
  locale: Locale;
  payload: Payload<K>;
}

/** The button's kind, locale and fields, or null when it is malformed, forged or someone else's. */
export async function verify(
  secret: string,
  userId: number,
  data: string,
): Promise<Verified<KindName> | null> {
  const cut = data.lastIndexOf("~");
  if (cut < 2 || data.length - cut - 1 !== MAC_CHARS) return null;
  const body = data.slice(0, cut);
  if (!constantTimeEqual(await tag(secret, userId, body), data.slice(cut + 1))) return null;
  const name = kindOfTag(body[0] ?? "");
  const locale = LOCALES[Number(body[1])];
  if (!name || !locale || !/^\d$/.test(body[1] ?? "")) return null;
  const payload = unpackFields(name, body.slice(2));
  return payload ? { kind: name, locale, payload } : null;
}

/** A flow button: the state and the action, or null when forged or someone else's. */
export async function verifyFlow(
  secret: string,
  userId: number,
  data: string,
): Promise<{ locale: Locale; state: string; action: string } | null> {
  const dot = data.lastIndexOf(".");
  const cut = data.lastIndexOf("~", dot);
  if (data[0] !== FLOW_TAG || dot < 0 || cut < 2 || dot - cut - 1 !== MAC_CHARS) return null;
  const body = data.slice(0, cut);
  const expected = await tag(secret, userId, `${FLOWS_SHAPE}|${body}`);
  if (!constantTimeEqual(expected, data.slice(cut + 1, dot))) return null;
  const locale = LOCALES[Number(body[1])];
  if (!locale || !/^\d$/.test(body[1] ?? "")) return null;
  return { locale, state: body.slice(2), action: data.slice(dot + 1) };
}

/** The locale digit every Ura button carries: the language of a press without reading KV. */
export function localeOfData(data: string | undefined): Locale | undefined {
  const digit = data?.[1];
  return digit && /^\d$/.test(digit) ? LOCALES[Number(digit)] : undefined;
}

export type Row = InlineKeyboardButton[];

export function keyboard(rows: Row[]) {
  return { inline_keyboard: rows.filter((r) => r.length > 0) };
}
