/** Help cards: the country's numbers, as data from flows/directory.json, in the person's language. */
import { directoryFor } from "../flow/registry.ts";
import type { CardKind, Country, DirectoryEntry } from "../flow/types.ts";
import type { Translate } from "../i18n/translate.ts";

const TITLES: Record<CardKind, string> = {
  emergency: "card-emergency-title",
  helpline: "card-helpline-title",
  referral: "card-referral-title",
};

export function entryLine(t: Translate, e: DirectoryEntry): string {
  return e.number ? `☎️ ${e.number} — ${t(e.label)} (${t(e.hours)})` : `• ${t(e.label)}`;
}

export function cardText(t: Translate, kind: CardKind, country: Country): string {
  const entries = directoryFor(country)[kind];
  return [t(TITLES[kind]), ...entries.map((e) => entryLine(t, e))].join("\n");
}

/** /help: every list of the country, without repeating a number. */
export function helpText(t: Translate, country: Country): string {
  const dir = directoryFor(country);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const e of [...dir.emergency, ...dir.helpline, ...dir.referral]) {
    const id = `${e.label}|${e.number ?? ""}`;
    if (seen.has(id)) continue;
    seen.add(id);
    lines.push(entryLine(t, e));
  }
  return [t("help-intro", { country: t(`country-${country}`) }), ...lines].join("\n");
}
