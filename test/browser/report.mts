/**
 * A student's report through the playground, answered by tapping the buttons a child would tap —
 * found by their words in the student's language (locales/*.ftl), not by position.
 */
import type { Page } from "playwright-core";
import { column, send, tap, waitIdle } from "./chat.mts";
import { type Locale, t } from "./locale.mts";

/** The flow's answers (flows/report.json), by step: the option ids. */
export interface Answers {
  danger?: "yes" | "unsure" | "no";
  who?: "me" | "other";
  what?: string;
  harm?: string;
  online?: string;
  by?: string;
  where?: string;
  when?: string;
  often?: string;
  mediation?: "yes" | "maybe" | "no";
}

const ORDER = [
  "danger",
  "who",
  "what",
  "harm",
  "online",
  "by",
  "where",
  "when",
  "often",
  "mediation",
] as const;

/** The student opens the school's link (the poster's QR code). */
export async function openSchoolLink(page: Page): Promise<void> {
  await column(page, "student").locator('[data-testid="open-school-link"]').click();
  await waitIdle(page);
}

/**
 * Taps each given answer in the flow's order; steps the flow skips, or that were answered before,
 * are simply not given. `who` chooses the wording of the buttons that depend on it.
 */
export async function answer(
  page: Page,
  locale: Locale,
  answers: Answers,
  who = answers.who ?? "me",
): Promise<void> {
  for (const step of ORDER) {
    const option = answers[step];
    if (option) await tap(page, "student", t(locale, `q-${step}-${option}`, { who }));
  }
}

/** Confirms the summary and sends the report with a description. */
export async function submit(page: Page, locale: Locale, words: string): Promise<void> {
  await tap(page, "student", t(locale, "summary-ok"));
  await send(page, "student", words);
}
