/** Help cards: the country's numbers, as data from flows/directory.json, in the person's language. */
import { type CardKind, type Country, type DirectoryEntry, EMERGENCY_NUMBER } from "../../domain/country.ts";
import { directoryFor } from "../../flow/registry.ts";
import type { Translate } from "../../i18n/translate.ts";

/** Who a report is about: the cards speak to the child, or about the child they are worried for. */
export type About = "me" | "other";

export function entryLine(t: Translate, e: DirectoryEntry): string {
  return e.number ? `☎️ ${e.number} — ${t(e.label)} (${t(e.hours)})` : `• ${t(e.label)}`;
}

/**
 * The help card of a kind. The helpline card follows safe-messaging guidance: thanks, "you don't
 * have to go through this alone", a trusted adult today, and 112 for danger now — and it offers a
 * listening line only where one is confirmed, never "talk to someone now" above a list without one.
 */
export function helpCard(t: Translate, kind: CardKind, country: Country, about: About = "me"): string {
  const dir = directoryFor(country);
  if (kind === "helpline") {
    const lines = [t("card-helpline-title")];
    if (dir.helpline.length)
      lines.push("", t("card-helpline-talk"), ...dir.helpline.map((e) => entryLine(t, e)));
    lines.push("", t("card-helpline-danger", { who: about, number: EMERGENCY_NUMBER }));
    return lines.join("\n");
  }
  const title = kind === "emergency" ? "card-emergency-title" : "card-referral-title";
  return [t(title), ...dir[kind].map((e) => entryLine(t, e))].join("\n");
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

/** A lapsed form: the child may have come back because it is urgent now, so the numbers come with it. */
export const expiredForm = (t: Translate, country: Country): string =>
  `${t("report-expired")}\n\n${helpCard(t, "emergency", country)}`;
