/** The child-protection lead, handover, escalation, notes, display names and the club's group. */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { StoredCase } from "../src/domain/case.ts";
import { answerFlow, PEER_CONFLICT } from "./support/report.ts";
import { SCHOOLS } from "./support/schools.ts";
import { enrolSchoolStaff, takeCase, inviteCodeIn } from "./support/staff.ts";
import { type FakeTelegram, Person, postUpdate } from "./support/telegram.ts";
import { useWorld, t, code } from "./support/world.ts";

let tg: FakeTelegram;
let nextId = 60_000;
useWorld((fresh) => {
  tg = fresh;
});

async function onlyCase(): Promise<StoredCase> {
  const list = await env.KV.list({ prefix: `case:${SCHOOLS.XK.code}:` });
  return JSON.parse((await env.KV.get(list.keys[0]?.name ?? "")) ?? "null") as StoredCase;
}

async function report(answers = PEER_CONFLICT, words?: string) {
  const s = new Person(tg, nextId++, { first_name: "Student", language_code: "sq" });
  await s.send(`/start s-${SCHOOLS.XK.code}`);
  await answerFlow(s, answers, words);
  return s;
}

describe("the child-protection lead", () => {
  it("gets cases outside mediation, which the club never sees", async () => {
    const { principal, advisers } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 61_000, 1);
    await principal.send("/invite lead");
    const lead = new Person(tg, 61_010, { first_name: "Vjosa", language_code: "en" });
    await lead.send(`/join ${inviteCodeIn(tg.textsTo(61_000).at(-1))}`);
    expect(tg.textsTo(61_010).at(-1)).toContain(t("en", "role-lead"));
    await report({ ...PEER_CONFLICT, what: "sexual" }, "Një mësues më prek.");
    const c = await onlyCase();
    expect(tg.textsTo(61_010).some((x) => x.includes(code(c.id)))).toBe(true);
    expect(tg.textsTo(61_001).some((x) => x.includes(code(c.id)))).toBe(false);
    const [adviser] = advisers as [Person];
    await adviser.send("/queue");
    expect(tg.textsTo(61_001).at(-1)).not.toContain(code(c.id));
    await lead.press(t("en", "notice-open"));
    await lead.press(t("en", "act-take"));
    expect(tg.textsTo(61_010).join("\n")).toContain("Një mësues më prek.");
    expect((await onlyCase()).assignee?.id).toBe(61_010);
  });
});

