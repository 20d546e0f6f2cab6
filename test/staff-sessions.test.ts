/**
 * The mediation session: what the card shows, the reminder the day before ("today" or "tomorrow"
 * in the school's calendar, not UTC's — Prizren is an hour ahead), and moving it. The clock is
 * fixed: Wednesday 3 February 2027, 10:00 in Prizren (CET, UTC+1).
 */
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { sessionWhen } from "../src/bot/views/case-view.ts";
import type { Locale } from "../src/i18n/locales.ts";
import { translator } from "../src/i18n/translate.ts";
import { answerFlow, PEER_CONFLICT } from "./support/report.ts";
import { SCHOOLS } from "./support/schools.ts";
import { enrolSchoolStaff, intoMediation, newestCase, openCard, scheduleSession } from "./support/staff.ts";
import { type FakeTelegram, Person } from "./support/telegram.ts";
import { code, t, useWorld } from "./support/world.ts";

let tg: FakeTelegram;
let nextId = 85_000;
useWorld((fresh) => {
  tg = fresh;
  // Date is faked but keeps moving, so waiting for the queue still works.
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  vi.setSystemTime(new Date("2027-02-03T09:00:00Z"));
});

const XK = SCHOOLS.XK.code;
const at = (iso: string) => vi.setSystemTime(new Date(iso));
const when = (locale: Locale, iso: string) =>
  sessionWhen(translator(locale), Date.parse(iso), SCHOOLS.XK.timeZone);

async function cron() {
  const { runScheduled } = await import("../src/scheduled.ts");
  const run = await runScheduled({ cron: "test" }, env, Date.now());
  await tg.settle();
  return run.acted;
}

/** A school with one adviser (base + 1) and a case of a student in `lang`, in mediation with both consents. */
async function ready(base: number, lang: Locale = "sq") {
  await enrolSchoolStaff(tg, XK, base, 1);
  const student = new Person(tg, nextId++, { first_name: "Student", language_code: lang });
  await student.send(`/start s-${XK}`);
  await answerFlow(student, PEER_CONFLICT);
  await tg.settle();
  return { student, ...(await intoMediation(tg, XK, base + 1, student, lang)) };
}

// Each step waits for the notice queue: a workflow takes seconds, more when every suite runs at once.
describe("the session reminder", { timeout: 30_000 }, () => {
  it("says 'tomorrow' for a session just after midnight — the school's midnight, while UTC's day is the same", async () => {
    const { student, adviser, id } = await ready(86_000);
    // Thursday 00:30 in Prizren is still Wednesday 23:30 in UTC.
    await scheduleSession(adviser, id, "2027-02-04 00:30 Salla e sportit");
    expect((await cron()).session).toBe(1);
    expect(tg.textsTo(student.user.id).at(-1)).toBe(
      t("sq", "cron-session-student", {
        day: t("sq", "session-day-tomorrow"),
        time: "00:30",
        place: "Salla e sportit",
      }),
    );
    expect(tg.textsTo(86_001).at(-1)).toBe(
      t("en", "cron-session-adviser", {
        code: code(id),
        day: t("en", "session-day-tomorrow"),
        time: "00:30",
      }),
    );
    // Once.
    at("2027-02-03T20:00:00Z");
    expect((await cron()).session).toBe(0);
  });

  it("says 'today' once the school's day has begun, though UTC's has not", async () => {
    const { student, adviser, id } = await ready(87_000);
    await scheduleSession(adviser, id, "2027-02-04 08:00 Biblioteka");
    // 23:30 UTC on Wednesday is 00:30 on Thursday in Prizren: the talk is today.
    at("2027-02-03T23:30:00Z");
    expect((await cron()).session).toBe(1);
    expect(tg.textsTo(student.user.id).at(-1)).toBe(
      t("sq", "cron-session-student", {
        day: t("sq", "session-day-today"),
        time: "08:00",
        place: "Biblioteka",
      }),
    );
    expect(tg.textsTo(87_001).at(-1)).toBe(
      t("en", "cron-session-adviser", { code: code(id), day: t("en", "session-day-today"), time: "08:00" }),
    );
  });

  it("is not sent more than a day before, nor for a session that has passed", async () => {
    const { adviser, id } = await ready(88_000);
    await scheduleSession(adviser, id, "2027-02-05 10:00 Biblioteka");
    expect((await cron()).session).toBe(0);
    at("2027-02-05T09:30:00Z");
    expect((await cron()).session).toBe(0);
  });
});

describe("the session on the card, and moving it", { timeout: 30_000 }, () => {
  it("the card shows the day, time and place; a moved session tells the student it changed, and is reminded again", async () => {
    const { student, adviser, id } = await ready(89_000, "en");
    await scheduleSession(adviser, id, "4.2.2027 10:30 Library");
    const first = when("en", "2027-02-04T09:30:00Z");
    expect(first).toBe(t("en", "session-when", { day: t("en", "day-4"), date: "4.2.", time: "10:30" }));
    expect(tg.textsTo(student.user.id).at(-1)).toContain(
      t("en", "student-session", { when: first, place: "Library" }),
    );
    expect(await openCard(adviser, id)).toContain(t("en", "card-session", { when: first, place: "Library" }));
    expect(adviser.buttonTexts()).toContain(t("en", "act-reschedule"));
    at("2027-02-03T12:00:00Z");
    expect((await cron()).session).toBe(1);
    // Moved to Friday: the student hears it moved, the card follows, and a new reminder is due.
    await scheduleSession(adviser, id, "2027-02-05 09:00 Room 2");
    const moved = when("en", "2027-02-05T08:00:00Z");
    expect(tg.textsTo(89_001).at(-1)).toBe(t("en", "schedule-done", { when: moved, place: "Room 2" }));
    expect(tg.textsTo(student.user.id).at(-1)).toContain(
      t("en", "student-session-changed", { when: moved, place: "Room 2" }),
    );
    const card = await openCard(adviser, id);
    expect(card).toContain(t("en", "card-session", { when: moved, place: "Room 2" }));
    expect(card).not.toContain("Library");
    const c = await newestCase(XK);
    expect(c.history.map((h) => h.e).slice(-2)).toEqual(["scheduled", "rescheduled"]);
    expect(c.mediation?.rescheduled).toBe(true);
    at("2027-02-04T10:00:00Z");
    expect((await cron()).session).toBe(1);
    expect(tg.textsTo(student.user.id).at(-1)).toBe(
      t("en", "cron-session-student", {
        day: t("en", "session-day-tomorrow"),
        time: "09:00",
        place: "Room 2",
      }),
    );
  });

  it("a time in the past, or one that cannot be read, is refused and nothing is saved", async () => {
    const { student, adviser, id } = await ready(84_000);
    const before = tg.to(student.user.id).length;
    for (const text of ["2027-02-02 10:00 Biblioteka", "tomorrow at ten", "2027-02-30 10:00 Biblioteka"]) {
      await scheduleSession(adviser, id, text);
      expect(tg.textsTo(84_001).at(-1)).toBe(t("en", "schedule-invalid"));
    }
    expect((await newestCase(XK)).mediation?.sessionAt).toBeUndefined();
    expect(tg.to(student.user.id)).toHaveLength(before);
  });
});
