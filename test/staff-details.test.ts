/** The finer points of working a case: notices, filters, threading, history, check-ins, the cron entry. */
import { env } from "cloudflare:workers";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../src/index.ts";
import { signCallback } from "../src/crypto/callback.ts";
import { answerFlow, PEER_CONFLICT } from "./support/report.ts";
import { SCHOOLS } from "./support/schools.ts";
import { enrolSchoolStaff, inviteCodeIn, takeCase } from "./support/staff.ts";
import { type FakeTelegram, Person, postUpdate } from "./support/telegram.ts";
import { code, storedCases, t, useWorld } from "./support/world.ts";

let tg: FakeTelegram;
let nextId = 90_000;
useWorld((fresh) => {
  tg = fresh;
});

async function report(student?: Person, answers = PEER_CONFLICT) {
  const s = student ?? new Person(tg, nextId++, { first_name: "S", language_code: "sq" });
  await s.send(`/start s-${SCHOOLS.XK.code}`);
  await answerFlow(s, answers, "words");
  return s;
}

const newest = async () => (await storedCases(SCHOOLS.XK.code)).sort((a, b) => b.createdAt - a.createdAt)[0];

describe("notices and the queue", () => {
  it("a notice names the category, the route, the urgency and the age", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 91_000, 1);
    await report();
    const c = await newest();
    const notice = tg.textsTo(91_001).find((x) => x.includes(code(c?.id ?? ""))) ?? "";
    expect(notice).toContain(
      t("en", "notice-route", {
        route: t("en", "route-mediation"),
        urgency: t("en", "urgency-normal"),
        age: t("en", "age-minutes", { n: 0 }),
      }),
    );
  });

  it("filters: new shows untaken cases, in progress the taken ones", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 92_000, 1);
    await report();
    const taken = await newest();
    await takeCase(tg, 92_001);
    await report(undefined, { ...PEER_CONFLICT, what: "exclusion" });
    const fresh = await newest();
    const adviser = new Person(tg, 92_001, { first_name: "Adviser1", language_code: "en" });
    await adviser.send("/queue");
    await adviser.press(t("en", "queue-filter-new"));
    let text = tg.textsTo(92_001).at(-1) ?? "";
    expect(text).toContain(code(fresh?.id ?? ""));
    expect(text).not.toContain(code(taken?.id ?? ""));
    await adviser.press(t("en", "queue-filter-progress"));
    text = tg.textsTo(92_001).at(-1) ?? "";
    expect(text).toContain(code(taken?.id ?? ""));
    expect(text).not.toContain(code(fresh?.id ?? ""));
  });

  it("an admin can invite an adviser to any school directly", async () => {
    const admin = new Person(tg, 900001, { first_name: "Nora", language_code: "en" });
    await admin.send(`/invite adviser ${SCHOOLS.MK.code}`);
    const adviser = new Person(tg, 93_001, { first_name: "Marija", language_code: "mk" });
    await adviser.send(`/join ${inviteCodeIn(tg.textsTo(900001).at(-1))}`);
    expect(tg.textsTo(93_001).at(-1)).toContain(SCHOOLS.MK.name);
  });

  it("a staff button with a bad signature does nothing", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 94_000, 1);
    await report();
    const c = await newest();
    const adviser = new Person(tg, 94_001, { first_name: "Adviser1", language_code: "en" });
    const good = await signCallback(String(env.PSEUDONYM_KEY), 94_001, `C3${c?.id}t`);
    await postUpdate(adviser.callbackUpdate(`${good.slice(0, -2)}${good.endsWith("xx") ? "yy" : "xx"}`, 1));
    expect(tg.calls.at(-1)?.payload.text).toBe(t("en", "button-expired"));
    expect((await newest())?.status).toBe("new");
  });
});

