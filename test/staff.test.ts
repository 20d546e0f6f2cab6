import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import type { StoredCase } from "../src/domain/case.ts";
import { runScheduled } from "../src/scheduled.ts";
import { answerFlow, PEER_CONFLICT } from "./support/report.ts";
import { dumpKv, SCHOOLS } from "./support/schools.ts";
import { enrolSchoolStaff, inviteCodeIn } from "./support/staff.ts";
import { type FakeTelegram, kvLog, Person, postUpdate } from "./support/telegram.ts";
import { useWorld, t, code } from "./support/world.ts";

let tg: FakeTelegram;
let nextId = 20_000;
useWorld((fresh) => {
  tg = fresh;
});

async function allCases(school = SCHOOLS.XK.code): Promise<StoredCase[]> {
  const list = await env.KV.list({ prefix: `case:${school}:` });
  return Promise.all(
    list.keys.map(async (k) => JSON.parse((await env.KV.get(k.name)) ?? "null") as StoredCase),
  );
}

async function report(lang: string, answers = PEER_CONFLICT, words?: string, school = SCHOOLS.XK.code) {
  const s = new Person(tg, nextId++, {
    first_name: "Artemisa",
    last_name: "Krasniqi",
    username: `arta${nextId}`,
    language_code: lang,
  });
  await s.send(`/start s-${school}`);
  await answerFlow(s, answers, words);
  const cases = await allCases(school);
  const mine = cases.sort((a, b) => b.createdAt - a.createdAt)[0] as StoredCase;
  return { student: s, case: mine };
}

const cron = (offsetMs: number) => runScheduled({ cron: "test" }, env, {}, Date.now() + offsetMs);
const HOUR = 3_600_000;

describe("enrolment", () => {
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
      expect(tg.textsTo(33_099).at(-1)).toMatch(
        new RegExp(`${t("sr", "staff-only")}|${t("sr", "principal-only")}`),
      );
    }
  });

  it("a removed adviser loses access at once", async () => {
    const { principal, advisers } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 34_000, 1);
    const [adviser] = advisers as [Person];
    const { case: c } = await report("sq");
    await principal.send("/advisers");
    await principal.press(t("sq", "advisers-remove", { name: "Adviser1" }));
    await principal.press(t("sq", "advisers-remove-confirm"));
    expect(tg.textsTo(34_000).at(-1)).toBe(t("sq", "advisers-removed", { name: "Adviser1" }));
    await adviser.send("/queue");
    expect(tg.textsTo(34_001).at(-1)).toBe(t("en", "staff-only"));
    // Even an old notice's "open" button no longer works.
    const notice = tg.to(34_001).find((x) => String(x.payload.text).includes(code(c.id)));
    const markup = notice?.payload.reply_markup as
      | { inline_keyboard: { callback_data: string }[][] }
      | undefined;
    const button = markup?.inline_keyboard[0]?.[0];
    await postUpdate(adviser.callbackUpdate(button?.callback_data ?? "", notice?.messageId ?? 1));
    expect(tg.calls.at(-1)?.payload.text).toBe(t("en", "staff-only"));
  });
});

