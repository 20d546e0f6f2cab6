/**
 * Telegram's theme colours (`tgWebAppThemeParams`) as CSS variables, so the dashboard looks like
 * the chat it opened from. Only known keys and `#rrggbb` values pass: the values end up in a
 * <style> element, and nothing else may.
 */
export type Theme = Partial<Record<ThemeKey, string>>;

const KEYS = [
  "bg_color",
  "text_color",
  "hint_color",
  "link_color",
  "button_color",
  "button_text_color",
  "secondary_bg_color",
  "section_bg_color",
  "section_separator_color",
  "accent_text_color",
  "destructive_text_color",
  "subtitle_text_color",
] as const;
type ThemeKey = (typeof KEYS)[number];

const COLOUR = /^#[0-9a-fA-F]{6}$/;

/** The theme from Telegram's JSON (anything else, or nothing: no theme, the defaults apply). */
export function themeFrom(json: unknown): Theme {
  let parsed: unknown = json;
  if (typeof json === "string") {
    try {
      parsed = JSON.parse(json);
    } catch {
      return {};
    }
  }
  if (!parsed || typeof parsed !== "object") return {};
  const out: Theme = {};
  for (const key of KEYS) {
    const value = (parsed as Record<string, unknown>)[key];
    if (typeof value === "string" && COLOUR.test(value)) out[key] = value.toLowerCase();
  }
  return out;
}

/** Light defaults (the desktop link has no Telegram theme), all with AA contrast on the background. */
const DEFAULTS: Record<ThemeKey, string> = {
  bg_color: "#ffffff",
  text_color: "#1b1f24",
  hint_color: "#5c6670",
  link_color: "#1d5fa8",
  button_color: "#2f6db5",
  button_text_color: "#ffffff",
  secondary_bg_color: "#f1f3f6",
  section_bg_color: "#ffffff",
  section_separator_color: "#d5dae0",
  accent_text_color: "#1d5fa8",
  destructive_text_color: "#b3261e",
  subtitle_text_color: "#5c6670",
};

/** What a key falls back to when an older Telegram app does not send it: a colour of the same theme. */
const DERIVED: Partial<Record<ThemeKey, ThemeKey>> = {
  hint_color: "text_color",
  link_color: "text_color",
  button_color: "link_color",
  secondary_bg_color: "bg_color",
  section_bg_color: "bg_color",
  section_separator_color: "hint_color",
  accent_text_color: "link_color",
  subtitle_text_color: "hint_color",
};

/**
 * `:root { --tg-bg-color: …; … }` for the page's stylesheet. A theme without its background or text
 * colour is not used at all: a dark background under the light default's text would be unreadable.
 */
export function themeCss(theme: Theme): string {
  const given = theme.bg_color && theme.text_color ? theme : {};
  const colour = (key: ThemeKey): string => {
    const derived = DERIVED[key];
    return given[key] ?? (given.bg_color && derived ? colour(derived) : DEFAULTS[key]);
  };
  const resolved = Object.fromEntries(KEYS.map((key) => [key, colour(key)])) as Record<ThemeKey, string>;
  // Text sits on the page (secondary) and on cards (section): it must read on both.
  const grounds = [resolved.secondary_bg_color, resolved.section_bg_color];
  for (const key of TEXT_KEYS) resolved[key] = legible(resolved[key], resolved.text_color, grounds);
  resolved.button_text_color = legible(resolved.button_text_color, resolved.text_color, [
    resolved.button_color,
  ]);
  const vars = KEYS.map((key) => `--tg-${key.replaceAll("_", "-")}:${resolved[key]}`);
  return `:root{${vars.join(";")}}`;
}

/**
 * Telegram's own light theme writes hints in #999999 and links in #2481cc on white: 2.8:1 and
 * 4.1:1, under WCAG's 4.5:1 for text. Such a colour is moved toward the theme's text colour just
 * far enough to read, so the page keeps the theme's look and stays legible.
 */
const TEXT_KEYS: ThemeKey[] = [
  "text_color",
  "hint_color",
  "subtitle_text_color",
  "link_color",
  "accent_text_color",
  "destructive_text_color",
];
const AA = 4.5;

function legible(fg: string, toward: string, grounds: string[]): string {
  const worst = (c: string) => Math.min(...grounds.map((g) => contrast(c, g)));
  for (let step = 0; step <= 20; step++) {
    const c = mix(fg, toward, step / 20);
    if (worst(c) >= AA) return c;
  }
  // Even the text colour does not read there: black or white, whichever reads better.
  return worst("#000000") >= worst("#ffffff") ? "#000000" : "#ffffff";
}

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

function mix(a: string, b: string, t: number): string {
  const [x, y] = [rgb(a), rgb(b)];
  return `#${x
    .map((v, i) =>
      Math.round(v + ((y[i] as number) - v) * t)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/** WCAG 2 contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = rgb(hex).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
