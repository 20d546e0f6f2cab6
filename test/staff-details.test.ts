/** The finer points of working a case: notices, filters, forged buttons, threading, group chats, the cron entry. */
import { env } from "cloudflare:workers";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import type { InlineKeyboardButton } from "grammy/types";
import { describe, expect, it } from "vitest";
import worker from "../src/index.ts";
import { answerFlow, PEER_CONFLICT } from "./support/report.ts";
import { SCHOOLS } from "./support/schools.ts";
import {
  ADMIN_ID,
  answerTo,
  enrolSchoolStaff,
  inviteCodeIn,
  newestCase,
  signedFor,
  takeCase,
} from "./support/staff.ts";
import { type FakeTelegram, Person, postUpdate } from "./support/telegram.ts";
import { code, t, useWorld } from "./support/world.ts";

let tg: FakeTelegram;
let nextId = 90_000;
useWorld((fresh) => {
  tg = fresh;
});

const XK = SCHOOLS.XK.code;

async function report(student?: Person, answers = PEER_CONFLICT) {
  const s = student ?? new Person(tg, nextId++, { first_name: "S", language_code: "sq" });
  await s.send(`/start s-${XK}`);
  await answerFlow(s, answers, "words");
  await tg.settle();
  return s;
}

// Each step waits for the notice queue: a workflow takes seconds, more when every suite runs at once.
describe("notices and the queue", { timeout: 30_000 }, () => {
  it("a notice names the category, the route, the urgency and the age in days — never finer", async () => {
    await enrolSchoolStaff(tg, XK, 91_000, 1);
    await report();
    const c = await newestCase(XK);
    const notice = tg.textsTo(91_001).find((x) => x.includes(code(c.id))) ?? "";
    expect(notice).toContain(
      t("en", "notice-route", {
        route: t("en", "route-mediation"),
        urgency: t("en", "urgency-normal"),
        age: t("en", "age", { days: 0 }),
      }),
    );
    expect(notice).not.toMatch(/\d{1,2}:\d{2}/);
    // The card, too, says "today" and keeps no time of day in its history.
    await takeCase(tg, 91_001);
    const card = tg.textsTo(91_001).at(-1) ?? "";
    expect(card).toContain(t("en", "age", { days: 0 }));
    expect(card).not.toMatch(/\d{1,2}:\d{2}/);
  });

  it("filters: new shows untaken cases, in progress the taken ones", async () => {
    await enrolSchoolStaff(tg, XK, 92_000, 1);
    await report();
    const taken = await newestCase(XK);
    await takeCase(tg, 92_001);
    await report(undefined, { ...PEER_CONFLICT, what: "exclusion" });
    const fresh = await newestCase(XK);
    const adviser = new Person(tg, 92_001, { first_name: "Adviser1", language_code: "en" });
    await adviser.send("/queue");
    await adviser.press(t("en", "queue-filter-new"));
    let text = tg.textsTo(92_001).at(-1) ?? "";
    expect(text).toContain(code(fresh.id));
    expect(text).not.toContain(code(taken.id));
    await adviser.press(t("en", "queue-filter-progress"));
    text = tg.textsTo(92_001).at(-1) ?? "";
    expect(text).toContain(code(taken.id));
    expect(text).not.toContain(code(fresh.id));
    await adviser.press(t("en", "queue-filter-mine"));
    expect(tg.textsTo(92_001).at(-1)).toContain(code(taken.id));
  });

  it("an admin can invite an adviser to any school directly", async () => {
    const admin = new Person(tg, ADMIN_ID, { first_name: "Nora", language_code: "en" });
    await admin.send(`/invite adviser ${SCHOOLS.MK.code}`);
    const adviser = new Person(tg, 93_001, { first_name: "Marija", language_code: "mk" });
    await adviser.send(`/join ${inviteCodeIn(tg.textsTo(ADMIN_ID).at(-1))}`);
    expect(tg.textsTo(93_001).at(-1)).toContain(SCHOOLS.MK.name);
  });

  it("a staff button with a bad signature, or signed for someone else, does nothing", async () => {
    await enrolSchoolStaff(tg, XK, 94_000, 2);
    await report();
    const c = await newestCase(XK);
    const adviser = new Person(tg, 94_001, { first_name: "Adviser1", language_code: "en" });
    const good = await signedFor(94_001, "act", { case: c.id, action: "t" });
    const forged = `${good.slice(0, -2)}${good.endsWith("xx") ? "yy" : "xx"}`;
    const colleagues = await signedFor(94_002, "act", { case: c.id, action: "t" });
    for (const data of [forged, colleagues]) {
      const press = adviser.callbackUpdate(data, 1);
      await postUpdate(press);
      expect(answerTo(tg, press)?.text).toBe(t("en", "button-expired"));
    }
    expect(await newestCase(XK)).toMatchObject({ status: "new" });
  });

  it("a staff button pressed in a group chat does nothing there: no card, no change", async () => {
    await enrolSchoolStaff(tg, XK, 99_000, 1);
    await report(undefined, PEER_CONFLICT);
    const c = await newestCase(XK);
    const group = { id: -100_777, type: "supergroup" as const, title: "Klubi" };
    tg.sim.addChat(group.id);
    for (const data of [
      await signedFor(99_001, "open", { case: c.id }),
      await signedFor(99_001, "act", { case: c.id, action: "t" }),
    ]) {
      const id = String(tg.nextUpdateId());
      tg.sim.registerCallbackQuery(id, 99_001, { chatId: group.id, messageId: 1 });
      const press = {
        update_id: tg.nextUpdateId(),
        callback_query: {
          id,
          from: { id: 99_001, is_bot: false, first_name: "Adviser1", language_code: "en" },
          chat_instance: "group",
          data,
          message: { message_id: 1, date: 1, chat: group, text: "…" },
        },
      };
      expect((await postUpdate(press)).status).toBe(200);
      expect(answerTo(tg, press as never)).toMatchObject({ text: t("en", "only-private"), show_alert: true });
    }
    await tg.settle();
    expect(tg.to(group.id)).toEqual([]);
    expect(tg.textsTo(99_001).some((x) => x.includes(t("en", "card-title", { code: code(c.id) })))).toBe(
      false,
    );
    expect(await newestCase(XK)).toMatchObject({ status: "new" });
  });
});