describe("notifications and the queue", () => {
  it("a mediation case notifies the advisers with category, urgency and age — no content, no identity", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 35_000, 2);
    const { student, case: c } = await report("sq", PEER_CONFLICT, "Më thërrasin me emra të këqij.");
    for (const id of [35_001, 35_002]) {
      const notice = tg.textsTo(id).find((x) => x.includes(code(c.id)));
      expect(notice).toContain(t("en", "notice-new"));
      expect(notice).toContain(t("en", "q-what-insults"));
      expect(notice).not.toContain("Më thërrasin");
      expect(notice).not.toContain(String(student.user.id));
      expect(notice).not.toContain("Artemisa");
    }
    // Not the principal: mediation is the club's.
    expect(tg.textsTo(35_000).some((x) => x.includes(code(c.id)))).toBe(false);
  });

  it("staff still hear of a case when notifying failed and Telegram redelivered the update", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 35_500, 1);
    const s = new Person(tg, nextId++, { first_name: "A", language_code: "en" });
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    const { answerUntil } = await import("./support/report.ts");
    await answerUntil(s, PEER_CONFLICT, "describe");
    const update = s.messageUpdate("words");
    const list = env.KV.list.bind(env.KV);
    const failing = vi.spyOn(env.KV, "list").mockRejectedValueOnce(new Error("KV list failed"));
    expect((await postUpdate(update)).status).toBe(503);
    failing.mockImplementation(list);
    expect((await postUpdate(update)).status).toBe(200);
    const [c] = await allCases();
    expect(tg.textsTo(35_501).some((x) => x.includes(code(c?.id ?? "")))).toBe(true);
    expect(await allCases()).toHaveLength(1);
  });

  it("an urgent case outside mediation goes to the principal, marked urgent", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 36_000, 1);
    const { case: c } = await report("en", { ...PEER_CONFLICT, danger: "yes", what: "adult" });
    const notice = tg.textsTo(36_000).find((x) => x.includes(code(c.id)));
    expect(notice).toContain(t("sq", "notice-new-urgent"));
    expect(tg.textsTo(36_001).some((x) => x.includes(code(c.id)))).toBe(false);
  });

  it("/queue: urgency first, then the oldest; filters; one list() and no get per row", async () => {
    const { advisers, principal } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 37_000, 1);
    const [adviser] = advisers as [Person];
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() - 2 * HOUR);
    const older = await report("en");
    vi.useRealTimers();
    const newer = await report("en", { ...PEER_CONFLICT, what: "exclusion" });
    await report("en", { ...PEER_CONFLICT, what: "sexual" }); // never the club's
    kvLog.length = 0;
    await adviser.send("/queue");
    expect(kvLog.at(-1)).toMatchObject({ lists: 1 });
    expect(kvLog.at(-1)?.reads).toBeLessThanOrEqual(2);
    const text = tg.textsTo(37_001).at(-1) ?? "";
    expect(text.indexOf(code(older.case.id))).toBeGreaterThan(0);
    expect(text.indexOf(code(older.case.id))).toBeLessThan(text.indexOf(code(newer.case.id)));
    expect(text).not.toContain(t("en", "q-what-sexual"));
    await principal.send("/queue");
    expect(tg.textsTo(37_000).at(-1)).toContain(t("sq", "q-what-sexual"));
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
  });
});

