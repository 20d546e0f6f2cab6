/** Enrols staff the way a school would: admin invites the principal, the principal invites advisers. */
import { env } from "cloudflare:workers";
import type { CaseRecord } from "../../src/domain/case.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { translate } from "../../src/i18n/translate.ts";
import { sign } from "../../src/bot/buttons/sign.ts";
import type { KindName, Payload } from "../../src/bot/buttons/kinds.ts";
import type { Update } from "grammy/types";
import type { FakeTelegram } from "./telegram.ts";
import { Person, postUpdate } from "./telegram.ts";
import { storedCases } from "./world.ts";

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

/** The principal invites the child-protection lead, who joins. */
export async function enrolLead(
  tg: FakeTelegram,
  principalId: number,
  id: number,
  lang: Locale = "en",
): Promise<Person> {
  const principal = new Person(tg, principalId, { first_name: "Ilir", language_code: "sq" });
  await principal.send("/invite lead");
  const lead = new Person(tg, id, { first_name: "Vjosa", language_code: lang });
  await lead.send(`/join ${inviteCodeIn(tg.textsTo(principalId).at(-1))}`);
  return lead;
}

/**
 * An adviser (by id) opens the newest notice of a case and takes it, as they would on their phone.
 * Notices come through the queue: it waits for them first.
 */
export async function takeCase(
  tg: FakeTelegram,
  id: number,
  name = "Adviser1",
  lang: Locale = "en",
): Promise<Person> {
  await tg.settle();
  const adviser = new Person(tg, id, { first_name: name, language_code: lang });
  await adviser.press(translate(lang, "notice-open"));
  await adviser.press(translate(lang, "act-take"));
  await tg.settle();
  return adviser;
}

/** Button data of a kind, validly signed for `userId` — what an old message could still carry. */
export function signedFor<K extends KindName>(
  userId: number,
  name: K,
  payload: Payload<K>,
  locale: Locale = "en",
) {
  return sign(String(env.PSEUDONYM_KEY), userId, locale, name, payload);
}

/**
 * The update of pressing a validly signed "act on case" button (`action`: t take, y other side
 * agreed, …), on the person's newest message with buttons — as an old message could carry it.
 */
export async function actUpdate(
  person: Person,
  caseId: string,
  action: string,
  locale: Locale = "en",
): Promise<Update> {
  const data = await signedFor(person.user.id, "act", { case: caseId, action }, locale);
  return person.callbackUpdate(data, person.tg.keyboards(person.user.id)[0]?.messageId ?? 1);
}

export async function pressAct(person: Person, caseId: string, action: string, locale: Locale = "en") {
  return postUpdate(await actUpdate(person, caseId, action, locale));
}

/** The school's newest case, as its desk keeps it. */
export async function newestCase(school: string): Promise<CaseRecord> {
  const all = await storedCases(school);
  const c = all.at(-1);
  if (!c) throw new Error(`no case at ${school}`);
  return c;
}

/** What the press of `update` was answered with (the webhook reply, or a call): the alert text, if any. */
export function answerTo(
  tg: FakeTelegram,
  update: Update,
): { text?: string; show_alert?: boolean } | undefined {
  const id = update.callback_query?.id;
  const call = tg.calls.find((c) => c.method === "answerCallbackQuery" && c.payload.callback_query_id === id);
  return call?.payload as { text?: string; show_alert?: boolean } | undefined;
}

/** The alert text of the last answered button press. */
export function lastAlert(tg: FakeTelegram): string | undefined {
  return tg.calls.findLast((c) => c.method === "answerCallbackQuery")?.payload.text as string | undefined;
}

/** Opens a case through a validly signed "open" button (as /queue or a notice offers it); returns the last text. */
export async function openCard(person: Person, caseId: string, locale: Locale = "en"): Promise<string> {
  await postUpdate(
    person.callbackUpdate(await signedFor(person.user.id, "open", { case: caseId }, locale), 1),
  );
  return person.tg.textsTo(person.user.id).at(-1) ?? "";
}

/** The suitability checklist from the card, one tap per item (true = the item holds). */
export async function runChecklist(
  adviser: Person,
  answers: boolean[],
  locale: Locale = "en",
): Promise<void> {
  await adviser.press(translate(locale, "act-mediation"));
  for (const yes of answers) await adviser.press(translate(locale, yes ? "check-yes" : "check-no"));
  await adviser.tg.settle();
}

/** Schedules (or moves) the session from the card: "2027-02-04 10:30 Library". */
export async function scheduleSession(adviser: Person, caseId: string, text: string): Promise<void> {
  await openCard(adviser, caseId);
  const label = adviser
    .buttonTexts()
    .find((b) => b === translate("en", "act-schedule") || b === translate("en", "act-reschedule"));
  if (!label) throw new Error(`no schedule button in [${adviser.buttonTexts().join(" | ")}]`);
  await adviser.press(label);
  await adviser.send(text);
  await adviser.tg.settle();
}

/**
 * A case of `student` (who just reported) taken by adviser `id`, with the checklist passed and both
 * sides' consent given: ready for a session.
 */
export async function intoMediation(
  tg: FakeTelegram,
  school: string,
  id: number,
  student: Person,
  studentLocale: Locale,
) {
  const adviser = await takeCase(tg, id);
  const c = await newestCase(school);
  await runChecklist(adviser, [true, true, true, true]);
  await student.press(translate(studentLocale, "consent-yes"));
  await openCard(adviser, c.id);
  await adviser.press(translate("en", "act-other-yes"));
  await tg.settle();
  return { adviser, id: c.id };
}
