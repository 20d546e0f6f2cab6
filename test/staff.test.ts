/** Enrolment, notices per route, the queue, taking a case and talking with the student, access control. */
import { env } from "cloudflare:workers";
import type { Locale } from "../src/i18n/locales.ts";
import { describe, expect, it, vi } from "vitest";
import type { CaseRecord } from "../src/domain/case.ts";
import { tooManyRequests } from "../src/playground/telegram-sim-errors.ts";
import { answerFlow, PEER_CONFLICT } from "./support/report.ts";
import { dumpKv, SCHOOLS } from "./support/schools.ts";
import {
  ADMIN_ID,
  answerTo,
  enrolSchoolStaff,
  inviteCodeIn,
  newestCase,
  signedFor,
  takeCase,
} from "./support/staff.ts";
import { type FakeTelegram, kvLog, Person, postUpdate } from "./support/telegram.ts";
import { code, inDesk, storedCases, t, useWorld } from "./support/world.ts";

let tg: FakeTelegram;
let nextId = 20_000;
useWorld((fresh) => {
  tg = fresh;
});

async function report(lang: string, answers = PEER_CONFLICT, words?: string, school = SCHOOLS.XK.code) {
  const s = new Person(tg, nextId++, {
    first_name: "Artemisa",
    last_name: "Krasniqi",
    username: `arta${nextId}`,
    language_code: lang,
  });
  await s.send(`/start s-${school}`);
  await answerFlow(s, answers, words);
  // Staff notices come through the queue, after the webhook answered.
  await tg.settle();
  return { student: s, case: await newestCase(school) };
}

/** A report an adviser took and wrote about; the student has just tapped "Answer" (shown in `shown`). */
async function answering(base: number, lang: string, words: string, shown: Locale = lang as Locale) {
  await enrolSchoolStaff(tg, SCHOOLS.XK.code, base, 1);
  const sent = await report(lang, PEER_CONFLICT, words);
  const adviser = await takeCase(tg, base + 1);
  await adviser.press(t("en", "act-write"));
  await adviser.send("Can you tell us more?");
  await tg.settle();
  await sent.student.press(t(shown, "relay-reply"));
  return { ...sent, adviser };
}

const HOUR = 3_600_000;

async function until(done: () => Promise<boolean>, ms = 10_000): Promise<void> {
  for (const start = Date.now(); Date.now() - start < ms; await new Promise((r) => setTimeout(r, 50)))
    if (await done()) return;
  throw new Error("timed out");
}