describe("taking a case and talking with the student", () => {
  it("take, ask, answer, photos both ways — the student is told each step, in their language", async () => {
    const { advisers } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 39_000, 1);
    const [adviser] = advisers as [Person];
    const { student, case: c } = await report("sq", PEER_CONFLICT, "Më ngacmojnë në klasë.");
    await adviser.press(t("en", "notice-open"));
    await adviser.press(t("en", "act-take"));
    const card = tg.textsTo(39_001).find((x) => x.includes(t("en", "card-words")));
    expect(card).toContain("Më ngacmojnë në klasë.");
    expect(tg.textsTo(student.user.id).at(-1)).toContain(t("sq", "student-taken-mediation"));
    await adviser.press(t("en", "act-write"));
    await adviser.send("Hi, can you tell us more? Who was it?");
    const relayed = tg.textsTo(student.user.id).at(-1) ?? "";
    expect(relayed).toContain(
      t("sq", "relay-from-club", { from: t("sq", "club-name"), code: code(c.id) }).slice(0, 10),
    );
    expect(relayed).toContain("Hi, can you tell us more?");
    await student.press(t("sq", "relay-reply"));
    await student.send("Dy djem nga klasa 7B.");
    const answer = tg.textsTo(39_001).at(-1) ?? "";
    expect(answer).toContain(t("en", "relay-from-student", { code: code(c.id) }));
    expect(answer).toContain("Dy djem nga klasa 7B.");
    await student.sendPhoto("AgAC-screenshot", "Kjo është mesazhi");
    const photo = tg.to(39_001).findLast((x) => x.method === "sendPhoto");
    expect(photo?.payload.photo).toBe("AgAC-screenshot");
    // And a photo from the adviser reaches the student as the bot's own message, with the Answer button.
    await adviser.press(t("en", "act-write"));
    await adviser.sendPhoto("AgAC-from-adviser", "Is this the place?");
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

  it("two advisers taking at once: one gets it, both are told who has it", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 40_000, 2);
    const { case: c } = await report("en");
    const a = new Person(tg, 40_001, { first_name: "Adviser1", language_code: "en" });
    const b = new Person(tg, 40_002, { first_name: "Adviser2", language_code: "en" });
    await a.press(t("en", "notice-open"));
    await b.press(t("en", "notice-open"));
    const pressA = a.callbackUpdate(
      a.keyboard().buttons.find((x) => x.text === t("en", "act-take"))?.callback_data ?? "",
      1,
    );
    const pressB = b.callbackUpdate(
      b.keyboard().buttons.find((x) => x.text === t("en", "act-take"))?.callback_data ?? "",
      1,
    );
    await Promise.all([postUpdate(pressA), postUpdate(pressB)]);
    const [stored] = await allCases();
    expect(stored?.id).toBe(c.id);
    const winner = stored?.assignee?.id;
    expect([40_001, 40_002]).toContain(winner);
    const loser = winner === 40_001 ? 40_002 : 40_001;
    const winnerName = winner === 40_001 ? "Adviser1" : "Adviser2";
    expect(tg.textsTo(loser).at(-1)).toBe(t("en", "take-lost", { name: winnerName }));
    expect(
      tg
        .textsTo(winner ?? 0)
        .some(
          (x) => x.includes(t("en", "card-words")) || x.includes(t("en", "card-title", { code: code(c.id) })),
        ),
    ).toBe(true);
  });

  it("a case already taken cannot be taken again", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 41_000, 2);
    await report("en");
    const a = new Person(tg, 41_001, { first_name: "Adviser1", language_code: "en" });
    const b = new Person(tg, 41_002, { first_name: "Adviser2", language_code: "en" });
    await b.press(t("en", "notice-open"));
    await a.press(t("en", "notice-open"));
    await a.press(t("en", "act-take"));
    await b.press(t("en", "act-take"));
    expect(tg.calls.at(-1)?.payload.text).toBe(t("en", "take-already", { name: "Adviser1" }));
  });
});

