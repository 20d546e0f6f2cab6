/**
 * At the same moment (issue 8), and buttons pressed late: the school's desk is the one place a
 * case changes, so a "take" has one winner, and a consent, a note and the other side's answer
 * arriving together all land. A hand-over button is checked when pressed, not when it was made.
 */
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { answerFlow, PEER_CONFLICT } from "./support/report.ts";
import { SCHOOLS } from "./support/schools.ts";
import {
  actUpdate,
  answerTo,
  enrolSchoolStaff,
  newestCase,
  openCard,
  pressAct,
  runChecklist,
  takeCase,
} from "./support/staff.ts";
import { type FakeTelegram, Person, postUpdate } from "./support/telegram.ts";
import { code, inDesk, t, useWorld } from "./support/world.ts";

let tg: FakeTelegram;
let nextId = 55_000;
useWorld((fresh) => {
  tg = fresh;
});

const XK = SCHOOLS.XK.code;
const WORDS = "They took my phone behind the gym.";

async function report() {
  const s = new Person(tg, nextId++, { first_name: "Student", language_code: "sq" });
  await s.send(`/start s-${XK}`);
  await answerFlow(s, PEER_CONFLICT, WORDS);
  await tg.settle();
  return s;
}

/** Every answer the press of `update` got (a redelivered update is answered again). */
const answersTo = (update: Update) =>
  tg.calls.filter(
    (c) => c.method === "answerCallbackQuery" && c.payload.callback_query_id === update.callback_query?.id,
  );

/** The press of the button labelled `label` on the person's newest keyboard that has it. */
function pressOf(person: Person, label: string): Update {
  for (const { messageId, buttons } of tg.keyboards(person.user.id)) {
    const button = buttons.find((b) => b.text === label);
    if (button) return person.callbackUpdate(button.callback_data, messageId);
  }
  throw new Error(`no button ${label}`);
}

// Each step waits for the notice queue: a workflow takes seconds, more when every suite runs at once.
describe("'take' pressed at the same moment", { timeout: 60_000 }, () => {
  it.each([2, 5])(
    "by %i advisers: one winner, every other told who has it, only the winner opens it",
    async (n) => {
      const base = 50_000 + n * 100;
      await enrolSchoolStaff(tg, XK, base, n);
      const student = await report();
      const { id } = await newestCase(XK);
      const advisers = Array.from(
        { length: n },
        (_, i) => new Person(tg, base + 1 + i, { first_name: `Adviser${i + 1}`, language_code: "en" }),
      );
      for (const a of advisers) await a.press(t("en", "notice-open"));
      const presses = advisers.map((a) => pressOf(a, t("en", "act-take")));
      const responses = await Promise.all(presses.map((p) => postUpdate(p)));
      expect(responses.map((r) => r.status)).toEqual(advisers.map(() => 200));

      const taken = await newestCase(XK);
      const winner = advisers.findIndex((a) => a.user.id === taken.assignee?.id);
      expect(winner).toBeGreaterThanOrEqual(0);
      expect(taken.status).toBe("taken");
      expect(taken.history.filter((h) => h.e === "taken")).toHaveLength(1);
      const name = `Adviser${winner + 1}`;
      for (const [i, press] of presses.entries()) {
        const answers = answersTo(press);
        expect(answers).toHaveLength(1);
        if (i === winner) expect(answers[0]?.payload.text).toBeUndefined();
        else
          expect(answers[0]?.payload).toMatchObject({
            text: t("en", "take-already", { name }),
            show_alert: true,
          });
      }
      await tg.settle();
      expect(
        tg.textsTo(student.user.id).filter((x) => x.includes(t("sq", "student-taken-mediation"))),
      ).toHaveLength(1);

      // Only the winner opens the student's words; the others get the row (and no "take" any more).
      for (const [i, a] of advisers.entries()) {
        const shown = await openCard(a, id);
        if (i === winner) expect(shown).toContain(WORDS);
        else {
          expect(shown).toContain(t("en", "notice-new"));
          expect(JSON.stringify(tg.to(a.user.id))).not.toContain(WORDS);
        }
      }

      // Telegram redelivers the winner's press: a success, answered without an alert, changing nothing.
      const again = await postUpdate(presses[winner] as Update);
      expect(again.status).toBe(200);
      const retried = answersTo(presses[winner] as Update);
      expect(retried).toHaveLength(2);
      expect(retried[1]?.payload.text).toBeUndefined();
      const after = await newestCase(XK);
      expect(after).toEqual(taken);
      await tg.settle();
      expect(
        tg.textsTo(student.user.id).filter((x) => x.includes(t("sq", "student-taken-mediation"))),
      ).toHaveLength(1);
    },
  );

  it("the winner taking it again through a fresh tap is a success too, not 'someone has it'", async () => {
    await enrolSchoolStaff(tg, XK, 50_900, 1);
    await report();
    const adviser = await takeCase(tg, 50_901);
    const { id, history } = await newestCase(XK);
    const again = await actUpdate(adviser, id, "t");
    await postUpdate(again);
    expect(answersTo(again)[0]?.payload.text).toBeUndefined();
    expect((await newestCase(XK)).history).toEqual(history);
  });
});