// Each step waits for the notice queue: a workflow takes seconds, more when every suite runs at once.
describe("enrolment", { timeout: 30_000 }, () => {
  it("invites are single use, and the principal's advisers appear in /advisers", async () => {
    const { principal, advisers } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 30_000);
    expect(tg.textsTo(30_001).at(-1)).toContain(
      t("en", "join-welcome", { role: t("en", "role-adviser"), school: SCHOOLS.XK.name }),
    );
    await principal.send("/invite adviser");
    const invite = inviteCodeIn(tg.textsTo(30_000).at(-1));
    const first = new Person(tg, 30_050, { first_name: "X", language_code: "en" });
    const second = new Person(tg, 30_051, { first_name: "Y", language_code: "en" });
    await first.send(`/join ${invite}`);
    await second.send(`/join ${invite}`);
    expect(tg.textsTo(30_051).at(-1)).toBe(t("en", "join-invalid"));
    await principal.send("/advisers");
    expect(principal.buttonTexts()).toHaveLength(advisers.length + 1);
  });

  it("an invite expires after 7 days", async () => {
    const { principal } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 31_000, 0);
    await principal.send("/invite adviser");
    const invite = inviteCodeIn(tg.textsTo(31_000).at(-1));
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 7 * 24 * HOUR + 60_000);
    const late = new Person(tg, 31_050, { first_name: "Late", language_code: "en" });
    await late.send(`/join ${invite}`);
    expect(tg.textsTo(31_050).at(-1)).toBe(t("en", "join-invalid"));
  });

  it("limits wrong codes: after 5 even a valid code waits", async () => {
    const { principal } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 32_000, 0);
    const guesser = new Person(tg, 32_050, { first_name: "G", language_code: "en" });
    for (let i = 0; i < 5; i++) await guesser.send(`/join WRONGCODE${i}`);
    await principal.send("/invite adviser");
    await guesser.send(`/join ${inviteCodeIn(tg.textsTo(32_000).at(-1))}`);
    expect(tg.textsTo(32_050).at(-1)).toBe(t("en", "join-too-many"));
  });

  it("only principals invite advisers, only admins invite principals; students reach no staff command", async () => {
    const { advisers } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 33_000, 1);
    const [adviser] = advisers as [Person];
    await adviser.send("/invite adviser");
    expect(tg.textsTo(33_001).at(-1)).toBe(t("en", "principal-only"));
    await adviser.send(`/invite principal ${SCHOOLS.XK.code}`);
    expect(tg.textsTo(33_001).at(-1)).toBe(t("en", "principal-only"));
    const student = new Person(tg, 33_099, { first_name: "S", language_code: "sr" });
    for (const command of ["/queue", "/advisers", "/invite adviser", "/name Boss"]) {
      await student.send(command);
      expect([t("sr-Cyrl", "staff-only"), t("sr-Cyrl", "principal-only")]).toContain(
        tg.textsTo(33_099).at(-1),
      );
    }
  });

  it("a removed adviser loses access at once, even through an old notice's button", async () => {
    const { principal, advisers } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 34_000, 1);
    const [adviser] = advisers as [Person];
    const { case: c } = await report("sq");
    await principal.send("/advisers");
    await principal.press(t("sq", "advisers-remove", { name: "Adviser1" }));
    await principal.press(t("sq", "advisers-remove-confirm"));
    expect(tg.textsTo(34_000).at(-1)).toBe(t("sq", "advisers-removed", { name: "Adviser1" }));
    await adviser.send("/queue");
    expect(tg.textsTo(34_001).at(-1)).toBe(t("en", "staff-only"));
    const notice = tg.keyboards(34_001).find((k) => k.buttons.some((b) => b.text === t("en", "notice-open")));
    expect(tg.textsTo(34_001).some((x) => x.includes(code(c.id)))).toBe(true);
    const press = adviser.callbackUpdate(notice?.buttons[0]?.callback_data ?? "", notice?.messageId ?? 1);
    await postUpdate(press);
    expect(answerTo(tg, press)?.text).toBe(t("en", "staff-only"));
    expect(tg.textsTo(34_001).some((x) => x.includes(t("en", "card-title", { code: code(c.id) })))).toBe(
      false,
    );
  });
});