describe("one student, two cases", () => {
  it("answers go to the adviser of the case they answer", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 95_000, 2);
    const student = await report();
    const first = await newest();
    const a = await takeCase(tg, 95_001);
    await report(student, { ...PEER_CONFLICT, what: "online" });
    const second = await newest();
    const b = await takeCase(tg, 95_002, "Adviser2");
    for (const adviser of [a, b]) {
      await adviser.press(t("en", "act-write"));
      await adviser.send(`Question from ${adviser.user.first_name}`);
    }
    // The student answers the first adviser's message (the older one), then the second's.
    const answerButtons = tg
      .to(student.user.id)
      .filter((c) => JSON.stringify(c.payload.reply_markup ?? "").includes('"A'));
    for (const [i, call] of answerButtons.entries()) {
      const data =
        (call.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] })
          .inline_keyboard[0]?.[0]?.callback_data ?? "";
      await postUpdate(student.callbackUpdate(data, call.messageId ?? 1));
      await student.send(`Answer ${i + 1}`);
    }
    expect(tg.textsTo(95_001).at(-1)).toContain(
      t("en", "relay-from-student", { code: code(first?.id ?? "") }),
    );
    expect(tg.textsTo(95_001).at(-1)).toContain("Answer 1");
    expect(tg.textsTo(95_002).at(-1)).toContain(
      t("en", "relay-from-student", { code: code(second?.id ?? "") }),
    );
    expect(tg.textsTo(95_002).at(-1)).toContain("Answer 2");
  });
});

describe("outcomes, history and the check-in", () => {
  async function inMediation(base: number) {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, base, 1);
    const student = await report();
    const adviser = await takeCase(tg, base + 1);
    await adviser.press(t("en", "act-mediation"));
    for (let i = 0; i < 4; i++) await adviser.press(t("en", "check-yes"));
    await student.press(t("sq", "consent-yes"));
    await adviser.press(t("en", "notice-open"));
    await adviser.press(t("en", "act-other-yes"));
    await adviser.press(t("en", "notice-open"));
    return { student, adviser };
  }

  it("no agreement: the student is told, and the history keeps each step with its day only", async () => {
    const { student, adviser } = await inMediation(96_000);
    await adviser.press(t("en", "act-no-agreement"));
    expect(tg.textsTo(student.user.id).at(-1)).toContain(t("sq", "student-no-agreement"));
    const c = await newest();
    expect(c?.history?.map((h) => h.e)).toEqual(["new", "taken", "mediation", "no-agreement"]);
    for (const h of c?.history ?? []) expect(h.d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(c?.outcome).toBe("no-agreement");
  });

  it("'it is better now' keeps the case resolved and tells the adviser", async () => {
    const { student, adviser } = await inMediation(97_000);
    await adviser.press(t("en", "act-agreement"));
    await adviser.send("Key points.");
    const { runScheduled } = await import("../src/scheduled.ts");
    await runScheduled({ cron: "test" }, env, {}, Date.now() + 11 * 24 * 3_600_000);
    await student.press(t("sq", "checkin-yes"));
    const c = await newest();
    expect(c).toMatchObject({ status: "resolved", outcome: "agreement" });
    expect(c?.mediation?.checkIn).toBe("better");
    expect(tg.textsTo(97_001).at(-1)).toBe(t("en", "checkin-notice-better", { code: code(c?.id ?? "") }));
  });
});

describe("the cron entry point", () => {
  it("the Worker's scheduled() runs the jobs at the controller's time", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 98_000, 1);
    await report();
    const c = await newest();
    const controller = createScheduledController({
      scheduledTime: Date.now() + 25 * 3_600_000,
      cron: "*/15 * * * *",
    });
    const ctx = createExecutionContext();
    await worker.scheduled(controller, env, ctx);
    await waitOnExecutionContext(ctx);
    expect(tg.textsTo(98_001).at(-1)).toBe(t("en", "cron-remind-advisers", { code: code(c?.id ?? "") }));
  });
});
