/**
 * CSV export of a trends view: exactly the figures the view shows, one section per table, a hidden
 * count written as the `trends-csv-hidden` text (never its number). Headers and labels are Fluent
 * message ids passed to `t`, so the export speaks the member's language. RFC 4180: CRLF line ends,
 * fields quoted when needed; a field a spreadsheet would run as a formula is defused with a quote.
 */
import type { Shown, TrendsView } from "./types.ts";

/** Looks a Fluent message up in the member's language. */
export type Translate = (id: string, args?: Record<string, string | number>) => string;
/** How a breakdown's value reads (e.g. "q-what-conflict" → "A conflict"); the raw value by default. */
export type Label = (dimension: string, value: string) => string;

/** Every Fluent id toCsv uses: the locales must have them all. */
export const CSV_MESSAGE_IDS = [
  "trends-csv-scope",
  "trends-csv-period",
  "trends-csv-threshold",
  "trends-csv-hidden",
  "trends-csv-hidden-note",
  "trends-csv-too-few",
  "trends-csv-count",
  "trends-csv-totals",
  "trends-csv-this-period",
  "trends-csv-previous-period",
  "trends-csv-weeks",
  "trends-csv-week",
  "trends-csv-months",
  "trends-csv-month",
  "trends-csv-value",
  "trends-csv-by-category",
  "trends-csv-by-place",
  "trends-csv-by-route",
  "trends-csv-by-urgency",
  "trends-csv-by-outcome",
  "trends-csv-by-checkIn",
  "trends-csv-summary",
  "trends-csv-median-response-days",
  "trends-csv-median-resolve-days",
  "trends-csv-urgent-share",
  "trends-csv-not-shown",
  "trends-csv-open",
  "trends-csv-status",
  "trends-csv-open-age",
  "trends-csv-age",
  "trends-csv-parts",
  "trends-csv-part",
] as const;

export function toCsv(view: TrendsView, t: Translate, label: Label = (_, v) => v): string {
  const hidden = t("trends-csv-hidden", { threshold: view.threshold });
  const count = (c: Shown) => ("n" in c ? String(c.n) : hidden);
  const head: string[][] = [
    [t("trends-csv-scope"), view.scope.name],
    [t("trends-csv-period"), view.period.id],
    [t("trends-csv-threshold"), String(view.threshold)],
  ];
  if (view.tooFew) return lines([...head, [t("trends-csv-too-few", { threshold: view.threshold })]]);
  const section = (title: string, columns: [string, string], rows: Array<[string, Shown]>) => [
    [],
    [t(title)],
    columns.map((c) => t(c)),
    ...rows.map(([k, c]) => [k, count(c)]),
  ];
  const orNone = (n: number | null, suffix = "") =>
    n === null ? t("trends-csv-not-shown") : `${n}${suffix}`;
  return lines([
    ...head,
    [t("trends-csv-hidden-note", { threshold: view.threshold, hidden })],
    ...section(
      "trends-csv-totals",
      ["trends-csv-month", "trends-csv-count"],
      [
        [view.period.id, view.total],
        [view.previous.id, view.previousTotal],
      ],
    ),
    ...section(
      "trends-csv-weeks",
      ["trends-csv-week", "trends-csv-count"],
      view.weeks.map((w) => [w.week, w.count]),
    ),
    ...section(
      "trends-csv-months",
      ["trends-csv-month", "trends-csv-count"],
      view.months.map((m) => [m.period, m.count]),
    ),
    ...view.breakdowns.flatMap((b) =>
      section(
        `trends-csv-by-${b.dimension}`,
        ["trends-csv-value", "trends-csv-count"],
        b.cells.map((c) => [label(b.dimension, c.value), c.count]),
      ),
    ),
    [],
    [t("trends-csv-summary")],
    [t("trends-csv-median-response-days"), orNone(view.medianResponseDays)],
    [t("trends-csv-median-resolve-days"), orNone(view.medianResolveDays)],
    [t("trends-csv-urgent-share"), orNone(view.urgentShare, "%")],
    ...section(
      "trends-csv-open",
      ["trends-csv-status", "trends-csv-count"],
      view.open.map((o) => [label("status", o.status), o.count]),
    ),
    ...section(
      "trends-csv-open-age",
      ["trends-csv-age", "trends-csv-count"],
      view.openAge.map((o) => [o.age, o.count]),
    ),
    ...(view.parts
      ? section(
          "trends-csv-parts",
          ["trends-csv-part", "trends-csv-count"],
          view.parts.map((p) => [p.scope.name, p.count]),
        )
      : []),
  ]);
}

function lines(rows: string[][]): string {
  return `${rows.map((r) => r.map(field).join(",")).join("\r\n")}\r\n`;
}

function field(raw: string): string {
  // A cell starting with = + - @ (or a tab/CR) runs as a formula in spreadsheets: names are typed by people.
  const safe = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
