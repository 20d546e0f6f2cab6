/**
 * Replayed updates: Telegram redelivers an update whose 200 it did not get in time — a moment
 * later, after the person's next update, or (over several connections) out of order. A replay
 * must never make a second case or tell staff twice.
 */
import type { Update } from "grammy/types";
import { expect, it } from "vitest";
import { displayCode } from "../src/domain/case.ts";
import { driveReport, URGENT_PROTECTION } from "./support/faults.ts";
import { actionUpdate, answerUntil, PEER_CONFLICT } from "./support/report.ts";
import { SCHOOLS } from "./support/schools.ts";
import { ADMIN_ID, enrolSchoolStaff } from "./support/staff.ts";
import { type FakeTelegram, Person, postUpdate } from "./support/telegram.ts";
import { code, storedCases, t, useWorld } from "./support/world.ts";

let tg: FakeTelegram;
useWorld((fresh) => {
  tg = fresh;
});

const XK = SCHOOLS.XK.code;

async function ok(update: Update) {
  expect((await postUpdate(update)).status).toBe(200);
}

it("10 reports by 5 students, every update delivered twice — at once, after the next one, or at the end in reverse: 10 cases, no notice twice", async () => {
  const { principal, advisers } = await enrolSchoolStaff(tg, XK, 66_000, 1);
  const students = [0, 1, 2, 3, 4].map(
    (i) =>
      new Person(tg, 67_000 + i, { first_name: `S${i}`, language_code: ["sq", "en", "mk", "sr", "en"][i] }),
  );
  /** A duplicate each student's next update overtakes. */
  const held = new Map<number, Update>();
  /** Duplicates that arrive after everything else, in reverse order. */
  const late: Update[] = [];
  for (let r = 0; r < 10; r++) {
    const s = students[r % students.length] as Person;
    const answers = r % 2 === 0 ? PEER_CONFLICT : URGENT_PROTECTION;
    await driveReport(s, XK, answers, `report ${r}`, async (update, i) => {
      await ok(update);
      const overtaken = held.get(s.user.id);
      held.delete(s.user.id);
      if (overtaken) await ok(overtaken);
      const how = (r + i) % 3;
      if (how === 0) await ok(update);
      else if (how === 1) held.set(s.user.id, update);
      else late.push(update);
    });
  }
  for (const update of held.values()) await ok(update);
  for (const update of late.reverse()) await ok(update);
  await tg.settle(1_000);

  const cases = await storedCases(XK);
  expect(cases).toHaveLength(10);
  expect(cases.map((c) => c.route).sort()).toEqual([
    ...Array(5).fill("mediation"),
    ...Array(5).fill("protection"),
  ]);
  // A replayed message with the words is recognised, not added to its own report as more words.
  expect(cases.map((c) => c.additions)).toEqual(Array(10).fill(0));
  // Every case reached its people, and nobody heard of any case twice.
  const staffChats = [principal.user.id, (advisers[0] as Person).user.id, ADMIN_ID];
  const told = (chat: number, id: string) =>
    tg.calls.filter(
      (c) =>
        Number(c.payload.chat_id) === chat &&
        c.result?.ok === true &&
        String(c.payload.text ?? "").includes(displayCode(id)),
    ).length;
  for (const c of cases) {
    const counts = staffChats.map((chat) => told(chat, c.id));
    expect(Math.max(...counts), c.id).toBe(1);
    expect(told(c.route === "mediation" ? (advisers[0] as Person).user.id : principal.user.id, c.id)).toBe(1);
  }
}, 120_000);

it("a press redelivered hours late does not put back a report the student moved on from", async () => {
  const s = new Person(tg, 68_000, { first_name: "Besa", language_code: "en" });
  await s.send(`/start s-${XK}`);
  await answerUntil(s, PEER_CONFLICT, "summary");
  // The press that led to the last step; Telegram missed its 200 and will deliver it again later.
  const toWords = actionUpdate(s, "s");
  await ok(toWords);
  await s.send("They call me names.");
  // The next report, about something else, waits for its words when the old press comes back.
  await s.send(`/start s-${XK}`);
  await answerUntil(s, { ...PEER_CONFLICT, danger: "yes", what: "physical", harm: "weapon" }, "describe");
  await ok(toWords);
  await s.send("He has a knife in his bag.");
  const cases = await storedCases(XK);
  expect(cases.map((c) => [c.route, c.urgency, c.additions])).toEqual([
    ["mediation", "normal", 0],
    ["staff", "urgent", 0],
  ]);
  const second = cases[1]?.id ?? "";
  expect(
    tg.textsTo(s.user.id).some((x) => x.startsWith(t("en", "sent-title")) && x.includes(code(second))),
  ).toBe(true);
});
