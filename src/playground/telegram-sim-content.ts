/**
 * How Telegram reads what a bot sends: the text it keeps, how it counts its length, which inline
 * keyboards it accepts and when two keyboards are "the same" (for "message is not modified").
 */
import type { InlineKeyboardMarkup } from "grammy/types";
import { E, type SimError } from "./telegram-sim-errors.ts";

export const TEXT_MAX = 4096;
export const CAPTION_MAX = 1024;
export const CALLBACK_DATA_MAX_BYTES = 64;

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

/**
 * The text Telegram stores: with parse_mode HTML the tags become entities and vanish from the
 * text (limits count what is left), and leading and trailing whitespace is trimmed — which is
 * why "   " is an empty message. MarkdownV2 is not parsed here: its markers count as text.
 */
export function visibleText(raw: unknown, parseMode: unknown): string {
  let text = typeof raw === "string" ? raw : "";
  if (String(parseMode).toLowerCase() === "html") {
    text = text
      .replace(/<[^>]*>/g, "")
      .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot);/gi, (_, e: string) =>
        e.startsWith("#")
          ? String.fromCodePoint(Number.parseInt(e.slice(e[1] === "x" ? 2 : 1), e[1] === "x" ? 16 : 10))
          : (ENTITIES[e.toLowerCase()] ?? ""),
      );
  }
  return text.trim();
}

/**
 * What else distinguishes two texts with the same letters: their formatting. Telegram compares
 * text and entities; comparing the marked-up source is a close, slightly lenient stand-in
 * ("<b>x</b>" and "<strong>x</strong>" count as different here, not in Telegram).
 */
export function formatOf(raw: unknown, parseMode: unknown, visible: string): string | undefined {
  const source = typeof raw === "string" ? raw.trim() : "";
  return parseMode && source !== visible ? `${String(parseMode)}:${source}` : undefined;
}

/** Telegram counts characters as Unicode code points (TDLib's utf8_length). */
export const charCount = (s: string): number => [...s].length;

const BUTTON_KINDS = [
  "url",
  "callback_data",
  "web_app",
  "login_url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
] as const;

/** Refuses an inline keyboard Telegram would refuse; other markup (reply keyboards) passes. */
export function checkMarkup(markup: unknown): SimError | undefined {
  const rows = (markup as { inline_keyboard?: unknown } | undefined)?.inline_keyboard;
  if (!Array.isArray(rows)) return undefined;
  for (const button of rows.flat() as Record<string, unknown>[]) {
    const data = button.callback_data;
    if (typeof data === "string" && new TextEncoder().encode(data).length > CALLBACK_DATA_MAX_BYTES)
      return E.buttonData;
    // "" is read as no callback_data at all, which leaves a button with no action.
    if (!BUTTON_KINDS.some((k) => button[k] !== undefined && !(k === "callback_data" && data === "")))
      return E.textButton;
    const app = button.web_app as { url?: unknown } | undefined;
    if (app && !(typeof app.url === "string" && app.url.startsWith("https://"))) return E.webAppUrl;
  }
  return undefined;
}

/**
 * The inline keyboard a message keeps: Telegram shows only inline keyboards on the message itself
 * (a reply keyboard belongs to the chat), and an empty one is no keyboard.
 */
export function inlineMarkup(markup: unknown): InlineKeyboardMarkup | undefined {
  const rows = (markup as { inline_keyboard?: unknown } | undefined)?.inline_keyboard;
  if (!Array.isArray(rows) || !rows.some((r) => Array.isArray(r) && r.length > 0)) return undefined;
  return markup as InlineKeyboardMarkup;
}

/** Structural equality, blind to key order and to absent-vs-undefined fields. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}
