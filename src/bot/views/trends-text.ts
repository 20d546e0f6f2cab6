/**
 * A trends summary as a chat message — `/trends` and the principals' Monday digest say the same
 * things the same way. Every figure comes from the summary (already suppressed): "not shown" where
 * the dashboard says it, nothing a reader could subtract.
 */
import type { TrendsSummary } from "../../domain/trends/summary.ts";
import type { Words } from "../../web/dashboard/labels.ts";

function ranked(words: Words, title: string, dimension: string, cells: TrendsSummary["categories"]) {
  if (cells.length === 0) return [];
  return [
    "",
    `${title}:`,
    ...cells.map((c) => `• ${words.value(dimension, c.value)} — ${words.number(c.n)}`),
  ];
}

/** The lines of a summary, under `title`; the dashboard's footnote ends it. */
export function trendsText(summary: TrendsSummary, words: Words, title: string): string {
  const { t } = words;
  const when = words.month(summary.month);
  const lines = [title, ""];
  if (summary.week)
    lines.push(
      t("trends-week", { date: words.week(summary.week.week), count: words.count(summary.week.count) }),
    );
  if (summary.tooFew) {
    lines.push(t("dash-too-few", { limit: summary.threshold, when }));
    return lines.join("\n");
  }
  lines.push(
    t("trends-month", { when, count: words.count(summary.total), before: words.count(summary.previous) }),
    ...ranked(words, t("dash-by-category"), "category", summary.categories),
    ...ranked(words, t("dash-by-place"), "place", summary.places),
  );
  // Every age "fewer than 5" tells a reader nothing: the section is left out then.
  if (summary.openAge.some((a) => "n" in a.count))
    lines.push(
      "",
      `${t("dash-open-age")}:`,
      ...summary.openAge.map((a) => `• ${words.value("age", a.age)} — ${words.count(a.count)}`),
    );
  lines.push("", t("trends-footnote", { limit: summary.threshold }));
  return lines.join("\n");
}
