/**
 * The words and numbers of a dashboard page in the viewer's language: a count as shown ("not
 * shown" when hidden), a breakdown's values by the very labels the report flow uses, months and
 * weeks as people say them.
 */
import type { Locale } from "../../i18n/locales.ts";
import { translator, type Translate } from "../../i18n/translate.ts";
import { localIsoDay } from "../../domain/time.ts";
import { TRENDS_ZONE } from "../../domain/trends/periods.ts";
import type { Dimension, IsoWeek, Shown } from "../../domain/trends/types.ts";

/** Intl's tag for a locale (numbers, upper case): plain "sr" would be Cyrillic in Intl, Ura's "sr" is Latin. */
const INTL: Record<Locale, string> = { sq: "sq", sr: "sr-Latn", mk: "mk", en: "en-GB", "sr-Cyrl": "sr-Cyrl" };

/** What a dimension's value is called: the flow's own labels, a dashboard wording where a child's would not fit. */
const PREFIX: Record<Dimension | "status" | "age", string> = {
  category: "q-what-",
  place: "q-where-",
  route: "route-",
  urgency: "urgency-",
  outcome: "event-",
  checkIn: "dash-checkin-",
  status: "staff-status-",
  age: "dash-age-",
};
const OVERRIDE: Record<string, string> = {
  // The flow asks a child "Thoughts of hurting yourself…": a report about trends names it.
  "category:selfharm": "dash-category-selfharm",
  "place:none": "dash-place-none",
  // Fluent ids cannot hold "+".
  "age:31+": "dash-age-31-plus",
};

export interface Words {
  locale: Locale;
  t: Translate;
  threshold: number;
  /**
   * A count as a person reads it: "12", or "not shown" — never "fewer than 5": a cell hidden to
   * protect a small one is at least the threshold (domain/trends/types.ts, Shown).
   */
  count: (shown: Shown) => string;
  /** The same, short, for a chart's label: "12", or "—". */
  short: (shown: Shown) => string;
  number: (n: number) => string;
  percent: (whole: number) => string;
  /** A change: "+3", "−2", "0"; and as a share of before: "+25%". */
  signed: (n: number) => string;
  signedPercent: (whole: number) => string;
  /** A breakdown's value by its label ("conflict" → "An argument or quarrel"); an unknown one as itself. */
  value: (dimension: Dimension | "status" | "age" | string, value: string) => string;
  /** "November 2026" */
  month: (id: string) => string;
  /** "Nov" (a chart's axis) */
  monthShort: (id: string) => string;
  /** "2 Nov": the Monday a week starts on */
  week: (week: IsoWeek) => string;
  date: (ms: number) => string;
  /** The text with its first letter upper-case (a month name at the start of a row). */
  capital: (text: string) => string;
}

export function wordsFor(locale: Locale, threshold: number): Words {
  const t = translator(locale);
  const tag = INTL[locale];
  // The Worker's Intl has no Albanian or Macedonian data (it would group "1,234" the English way):
  // counts are written without grouping, and month names come from the locales.
  const numbers = new Intl.NumberFormat(tag, { useGrouping: false });
  const signs = new Intl.NumberFormat(tag, { useGrouping: false, signDisplay: "exceptZero" });
  const names = t("dash-months")
    .split(",")
    .map((m) => m.trim());
  const short = t("dash-months-short")
    .split(",")
    .map((m) => m.trim());
  const parts = (id: string) => [Number(id.slice(0, 4)), Number(id.slice(5, 7)) - 1] as const;
  const dayMonth = (ms: number) => {
    const d = new Date(ms);
    return t("dash-day-month", { day: d.getUTCDate(), when: short[d.getUTCMonth()] ?? "" });
  };
  return {
    locale,
    t,
    threshold,
    count: (s) => ("n" in s ? numbers.format(s.n) : t("dash-hidden")),
    short: (s) => ("n" in s ? numbers.format(s.n) : "—"),
    number: (n) => numbers.format(n),
    percent: (whole) => `${numbers.format(whole)}%`,
    signed: (n) => signs.format(n),
    signedPercent: (whole) => `${signs.format(whole)}%`,
    value: (dimension, value) => {
      const prefix = PREFIX[dimension as keyof typeof PREFIX];
      if (prefix === undefined) return value;
      const id = OVERRIDE[`${dimension}:${value}`] ?? `${prefix}${value}`;
      const text = t(id);
      // An unknown value (a flow adapted by a country) shows as itself rather than as a message id.
      const label = text === id ? value : text;
      // The flow's labels are lowercase mid-sentence words ("mediation club"); here they start a row.
      return capital(label, tag);
    },
    month: (id) => {
      const [y, m] = parts(id);
      return `${names[m] ?? id} ${y}`;
    },
    monthShort: (id) => short[parts(id)[1]] ?? id,
    week: (week) => dayMonth(mondayOf(week)),
    date: (ms) => {
      // The day as the schools count it (Central European time), not UTC's.
      const d = new Date(`${localIsoDay(ms, TRENDS_ZONE)}T00:00:00Z`);
      return `${t("dash-day-month", { day: d.getUTCDate(), when: names[d.getUTCMonth()] ?? "" })} ${d.getUTCFullYear()}`;
    },
    capital: (text) => capital(text, tag),
  };
}

const capital = (text: string, tag: string) => text.charAt(0).toLocaleUpperCase(tag) + text.slice(1);

/** The Monday of an ISO week (UTC ms). */
export function mondayOf(week: IsoWeek): number {
  const [y, w] = week.split("-W").map(Number) as [number, number];
  const jan4 = Date.UTC(y, 0, 4);
  const weekday = new Date(jan4).getUTCDay() || 7;
  return jan4 - (weekday - 1) * 86_400_000 + (w - 1) * 7 * 86_400_000;
}