describe("notifications and the queue", { timeout: 30_000 }, () => {
  it("a mediation case notifies the advisers with category, urgency and age — no content, no identity", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 35_000, 2);
    const { student, case: c } = await report("sq", PEER_CONFLICT, "Më thërrasin me emra të këqij.");
    for (const id of [35_001, 35_002]) {
      const notices = tg.textsTo(id).filter((x) => x.includes(code(c.id)));
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain(t("en", "notice-new"));
      expect(notices[0]).toContain(t("en", "q-what-insults"));
      expect(notices[0]).not.toContain("Më thërrasin");
      expect(notices[0]).not.toContain(String(student.user.id));
      expect(notices[0]).not.toContain("Artemisa");
    }
    // Not the principal: mediation is the club's, unless urgent.
    expect(tg.textsTo(35_000).some((x) => x.includes(code(c.id)))).toBe(false);
  });

  it("a notice Telegram refused for a moment (429) reaches the adviser once, after retry_after", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 35_500, 1);
    const apply = tg.apply.bind(tg);
    let refused = 0;
    vi.spyOn(tg, "apply").mockImplementation((method, payload) => {
      if (method === "sendMessage" && payload.chat_id === 35_501 && refused === 0) {
        refused++;
        return tooManyRequests(1);
      }
      return apply(method, payload);
    });
    const { case: c } = await report("en");
    await tg.settle(1_500);
    expect(refused).toBe(1);
    expect(tg.textsTo(35_501).filter((x) => x.includes(code(c.id)))).toHaveLength(1);
  });

  it("an urgent case about an adult goes to the principal marked urgent, and to the programme — never the club", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 36_000, 1);
    const { case: c } = await report("en", { ...PEER_CONFLICT, danger: "yes", by: "adult" });
    expect(c).toMatchObject({ route: "protection", urgency: "urgent", programme: true });
    const notice = tg.textsTo(36_000).find((x) => x.includes(code(c.id)));
    expect(notice).toContain(t("sq", "notice-new-urgent"));
    expect(tg.textsTo(36_001).some((x) => x.includes(code(c.id)))).toBe(false);
    // The admins hear of it in the school's language, without content.
    expect(tg.textsTo(ADMIN_ID).some((x) => x.includes(code(c.id)) && x.includes(SCHOOLS.XK.name))).toBe(
      true,
    );
  });

  it("/queue: urgency first, then the oldest; filters; one list() and no get per row", async () => {
    const { advisers, principal } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 37_000, 1);
    const [adviser] = advisers as [Person];
    vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
    vi.setSystemTime(Date.now() - 2 * HOUR);
    const older = await report("en");
    vi.useRealTimers();
    const newer = await report("en", { ...PEER_CONFLICT, what: "exclusion" });
    const sexual = await report("en", { ...PEER_CONFLICT, what: "sexual" }); // never the club's
    kvLog.length = 0;
    await adviser.send("/queue");
    expect(kvLog.at(-1)).toMatchObject({ lists: 1 });
    expect(kvLog.at(-1)?.reads).toBeLessThanOrEqual(2);
    const text = tg.textsTo(37_001).at(-1) ?? "";
    expect(text.indexOf(code(older.case.id))).toBeGreaterThan(0);
    expect(text.indexOf(code(older.case.id))).toBeLessThan(text.indexOf(code(newer.case.id)));
    expect(text).not.toContain(code(sexual.case.id));
    await principal.send("/queue");
    const all = tg.textsTo(37_000).at(-1) ?? "";
    // The principal sees everything: the high-urgency protection case above the normal ones.
    expect(all.indexOf(code(sexual.case.id))).toBeGreaterThan(0);
    expect(all.indexOf(code(sexual.case.id))).toBeLessThan(all.indexOf(code(older.case.id)));
    await adviser.press(t("en", "queue-filter-mine"));
    expect(tg.textsTo(37_001).at(-1)).toContain(t("en", "queue-empty"));
  });

  it("pages a long queue", async () => {
    const { advisers } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 38_000, 1);
    const [adviser] = advisers as [Person];
    for (let i = 0; i < 10; i++) await report("en");
    await adviser.send("/queue");
    expect(tg.textsTo(38_001).at(-1)).toContain("(10)");
    await adviser.press("▶");
    const second = tg.textsTo(38_001).at(-1) ?? "";
    expect(second.split("\n").filter((l) => l.includes("·"))).toHaveLength(2);
    expect(adviser.buttonTexts()).toContain("◀");
  });
});