describe("mediation as a workflow", () => {
  it("checklist, consents, session with reminder, agreement, check-in that reopens", async () => {
    const { advisers } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 42_000, 1);
    const [adviser] = advisers as [Person];
    const { student, case: c } = await report("mk", PEER_CONFLICT, undefined, SCHOOLS.XK.code);
    await adviser.press(t("en", "notice-open"));
    await adviser.press(t("en", "act-take"));
    await adviser.press(t("en", "act-mediation"));
    for (let i = 0; i < 4; i++) await adviser.press(t("en", "check-yes"));
    expect(tg.textsTo(42_001).at(-1)).toBe(t("en", "check-suitable"));
    expect(tg.textsTo(student.user.id).at(-1)).toContain(t("mk", "student-consent-ask"));
    await student.press(t("mk", "consent-yes"));
    expect(tg.textsTo(42_001).at(-1)).toBe(t("en", "consent-notice-yes", { code: code(c.id) }));
    await adviser.press(t("en", "notice-open"));
    await adviser.press(t("en", "act-other-yes"));
    await adviser.press(t("en", "act-schedule"));
    const tomorrow = new Date(Date.now() + 20 * HOUR);
    const when = `${tomorrow.toISOString().slice(0, 10)} 23:59`;
    await adviser.send(`${when} Biblioteka`);
    expect(tg.textsTo(student.user.id).at(-1)).toContain("Biblioteka");
    expect((await allCases())[0]?.mediation?.otherConsent).toBe("yes");
    // The day before: the student and the adviser are reminded, once.
    const first = await cron(0);
    expect(first.acted.session).toBe(1);
    expect(tg.textsTo(student.user.id).at(-1)).toContain(
      t("mk", "cron-session-student", { when: "", place: "" }).slice(0, 8),
    );
    expect((await cron(0)).acted.session).toBe(0);
    await adviser.press(t("en", "notice-open"));
    await adviser.press(t("en", "act-agreement"));
    await adviser.send("Both apologise; they sit apart in class for a month.");
    const resolved = (await allCases())[0];
    expect(resolved).toMatchObject({ status: "resolved", outcome: "agreement" });
    expect(JSON.stringify(resolved)).not.toContain("apologise");
    expect(tg.textsTo(student.user.id).at(-1)).toContain(t("mk", "student-agreement", { days: 10 }));
    expect((await cron(9 * 24 * HOUR)).acted["check-in"]).toBe(0);
    expect((await cron(11 * 24 * HOUR)).acted["check-in"]).toBe(1);
    expect(tg.textsTo(student.user.id).at(-1)).toBe(t("mk", "checkin-question", { code: code(c.id) }));
    await student.press(t("mk", "checkin-no"));
    expect((await allCases())[0]?.status).toBe("taken");
    expect(tg.textsTo(42_001).at(-1)).toBe(t("en", "checkin-notice-worse", { code: code(c.id) }));
    expect((await cron(12 * 24 * HOUR)).acted["check-in"]).toBe(0);
  });

  it("an unsuitable case is referred on with the directory, and the student is told where to get help", async () => {
    const { advisers } = await enrolSchoolStaff(tg, SCHOOLS.AL.code, 43_000, 1);
    const [adviser] = advisers as [Person];
    const { student } = await report("sq", PEER_CONFLICT, undefined, SCHOOLS.AL.code);
    await adviser.press(t("en", "notice-open"));
    await adviser.press(t("en", "act-take"));
    await adviser.press(t("en", "act-mediation"));
    await adviser.press(t("en", "check-yes"));
    await adviser.press(t("en", "check-no"));
    await adviser.press(t("en", "check-yes"));
    await adviser.press(t("en", "check-yes"));
    expect(tg.textsTo(43_001).at(-1)).toContain(t("en", "check-unsuitable"));
    expect(tg.textsTo(43_001).at(-1)).toContain("116 111");
    await adviser.press(t("en", "act-refer-external"));
    expect((await allCases(SCHOOLS.AL.code))[0]).toMatchObject({
      status: "referred",
      outcome: "referred-external",
    });
    const told = tg.textsTo(student.user.id).at(-1) ?? "";
    expect(told).toContain(t("sq", "student-referred-external"));
    expect(told).toContain("116 111");
  });
});

describe("cron", () => {
  it("reminds after 24 h, escalates after 72 h, urgent after 1 h — and never twice", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 44_000, 1);
    const { case: mediation } = await report("en");
    const { case: urgent } = await report("en", { ...PEER_CONFLICT, danger: "yes" });
    expect((await cron(30 * 60_000)).acted).toMatchObject({ urgent: 0, remind: 0 });
    expect((await cron(2 * HOUR)).acted).toMatchObject({ urgent: 1, remind: 0 });
    expect(tg.textsTo(44_000).at(-1)).toBe(t("sq", "cron-urgent", { code: code(urgent.id) }));
    expect((await cron(2 * HOUR)).acted.urgent).toBe(0);
    expect((await cron(25 * HOUR)).acted).toMatchObject({ remind: 1 });
    expect(tg.textsTo(44_001).at(-1)).toBe(t("en", "cron-remind-advisers", { code: code(mediation.id) }));
    const late = await cron(73 * HOUR);
    expect(late.acted).toMatchObject({ escalate: 2, remind: 0, urgent: 0 });
    expect((await cron(80 * HOUR)).acted).toMatchObject({ escalate: 0, remind: 0, urgent: 0 });
  });

  it("when a run cannot do everything, urgent notices come before erasures", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 44_500, 1);
    const { case: urgent } = await report("en", { ...PEER_CONFLICT, danger: "yes" });
    const { putCase } = await import("../src/storage/cases.ts");
    const { kv } = await import("./support/schools.ts");
    const old = Date.now() - 400 * 24 * HOUR;
    for (let i = 0; i < 45; i++) {
      const alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
      const id = `ZZZZZZZZ${alphabet[Math.floor(i / 30)]}${alphabet[i % 30]}`;
      await putCase(kv, { ...urgent, id, status: "withdrawn", closedAt: old, createdAt: old });
    }
    const run = await cron(2 * HOUR);
    expect(run.acted.urgent).toBe(1);
    expect(run.acted.erase).toBe(39);
    expect((await cron(2 * HOUR)).acted.erase).toBeGreaterThan(0);
  });

  it("erases closed cases after the retention period, not before, and not open ones", async () => {
    const { student } = await report("en");
    await report("en", { ...PEER_CONFLICT, what: "exclusion" });
    await student.send("/mycases");
    await student.press(t("en", "mycases-withdraw", { code: "" }).trim());
    await student.press(t("en", "withdraw-yes"));
    expect((await cron(179 * 24 * HOUR)).acted.erase).toBe(0);
    expect((await cron(181 * 24 * HOUR)).acted.erase).toBe(1);
    const left = await allCases();
    expect(left).toHaveLength(1);
    expect(left[0]?.status).toBe("new");
  });
});