describe("one student, two cases", { timeout: 30_000 }, () => {
  it("answers go to the adviser of the case they answer", async () => {
    await enrolSchoolStaff(tg, XK, 95_000, 2);
    const student = await report();
    const first = await newestCase(XK);
    const a = await takeCase(tg, 95_001);
    await report(student, { ...PEER_CONFLICT, what: "exclusion" });
    const second = await newestCase(XK);
    const b = await takeCase(tg, 95_002, "Adviser2");
    expect((await newestCase(XK)).assignee?.id).toBe(95_002);
    for (const adviser of [a, b]) {
      await adviser.press(t("en", "act-write"));
      await adviser.send(`Question from ${adviser.user.first_name}`);
      await tg.settle();
    }
    // The student answers the first adviser's message (the older one), then the second's.
    const answerButtons = tg.to(student.user.id).flatMap((call) => {
      const rows = (
        call.payload.reply_markup as { inline_keyboard?: InlineKeyboardButton.CallbackButton[][] } | undefined
      )?.inline_keyboard;
      const button = rows?.flat().find((x) => x.callback_data.startsWith("A"));
      return button ? [{ data: button.callback_data, messageId: call.messageId ?? 1 }] : [];
    });
    expect(answerButtons).toHaveLength(2);
    for (const [i, { data, messageId }] of answerButtons.entries()) {
      await postUpdate(student.callbackUpdate(data, messageId));
      await student.send(`Answer ${i + 1}`);
    }
    await tg.settle();
    expect(tg.textsTo(95_001).at(-1)).toContain(t("en", "relay-from-student", { code: code(first.id) }));
    expect(tg.textsTo(95_001).at(-1)).toContain("Answer 1");
    expect(tg.textsTo(95_002).at(-1)).toContain(t("en", "relay-from-student", { code: code(second.id) }));
    expect(tg.textsTo(95_002).at(-1)).toContain("Answer 2");
    expect(tg.textsTo(95_001).join("\n")).not.toContain("Answer 2");
  });
});

describe("the cron entry point", { timeout: 30_000 }, () => {
  it("the Worker's scheduled() runs the jobs at the controller's time", async () => {
    await enrolSchoolStaff(tg, XK, 98_000, 1);
    await report();
    const c = await newestCase(XK);
    const controller = createScheduledController({
      scheduledTime: Date.now() + 25 * 3_600_000,
      cron: "*/15 * * * *",
    });
    const ctx = createExecutionContext();
    await worker.scheduled(controller, env, ctx);
    await waitOnExecutionContext(ctx);
    await tg.settle();
    expect(tg.textsTo(98_001).at(-1)).toBe(t("en", "cron-remind-advisers", { code: code(c.id) }));
  });
});