describe("taking a case and talking with the student", { timeout: 30_000 }, () => {
  it("take, ask, answer, photos both ways — the student is told each step, in their language", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 39_000, 1);
    const { student, case: c } = await report("sq", PEER_CONFLICT, "Më ngacmojnë në klasë.");
    const adviser = await takeCase(tg, 39_001);
    const card = tg.textsTo(39_001).find((x) => x.includes(t("en", "card-words")));
    expect(card).toContain("Më ngacmojnë në klasë.");
    expect(tg.textsTo(student.user.id).at(-1)).toContain(t("sq", "student-taken-mediation"));
    await adviser.press(t("en", "act-write"));
    await adviser.send("Hi, can you tell us more? Who was it?");
    expect(tg.textsTo(39_001).at(-1)).toBe(t("en", "relay-sent"));
    await tg.settle();
    const relayed = tg.textsTo(student.user.id).at(-1) ?? "";
    expect(relayed).toContain(t("sq", "relay-from-club", { from: t("sq", "club-name"), code: code(c.id) }));
    expect(relayed).toContain("Hi, can you tell us more?");
    await student.press(t("sq", "relay-reply"));
    await student.send("Dy djem nga klasa 7B.");
    expect(tg.textsTo(student.user.id).at(-1)).toBe(t("sq", "relay-sent-club"));
    await tg.settle();
    const answer = tg.textsTo(39_001).at(-1) ?? "";
    expect(answer).toContain(t("en", "relay-from-student", { code: code(c.id) }));
    expect(answer).toContain("Dy djem nga klasa 7B.");
    await student.sendPhoto("AgAC-screenshot", "Kjo është mesazhi");
    await tg.settle();
    const photo = tg.to(39_001).findLast((x) => x.method === "sendPhoto");
    expect(photo?.payload.photo).toBe("AgAC-screenshot");
    // A photo from the adviser reaches the student as the bot's own message, with the Answer button.
    await adviser.press(t("en", "act-write"));
    await adviser.sendPhoto("AgAC-from-adviser", "Is this the place?");
    await tg.settle();
    const toStudent = tg.to(student.user.id).findLast((x) => x.method === "sendPhoto");
    expect(toStudent?.payload.photo).toBe("AgAC-from-adviser");
    expect(String(toStudent?.payload.caption)).toContain("Is this the place?");
    expect(JSON.stringify(toStudent?.payload.reply_markup)).toContain(t("sq", "relay-reply"));
    expect(tg.calls.some((x) => x.method.startsWith("forward") || x.method === "copyMessage")).toBe(false);
    // Nothing the adviser received identifies the student.
    const toAdviser = JSON.stringify(tg.to(39_001));
    for (const needle of [String(student.user.id), "Artemisa", "Krasniqi", student.user.username ?? "?"])
      expect(toAdviser).not.toContain(needle);
  });

  it("a student's Answer stays open for an hour: later words are not passed on to that case", async () => {
    const { student, case: c } = await answering(39_500, "sq", "Më ngacmojnë.");
    await student.send("Ishin dy.");
    await student.send("Në pushim.");
    expect(tg.textsTo(student.user.id).slice(-2)).toEqual([
      t("sq", "relay-sent-club"),
      t("sq", "relay-sent-club"),
    ]);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 2 * 3_600_000);
    await student.send("Babai më rrahu sot.");
    // Not passed on: the student is pointed to their report (and /start for anything new).
    expect(tg.textsTo(student.user.id).at(-1)).toBe(t("sq", "sent-already", { code: code(c.id) }));
    vi.useRealTimers();
    await tg.settle();
    const toAdviser = tg.textsTo(39_501).join("\n");
    expect(toAdviser).toContain("Në pushim.");
    expect(toAdviser).not.toContain("Babai");
  });

  it("a case already taken cannot be taken again: the second adviser is told who has it", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 41_000, 2);
    const { case: c } = await report("en");
    const a = new Person(tg, 41_001, { first_name: "Adviser1", language_code: "en" });
    const b = new Person(tg, 41_002, { first_name: "Adviser2", language_code: "en" });
    await b.press(t("en", "notice-open"));
    await a.press(t("en", "notice-open"));
    await a.press(t("en", "act-take"));
    const late = b.callbackUpdate(
      b.keyboard().buttons.find((x) => x.text === t("en", "act-take"))?.callback_data ?? "",
      b.keyboard().messageId,
    );
    await postUpdate(late);
    expect(answerTo(tg, late)).toMatchObject({
      text: t("en", "take-already", { name: "Adviser1" }),
      show_alert: true,
    });
    const after = await newestCase(SCHOOLS.XK.code);
    expect(after.assignee).toEqual({ id: 41_001, name: "Adviser1" });
    expect(after.history.filter((h) => h.e === "taken")).toHaveLength(1);
    expect(after.id).toBe(c.id);
  });
});