describe("access control", () => {
  it("an adviser of one school can neither see nor act on another school's case", async () => {
    const xk = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 45_000, 1);
    await enrolSchoolStaff(tg, SCHOOLS.MK.code, 46_000, 1);
    const { case: mkCase } = await report("mk", PEER_CONFLICT, "тајна", SCHOOLS.MK.code);
    const [xkAdviser] = xk.advisers as [Person];
    // Build validly signed buttons for the XK adviser that name the MK case.
    const { signCallback } = await import("../src/crypto/callback.ts");
    for (const body of [`O3${mkCase.id}`, `C3${mkCase.id}t`, `C3${mkCase.id}w`]) {
      const data = await signCallback(String(env.PSEUDONYM_KEY), 45_001, body);
      await postUpdate(xkAdviser.callbackUpdate(data, 1));
      expect(tg.calls.at(-1)?.payload.text).toBe(t("en", "case-not-found"));
    }
    expect(JSON.stringify(tg.to(45_001))).not.toContain("тајна");
    expect((await allCases(SCHOOLS.MK.code))[0]?.status).toBe("new");
  });

  it("an adviser who did not take a case cannot write to its student or close it", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 47_000, 2);
    await report("en");
    const a = new Person(tg, 47_001, { first_name: "Adviser1", language_code: "en" });
    const b = new Person(tg, 47_002, { first_name: "Adviser2", language_code: "en" });
    await a.press(t("en", "notice-open"));
    await a.press(t("en", "act-take"));
    const [c] = await allCases();
    const { signCallback } = await import("../src/crypto/callback.ts");
    for (const action of ["w", "x", "k0", "rs"]) {
      await postUpdate(
        b.callbackUpdate(await signCallback(String(env.PSEUDONYM_KEY), 47_002, `C3${c?.id}${action}`), 1),
      );
      expect(tg.calls.at(-1)?.payload.text).toBe(t("en", "case-not-yours"));
    }
    expect((await allCases())[0]?.status).toBe("taken");
  });

  it("no student identifier in KV after a whole staff conversation", async () => {
    const { advisers } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 48_000, 1);
    const [adviser] = advisers as [Person];
    const { student } = await report("sr", PEER_CONFLICT, "tekst");
    await adviser.press(t("en", "notice-open"));
    await adviser.press(t("en", "act-take"));
    await adviser.press(t("en", "act-write"));
    await adviser.send("Question?");
    await student.press(t("sr", "relay-reply"));
    await student.send("Answer.");
    const dump = JSON.stringify(await dumpKv());
    for (const needle of [String(student.user.id), "Artemisa", "Krasniqi", student.user.username ?? "?"])
      expect(dump).not.toContain(needle);
  });
});
