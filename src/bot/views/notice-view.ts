/**
 * What a notice looks like to its recipient: the Bot API calls that deliver it, in their language,
 * with buttons signed for them. The student's chat and language are opened from the sealed contact
 * only here, to send — they never leave this function. Relayed words are opened only here too.
 */
import type { InlineKeyboardButton } from "grammy/types";
import type { Config } from "../../config.ts";
import type { Notice } from "../../domain/notices.ts";
import type { TrendsSummary } from "../../domain/trends/summary.ts";
import { CHECK_IN_AFTER_DAYS } from "../../domain/mediation.ts";
import { localIsoDay } from "../../domain/time.ts";
import { formatLocal } from "../../domain/schedule.ts";
import type { Urgency } from "../../domain/routing.ts";
import type { Country } from "../../domain/country.ts";
import type { Locale } from "../../i18n/locales.ts";
import { translator, type Translate } from "../../i18n/translate.ts";
import { openByPurpose, openPart, type SessionPlan, type Words } from "../../storage/sealing.ts";
import { sign } from "../buttons/sign.ts";
import { helpCard } from "./cards.ts";
import { digestCall } from "./digest-view.ts";
import { noticeLines, sessionWhen } from "./case-view.ts";
import { CAPTION_LIMIT, chunks, TEXT_LIMIT } from "./limits.ts";

export interface Call {
  method: "sendMessage" | "sendPhoto";
  payload: Record<string, unknown>;
}

interface Reader {
  chat: number;
  lang: Locale;
  /** Staff of the school get an Open button; admins and the club's group do not. */
  staff: boolean;
  student: boolean;
}

async function readerOf(n: Notice, config: Config): Promise<Reader> {
  const to = n.to;
  if (to.kind === "student") {
    const contact = await openPart(
      config.sealKeys,
      { school: n.school, id: n.caseId ?? "" },
      "contact",
      to.contact,
    );
    return { chat: contact.chat, lang: contact.lang, staff: false, student: true };
  }
  if (to.kind === "group") return { chat: to.chat, lang: to.lang, staff: false, student: false };
  return { chat: to.id, lang: to.lang, staff: to.kind === "staff", student: false };
}

/** The Bot API calls that deliver a notice. */
export async function deliveryOf(n: Notice, config: Config, now: number): Promise<Call[]> {
  const r = await readerOf(n, config);
  const t = translator(r.lang);
  const a = n.args;
  const code = String(a.code ?? "");
  const ref = { school: n.school, id: n.caseId ?? "" };
  const open = async (): Promise<InlineKeyboardButton[][]> =>
    r.staff && n.caseId
      ? [
          [
            {
              text: t("notice-open"),
              callback_data: await sign(config.pseudonymKey, r.chat, r.lang, "open", { case: n.caseId }),
            },
          ],
        ]
      : [];
  const answer = (name: "consent" | "checkIn", yes: "1" | "0") =>
    sign(config.pseudonymKey, r.chat, r.lang, name, { school: ref.school, case: ref.id, yes });
  const studentButtons = async (name: "consent" | "checkIn", yes: string, no: string) => [
    [
      { text: yes, callback_data: await answer(name, "1") },
      { text: no, callback_data: await answer(name, "0") },
    ],
  ];
  const titled = (text: string) => `${t("student-update-title", { code })}\n${text}`;
  const message = (text: string, rows: InlineKeyboardButton[][] = []): Call[] =>
    chunks(text, TEXT_LIMIT).map((piece, i, all) => ({
      method: "sendMessage",
      payload: {
        chat_id: r.chat,
        text: piece,
        ...(i === all.length - 1 && rows.length ? { reply_markup: { inline_keyboard: rows } } : {}),
      },
    }));
  const tz = String(a.tz ?? "UTC");
  const today = localIsoDay(now, tz);
  const session = async () =>
    n.sealed
      ? ((await openByPurpose(config.sealKeys, ref, n.sealed.purpose, n.sealed.value)) as SessionPlan)
      : undefined;

  switch (n.kind) {
    case "digest":
      return [digestCall(r.chat, r.lang, JSON.parse(String(a.summary)) as TrendsSummary, config)];
    case "new-case": {
      const lines = noticeLines(
        t,
        {
          code,
          category: String(a.category),
          urgency: a.urgency as Urgency,
          route: String(a.route),
          day: String(a.day),
        },
        today,
      );
      return message(lines.join("\n"), await open());
    }
    case "no-staff":
    case "programme":
      return message(
        t(`notice-${n.kind}`, { school: String(a.school), code, urgency: t(`urgency-${a.urgency}`) }),
      );
    case "taken":
      return message(titled(t(a.route === "mediation" ? "student-taken-mediation" : "student-taken-staff")));
    case "handover":
    case "escalated":
      return message(t(`${n.kind}-notice`, { code, name: String(a.name ?? "") }), await open());
    case "referred": {
      const external = a.external === "yes";
      if (r.student) {
        const text = titled(t(external ? "student-referred-external" : "student-referred-staff"));
        return message(external ? `${text}\n\n${helpCard(t, "referral", countryOf(a))}` : text);
      }
      return message(t(external ? "referred-external-notice" : "referred-notice", { code }), await open());
    }
    case "closed":
      if (r.student) return message(titled(t(`student-${a.outcome}`)));
      return message(t("closed-notice", { code, outcome: t(`event-${a.outcome}`) }), await open());
    case "consent-ask":
      return message(
        titled(t("student-consent-ask")),
        await studentButtons("consent", t("consent-yes"), t("consent-no")),
      );
    case "consent-answer":
      return message(t(a.yes === "yes" ? "consent-notice-yes" : "consent-notice-no", { code }), await open());
    case "session": {
      const plan = await session();
      if (!plan) return [];
      const key = a.changed === "yes" ? "student-session-changed" : "student-session";
      return message(titled(t(key, { when: sessionWhen(t, plan.at, tz), place: plan.place })));
    }
    case "agreement":
      return message(titled(t("student-agreement", { days: CHECK_IN_AFTER_DAYS })));
    case "check-in-ask":
      return message(
        t("checkin-question", { code }),
        await studentButtons("checkIn", t("checkin-yes"), t("checkin-no")),
      );
    case "check-in-answer":
      return message(
        t(a.better === "yes" ? "checkin-notice-better" : "checkin-notice-worse", { code }),
        await open(),
      );
    case "withdrawn":
      return message(t("withdrawn-notice", { code }));
    case "added":
      return message(t("added-notice", { code }), await open());
    case "relay-to-club":
    case "relay-to-student":
      return relay(n, r, t, config, code);
    case "remind":
      return message(t("cron-remind-advisers", { code }), await open());
    case "unclaimed":
      return message(t("cron-escalate", { code }), await open());
    case "urgent-unclaimed":
      return message(t("cron-urgent", { code }), await open());
    case "expired":
      return message(t("expired-notice", { code }), await open());
    case "unassigned":
      return message(t("unassigned-notice", { code, name: String(a.name ?? "") }), await open());
    case "session-reminder": {
      const plan = await session();
      const at = plan?.at ?? Number(a.at);
      // "{ $day } at { $time }": the clock time only — "today"/"tomorrow" already says the day.
      const time = formatLocal(at, tz).slice(11);
      const day = t(`session-day-${a.session === "today" ? "today" : "tomorrow"}`);
      if (r.student) return message(t("cron-session-student", { day, time, place: plan?.place ?? "" }));
      return message(t("cron-session-adviser", { code, day, time }), await open());
    }
  }
}