describe("cron", { timeout: 30_000 }, () => {
  const cron = async (offsetMs: number) => {
    const { runScheduled } = await import("../src/scheduled.ts");
    const run = await runScheduled({ cron: "test" }, env, Date.now() + offsetMs);
    await tg.settle();
    return run;
  };

  it("reminds after 24 h, tells the principal after 72 h, urgent after an hour — and never twice", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 44_000, 1);
    const { case: mediation } = await report("en");
    const { case: urgent } = await report("en", { ...PEER_CONFLICT, danger: "yes" });
    expect((await cron(30 * 60_000)).acted).toMatchObject({ "urgent-unclaimed": 0, remind: 0 });
    expect((await cron(2 * HOUR)).acted).toMatchObject({ "urgent-unclaimed": 1, remind: 0 });
    expect(tg.textsTo(44_000).at(-1)).toBe(t("sq", "cron-urgent", { code: code(urgent.id) }));
    expect((await cron(2 * HOUR)).acted["urgent-unclaimed"]).toBe(0);
    expect((await cron(25 * HOUR)).acted).toMatchObject({ remind: 1 });
    expect(tg.textsTo(44_001).at(-1)).toBe(t("en", "cron-remind-advisers", { code: code(mediation.id) }));
    expect((await cron(73 * HOUR)).acted).toMatchObject({ unclaimed: 2, remind: 0, "urgent-unclaimed": 0 });
    expect(
      tg.textsTo(44_000).filter((x) => x.startsWith(t("sq", "cron-escalate", { code: "" }).slice(0, 10))),
    ).toHaveLength(2);
    expect((await cron(80 * HOUR)).acted).toMatchObject({ unclaimed: 0, remind: 0, "urgent-unclaimed": 0 });
  });

  it("when a run cannot do everything, urgent notices come before erasures", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 44_500, 1);
    const { case: urgent } = await report("en", { ...PEER_CONFLICT, danger: "yes" });
    // 205 cases closed long ago, written as the desk would (its table, and the KV row it writes through).
    const { MAX_ACTIONS } = await import("../src/cron/jobs.ts");
    const { rowOf } = await import("../src/domain/case.ts");
    const old = Math.floor(Date.now() / HOUR) - 400 * 24;
    const closed: CaseRecord[] = Array.from({ length: MAX_ACTIONS + 5 }, (_, i) => ({
      ...urgent,
      id: `Z${String(i).padStart(9, "0")}`,
      status: "withdrawn",
      hour: old,
      closedHour: old,
    }));
    await inDesk(SCHOOLS.XK.code, (sql) => {
      for (const c of closed)
        sql.exec(
          "INSERT INTO cases (id, owner, day, record) VALUES (?, 'x', ?, ?)",
          c.id,
          c.day,
          JSON.stringify(c),
        );
    });
    for (const c of closed) await env.KV.put(`case:${SCHOOLS.XK.code}:${c.id}`, "", { metadata: rowOf(c) });
    const run = await cron(2 * HOUR);
    expect(run.acted["urgent-unclaimed"]).toBe(1);
    expect(run.acted.erase).toBe(MAX_ACTIONS - 1);
    expect(tg.textsTo(44_500).at(-1)).toBe(t("sq", "cron-urgent", { code: code(urgent.id) }));
    // The desk's outbox deletes the erased rows from KV in batches; the next run finds the rest.
    await until(async () => (await env.KV.list({ prefix: `case:${SCHOOLS.XK.code}:` })).keys.length === 7);
    expect((await cron(2 * HOUR)).acted.erase).toBe(6);
    expect(await storedCases(SCHOOLS.XK.code)).toEqual([expect.objectContaining({ id: urgent.id })]);
  });

  it("erases closed cases after the retention period, not before, and not open ones", async () => {
    const { student } = await report("en");
    await report("en", { ...PEER_CONFLICT, what: "exclusion" });
    await student.send("/mycases");
    await student.press(t("en", "mycases-withdraw", { code: "" }).trim());
    await student.press(t("en", "withdraw-yes"));
    expect((await cron(179 * 24 * HOUR)).acted.erase).toBe(0);
    expect((await cron(181 * 24 * HOUR)).acted.erase).toBe(1);
    const left = await storedCases(SCHOOLS.XK.code);
    expect(left).toHaveLength(1);
    expect(left[0]?.status).toBe("new");
  });
});

