/** Enrols staff the way a school would: admin invites the principal, the principal invites advisers. */
import type { Locale } from "../../src/i18n/locales.ts";
import { translate } from "../../src/i18n/translate.ts";
import type { FakeTelegram } from "./telegram.ts";
import { Person } from "./telegram.ts";

export const ADMIN_ID = 900001;

export function inviteCodeIn(text: string | undefined): string {
  const code = /start=j-([2-9A-Z]+)/.exec(text ?? "")?.[1];
  if (!code) throw new Error(`no invite link in: ${text}`);
  return code;
}

export async function enrolSchoolStaff(tg: FakeTelegram, school: string, base: number, advisers = 2) {
  const admin = new Person(tg, ADMIN_ID, { first_name: "Nora", language_code: "en" });
  await admin.send(`/invite principal ${school}`);
  const principal = new Person(tg, base, { first_name: "Ilir", last_name: "Gashi", language_code: "sq" });
  await principal.send(`/start j-${inviteCodeIn(tg.textsTo(ADMIN_ID).at(-1))}`);
  const team: Person[] = [];
  for (let i = 1; i <= advisers; i++) {
    await principal.send("/invite adviser");
    const adviser = new Person(tg, base + i, { first_name: `Adviser${i}`, language_code: "en" });
    await adviser.send(`/join ${inviteCodeIn(tg.textsTo(base).at(-1))}`);
    team.push(adviser);
  }
  return { admin, principal, advisers: team };
}

/** An adviser (by id) opens the newest notice of a case and takes it, as they would on their phone. */
export async function takeCase(
  tg: FakeTelegram,
  id: number,
  name = "Adviser1",
  lang: Locale = "en",
): Promise<Person> {
  const adviser = new Person(tg, id, { first_name: name, language_code: lang });
  await adviser.press(translate(lang, "notice-open"));
  await adviser.press(translate(lang, "act-take"));
  return adviser;
}