describe("a consent, notes and the other side's answer at the same moment", { timeout: 60_000 }, () => {
  it("nothing is lost, and each person is told once", async () => {
    const { principal } = await enrolSchoolStaff(tg, XK, 56_000, 1);
    const student = await report();
    const adviser = await takeCase(tg, 56_001);
    const { id } = await newestCase(XK);
    await runChecklist(adviser, [true, true, true, true]);
    // Ready, each on their phone: the student's "Yes", the adviser's note and "Other side agreed", the principal's note.
    const consent = pressOf(student, t("sq", "consent-yes"));
    await openCard(adviser, id);
    const otherYes = pressOf(adviser, t("en", "act-other-yes"));
    await adviser.press(t("en", "act-note"));
    await openCard(principal, id, "sq");
    await principal.press(t("sq", "act-note"));
    const notes = [
      adviser.messageUpdate("Spoke to the other side's class teacher."),
      principal.messageUpdate("Parents informed."),
    ];
    const responses = await Promise.all([consent, otherYes, ...notes].map((u) => postUpdate(u)));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    await tg.settle();

    const c = await newestCase(XK);
    expect(c.mediation).toMatchObject({ studentConsent: "yes", otherConsent: "yes" });
    expect(c.history.filter((h) => h.e === "consent-yes")).toHaveLength(1);
    expect(c.history.filter((h) => h.e === "other-yes")).toHaveLength(1);
    expect(
      await inDesk(XK, (sql) => sql.exec("SELECT count(*) AS n FROM notes WHERE case_id = ?", id).one().n),
    ).toBe(2);
    const card = await openCard(adviser, id);
    expect(card).toContain("Spoke to the other side's class teacher.");
    expect(card).toContain("Parents informed.");

    const count = (chat: number, text: string) => tg.textsTo(chat).filter((x) => x === text).length;
    expect(count(student.user.id, t("sq", "consent-thanks-yes"))).toBe(1);
    expect(count(56_001, t("en", "consent-notice-yes", { code: code(id) }))).toBe(1);
    expect(count(56_001, t("en", "note-saved"))).toBe(1);
    expect(count(56_000, t("sq", "note-saved"))).toBe(1);
    expect(answersTo(otherYes)[0]?.payload.text).toBeUndefined();
    // Both consents in: the session can be scheduled.
    expect(adviser.buttonTexts()).toContain(t("en", "act-schedule"));
  });
});

describe("a hand-over button is checked when pressed", { timeout: 60_000 }, () => {
  it("one made while the case was the club's is refused once the case left the club", async () => {
    const { principal } = await enrolSchoolStaff(tg, XK, 57_000, 2);
    await report();
    const adviser = await takeCase(tg, 57_001);
    const { id } = await newestCase(XK);
    // The principal lists whom to hand it to: the advisers, while it is a mediation case.
    await openCard(principal, id, "sq");
    await principal.press(t("sq", "act-handover"));
    expect(principal.buttonTexts()).toContain("Adviser2");
    const stale = pressOf(principal, "Adviser2");
    // Meanwhile the adviser refers it to the school staff, and the principal takes it there.
    await adviser.press(t("en", "act-refer"));
    await adviser.press(t("en", "act-refer-staff"));
    await pressAct(principal, id, "t", "sq");
    expect(await newestCase(XK)).toMatchObject({ route: "staff", status: "taken", assignee: { id: 57_000 } });
    await postUpdate(stale);
    expect(answersTo(stale)[0]?.payload).toMatchObject({
      text: t("sq", "handover-refused"),
      show_alert: true,
    });
    expect((await newestCase(XK)).assignee?.id).toBe(57_000);
    await tg.settle();
    expect(
      tg
        .textsTo(57_002)
        .some((x) => x.includes(t("en", "handover-notice", { code: code(id), name: "Ilir" }))),
    ).toBe(false);
  });

  it("one to a colleague removed since is refused", async () => {
    const { principal } = await enrolSchoolStaff(tg, XK, 58_000, 2);
    await report();
    const adviser = await takeCase(tg, 58_001);
    await adviser.press(t("en", "act-handover"));
    const stale = pressOf(adviser, "Adviser2");
    await principal.send("/advisers");
    await principal.press(t("sq", "advisers-remove", { name: "Adviser2" }));
    await principal.press(t("sq", "advisers-remove-confirm"));
    await postUpdate(stale);
    expect(answerTo(tg, stale)?.text).toBe(t("en", "handover-refused"));
    const c = await newestCase(XK);
    expect(c.assignee?.id).toBe(58_001);
    expect(c.history.map((h) => h.e)).toEqual(["new", "taken"]);
  });
});