describe("access control", { timeout: 30_000 }, () => {
  it("an adviser of one school can neither see nor act on another school's case", async () => {
    const xk = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 45_000, 1);
    await enrolSchoolStaff(tg, SCHOOLS.MK.code, 46_000, 1);
    const { case: mkCase } = await report("mk", PEER_CONFLICT, "тајна", SCHOOLS.MK.code);
    const [xkAdviser] = xk.advisers as [Person];
    // Validly signed buttons for the XK adviser that name the MK case: the XK desk has no such case.
    const tries = [
      [await signedFor(45_001, "open", { case: mkCase.id }), "case-not-found"],
      [await signedFor(45_001, "act", { case: mkCase.id, action: "t" }), "case-not-found"],
      [await signedFor(45_001, "act", { case: mkCase.id, action: "w" }), "case-not-yours"],
    ] as const;
    for (const [data, refusal] of tries) {
      const press = xkAdviser.callbackUpdate(data, 1);
      await postUpdate(press);
      expect(answerTo(tg, press)?.text).toBe(t("en", refusal));
    }
    await tg.settle();
    expect(JSON.stringify(tg.to(45_001))).not.toContain("тајна");
    expect((await newestCase(SCHOOLS.MK.code)).status).toBe("new");
    expect(await storedCases(SCHOOLS.XK.code)).toHaveLength(0);
  });

  it("an adviser who did not take a case cannot write to its student, change or close it", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 47_000, 2);
    await report("en");
    await takeCase(tg, 47_001);
    const c = await newestCase(SCHOOLS.XK.code);
    const b = new Person(tg, 47_002, { first_name: "Adviser2", language_code: "en" });
    for (const action of ["w", "n", "x", "u", "k1111", "rs", "re", "e", `h47002`]) {
      const press = b.callbackUpdate(await signedFor(47_002, "act", { case: c.id, action }), 1);
      await postUpdate(press);
      expect(answerTo(tg, press)?.text, action).toBe(t("en", "case-not-yours"));
    }
    const after = await newestCase(SCHOOLS.XK.code);
    expect(after).toMatchObject({ status: "taken", assignee: { id: 47_001 } });
    expect(after.history).toEqual(c.history);
  });

  it("no student identifier in KV or the desk after a whole staff conversation", async () => {
    // A Serbian-language school speaks Cyrillic to its students.
    const { student } = await answering(48_000, "sr", "tekst", "sr-Cyrl");
    await student.send("Answer.");
    await tg.settle();
    expect(tg.textsTo(48_001).at(-1)).toContain("Answer.");
    const desk = await inDesk(SCHOOLS.XK.code, (sql) =>
      ["cases", "notes", "audit", "updates", "outbox", "staff"].map((table) =>
        sql.exec(`SELECT * FROM ${table}`).toArray(),
      ),
    );
    const dump = JSON.stringify([await dumpKv(), desk]);
    for (const needle of [String(student.user.id), "Artemisa", "Krasniqi", student.user.username ?? "?"])
      expect(dump).not.toContain(needle);
  });
});