const countryOf = (a: Notice["args"]): Country => (a.country as Country | undefined) ?? "XK";

/**
 * Who writes, as the student sees it without a chosen name: the club only on the mediation route —
 * a child who reported abuse must not believe the peer mediators read it.
 */
const senderName = (route: unknown) => (route === "mediation" ? "club-name" : "school-name-sender");

/** Words passed between the student and the club: re-sent by the bot as itself, never forwarded. */
async function relay(n: Notice, r: Reader, t: Translate, config: Config, code: string): Promise<Call[]> {
  if (!n.sealed || !n.caseId) return [];
  const words = (await openByPurpose(
    config.sealKeys,
    { school: n.school, id: n.caseId },
    n.sealed.purpose,
    n.sealed.value,
  )) as Words;
  const toStudent = n.kind === "relay-to-student";
  const header = toStudent
    ? t("relay-from-club", { from: String(n.args.from ?? t(senderName(n.args.route))), code })
    : t("relay-from-student", { code });
  const button: InlineKeyboardButton = toStudent
    ? {
        text: t("relay-reply"),
        callback_data: await sign(config.pseudonymKey, r.chat, r.lang, "answer", {
          school: n.school,
          case: n.caseId,
        }),
      }
    : {
        text: t("act-write"),
        callback_data: await sign(config.pseudonymKey, r.chat, r.lang, "act", {
          case: n.caseId,
          action: "w",
        }),
      };
  return wordsCalls(r.chat, header, words, [[button]]);
}

/** Someone's words as the bot's own messages — text, or a photo by its file id — never cut. */
export function wordsCalls(
  chat: number,
  header: string,
  words: Words,
  rows: InlineKeyboardButton[][],
): Call[] {
  const markup = rows.length ? { reply_markup: { inline_keyboard: rows } } : {};
  const body = [header, words.text].filter(Boolean).join("\n\n");
  const calls: Call[] = [];
  let texts: string[];
  if (words.photo) {
    const fits = body.length <= CAPTION_LIMIT;
    calls.push({
      method: "sendPhoto",
      payload: { chat_id: chat, photo: words.photo, caption: fits ? body : header },
    });
    texts = fits ? [] : chunks(words.text ?? "", TEXT_LIMIT);
  } else texts = chunks(body, TEXT_LIMIT);
  for (const text of texts) calls.push({ method: "sendMessage", payload: { chat_id: chat, text } });
  const last = calls.at(-1);
  if (last) last.payload = { ...last.payload, ...markup };
  return calls;
}