describe("working together", () => {
  it("hands a case over: the colleague is told and can work on it; the first adviser no longer can", async () => {
    const { advisers } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 62_000, 2);
    const [a, b] = advisers as [Person, Person];
    await report();
    await a.press(t("en", "notice-open"));
    await a.press(t("en", "act-take"));
    await a.press(t("en", "act-handover"));
    await a.press("Adviser2");
    expect(tg.textsTo(62_001).at(-1)).toBe(t("en", "handover-done", { name: "Adviser2" }));
    const c = await onlyCase();
    expect(c.assignee).toEqual({ id: 62_002, name: "Adviser2" });
    expect(tg.textsTo(62_002).at(-1)).toBe(
      t("en", "handover-notice", { code: code(c.id), name: "Adviser1" }),
    );
    await b.press(t("en", "notice-open"));
    expect(b.buttonTexts()).toContain(t("en", "act-write"));
    await a.press(t("en", "notice-open"));
    expect(a.buttonTexts()).not.toContain(t("en", "act-write"));
  });

  it("escalates to the principal in one tap", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 63_000, 1);
    await report();
    const adviser = await takeCase(tg, 63_001);
    await adviser.press(t("en", "act-escalate"));
    const c = await onlyCase();
    expect(c.escalated).toBe(true);
    expect(tg.textsTo(63_000).at(-1)).toBe(
      t("sq", "escalated-notice", { code: code(c.id), name: "Adviser1" }),
    );
  });

  it("keeps internal notes sealed", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 64_000, 1);
    await report();
    const adviser = await takeCase(tg, 64_001);
    await adviser.press(t("en", "act-note"));
    await adviser.send("Talked to the class teacher; watch the breaks.");
    expect(tg.textsTo(64_001).at(-1)).toBe(t("en", "note-saved"));
    const c = await onlyCase();
    expect(c.notes).toBeDefined();
    expect(JSON.stringify(c)).not.toContain("class teacher");
  });

  it("the student sees the adviser's chosen name, or 'the mediation club'", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 65_000, 1);
    const student = await report();
    const adviser = await takeCase(tg, 65_001);
    await adviser.press(t("en", "act-write"));
    await adviser.send("First message");
    expect(tg.textsTo(student.user.id).at(-1)).toContain(t("sq", "club-name"));
    expect(tg.textsTo(student.user.id).at(-1)).not.toContain("Adviser1");
    await adviser.send("/name Mësuesja Drita");
    await adviser.press(t("en", "notice-open"));
    await adviser.press(t("en", "act-write"));
    await adviser.send("Second message");
    expect(tg.textsTo(student.user.id).at(-1)).toContain("Mësuesja Drita");
  });

  it("an adviser's next message after the relayed one does not reach the student", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 66_000, 1);
    const student = await report();
    const adviser = await takeCase(tg, 66_001);
    await adviser.press(t("en", "act-write"));
    await adviser.send("For the student");
    const before = tg.to(student.user.id).length;
    await adviser.send("oops, meant for a colleague");
    expect(tg.to(student.user.id)).toHaveLength(before);
  });

  it("links the club's group, which then hears of new mediation cases without details", async () => {
    const { advisers, principal } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 67_000, 1);
    const [adviser] = advisers as [Person];
    await adviser.send("/invite group");
    expect(tg.textsTo(67_001).at(-1)).toBe(t("en", "principal-only"));
    await principal.send("/invite group");
    const groupCode = /\/linkgroup ([2-9A-Z]+)/.exec(tg.textsTo(67_000).at(-1) ?? "")?.[1];
    expect(groupCode).toBeDefined();
    const group = { id: -1001234, type: "supergroup", title: "Klubi" };
    await postUpdate({
      update_id: tg.nextUpdateId(),
      message: {
        message_id: 1,
        date: 1,
        chat: group,
        from: adviser.user,
        text: `/linkgroup ${groupCode}`,
        entities: [{ type: "bot_command", offset: 0, length: 10 }],
      },
    });
    expect(tg.textsTo(group.id).at(-1)).toBe(t("en", "group-linked"));
    await report(PEER_CONFLICT, "secret words");
    const notice = tg.textsTo(group.id).at(-1) ?? "";
    expect(notice).toContain(t("en", "notice-new"));
    expect(notice).not.toContain("secret words");
    expect(JSON.stringify(tg.to(group.id))).not.toContain("callback_data");
  });

  it("referring to school staff keeps the case open in their queue, and the principal hears of it", async () => {
    const { principal } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 68_000, 1);
    await report();
    const adviser = await takeCase(tg, 68_001);
    await adviser.press(t("en", "act-refer"));
    await adviser.press(t("en", "act-refer-staff"));
    const c = await onlyCase();
    expect(c).toMatchObject({ status: "new", route: "staff" });
    expect(c.assignee).toBeUndefined();
    expect(tg.textsTo(68_000).at(-1)).toBe(t("sq", "referred-notice", { code: code(c.id) }));
    await principal.send("/queue");
    expect(tg.textsTo(68_000).at(-1)).toContain(code(c.id));
    await adviser.send("/queue");
    expect(tg.textsTo(68_001).at(-1)).not.toContain(code(c.id));
  });

  it("a protection case can only be handed to someone whose queue it belongs to, never the club", async () => {
    const { principal } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 69_000, 2);
    await principal.send("/invite lead");
    const lead = new Person(tg, 69_010, { first_name: "Vjosa", language_code: "en" });
    await lead.send(`/join ${inviteCodeIn(tg.textsTo(69_000).at(-1))}`);
    await report({ ...PEER_CONFLICT, what: "adult" });
    await principal.press(t("sq", "notice-open"));
    await principal.press(t("sq", "act-take"));
    await principal.press(t("sq", "act-handover"));
    expect(principal.buttonTexts()).toEqual(["Vjosa"]);
  });

  it("a checklist that finds violence offers only referral, not closing", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 70_000, 1);
    await report();
    const adviser = await takeCase(tg, 70_001);
    await adviser.press(t("en", "act-mediation"));
    await adviser.press(t("en", "check-yes"));
    await adviser.press(t("en", "check-yes"));
    await adviser.press(t("en", "check-no")); // sexual or home violence
    await adviser.press(t("en", "check-yes"));
    expect(adviser.buttonTexts()).toEqual([t("en", "act-refer-staff"), t("en", "act-refer-external")]);
  });

  it("removing an adviser hands their open cases back to the principal, who passes them on", async () => {
    const { principal } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 71_000, 2);
    await report();
    const _leaving = await takeCase(tg, 71_001);
    await principal.send("/advisers");
    await principal.press(t("sq", "advisers-remove", { name: "Adviser1" }));
    await principal.press(t("sq", "advisers-remove-confirm"));
    const c = await onlyCase();
    expect(c.assignee).toBeUndefined();
    expect(c.status).toBe("taken");
    expect(tg.textsTo(71_000).at(-1)).toBe(
      t("sq", "unassigned-notice", { code: code(c.id), name: "Adviser1" }),
    );
    await principal.press(t("sq", "notice-open"));
    await principal.press(t("sq", "act-handover"));
    await principal.press("Adviser2");
    expect((await onlyCase()).assignee?.id).toBe(71_002);
  });

  it("a student's /forget erases an open case, and its adviser learns it was withdrawn — not what it said", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 72_000, 1);
    const student = await report(PEER_CONFLICT, "private words");
    const _adviser = await takeCase(tg, 72_001);
    const c = await onlyCase();
    await student.send("/forget");
    await student.press(t("sq", "forget-yes"));
    expect(await env.KV.get(`case:${SCHOOLS.XK.code}:${c.id}`)).toBeNull();
    expect(tg.textsTo(72_001).at(-1)).toBe(t("en", "withdrawn-notice", { code: code(c.id) }));
  });

  it("a long message is relayed whole, in several messages, with the answer button under the last", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 73_000, 1);
    const student = await report();
    const adviser = await takeCase(tg, 73_001);
    await adviser.press(t("en", "act-write"));
    const long = `${"a".repeat(3000)}\n${"b".repeat(3000)}`;
    const before = tg.to(student.user.id).length;
    await adviser.send(long);
    const sent = tg.to(student.user.id).slice(before);
    expect(sent).toHaveLength(2);
    expect(sent.every((c) => String(c.payload.text).length <= 4096)).toBe(true);
    expect(sent.map((c) => String(c.payload.text)).join("")).toContain("a".repeat(3000));
    expect(sent.map((c) => String(c.payload.text)).join("")).toContain("b".repeat(3000));
    expect(sent[0]?.payload.reply_markup).toBeUndefined();
    expect(sent[1]?.payload.reply_markup).toBeDefined();
  });

  it("an adviser who switches /language gets their notices in it", async () => {
    const { advisers } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 74_000, 1);
    const [adviser] = advisers as [Person];
    await adviser.send("/language");
    await adviser.press("Македонски");
    await report();
    expect(tg.textsTo(74_001).at(-1)).toContain(t("mk", "notice-new"));
  });

  it("no session or agreement unless both sides agree; a refusal leaves only closing or referring", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 75_000, 1);
    const student = await report();
    const adviser = await takeCase(tg, 75_001);
    await adviser.press(t("en", "act-mediation"));
    for (let i = 0; i < 4; i++) await adviser.press(t("en", "check-yes"));
    // The old card's buttons were made before the checklist: "Schedule" is not on them, so forge nothing —
    // open the case: without both consents there is nothing to schedule yet.
    await adviser.press(t("en", "notice-open"));
    expect(adviser.buttonTexts()).not.toContain(t("en", "act-schedule"));
    expect(adviser.buttonTexts()).toContain(t("en", "act-other-yes"));
    await student.press(t("sq", "consent-no"));
    await adviser.press(t("en", "notice-open"));
    expect(adviser.buttonTexts()).not.toContain(t("en", "act-schedule"));
    expect(adviser.buttonTexts()).not.toContain(t("en", "act-agreement"));
    expect(adviser.buttonTexts()).toContain(t("en", "act-not-suitable"));
    // A validly signed "schedule" button (as an old message could carry) is refused too.
    const c = await onlyCase();
    const { signCallback } = await import("../src/crypto/callback.ts");
    await postUpdate(
      adviser.callbackUpdate(await signCallback(String(env.PSEUDONYM_KEY), 75_001, `C3${c.id}s`), 1),
    );
    expect(tg.textsTo(75_001).at(-1)).toBe(t("en", "consent-missing"));
    await adviser.press(t("en", "act-not-suitable"));
    expect((await onlyCase()).status).toBe("resolved");
    expect(tg.textsTo(student.user.id).at(-1)).toContain(t("sq", "student-not-suitable"));
  });
});
