/** The child-protection lead, handover, escalation, notes, display names, the club's group, removal. */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { openPart } from "../src/storage/sealing.ts";
import { singleKey } from "../src/crypto/seal.ts";
import { answerFlow, PEER_CONFLICT } from "./support/report.ts";
import { SCHOOLS } from "./support/schools.ts";
import { answerTo, enrolLead, enrolSchoolStaff, newestCase, signedFor, takeCase } from "./support/staff.ts";
import { type FakeTelegram, Person, postUpdate } from "./support/telegram.ts";
import { code, inDesk, t, useWorld } from "./support/world.ts";

let tg: FakeTelegram;
let nextId = 60_000;
useWorld((fresh) => {
  tg = fresh;
});

const XK = SCHOOLS.XK.code;
const onlyCase = () => newestCase(XK);

async function report(answers = PEER_CONFLICT, words?: string) {
  const s = new Person(tg, nextId++, { first_name: "Student", language_code: "sq" });
  await s.send(`/start s-${XK}`);
  await answerFlow(s, answers, words);
  await tg.settle();
  return s;
}

/** Opens a case through a validly signed "open" button, as /queue or a notice would offer it. */
async function open(person: Person, caseId: string) {
  await postUpdate(person.callbackUpdate(await signedFor(person.user.id, "open", { case: caseId }), 1));
}

// Each step waits for the notice queue: a workflow takes seconds, more when every suite runs at once.
describe("the child-protection lead", { timeout: 30_000 }, () => {
  it("gets cases outside mediation, which the club never sees", async () => {
    const { advisers } = await enrolSchoolStaff(tg, XK, 61_000, 1);
    const lead = await enrolLead(tg, 61_000, 61_010);
    expect(tg.textsTo(61_010).at(-1)).toContain(t("en", "role-lead"));
    await report({ ...PEER_CONFLICT, what: "sexual" }, "Një mësues më prek.");
    const c = await onlyCase();
    expect(c.route).toBe("protection");
    expect(tg.textsTo(61_010).some((x) => x.includes(code(c.id)))).toBe(true);
    expect(tg.textsTo(61_001).some((x) => x.includes(code(c.id)))).toBe(false);
    const [adviser] = advisers as [Person];
    await adviser.send("/queue");
    expect(tg.textsTo(61_001).at(-1)).not.toContain(code(c.id));
    // Even with a validly signed button the adviser gets neither the row nor the content.
    await open(adviser, c.id);
    expect(JSON.stringify(tg.to(61_001))).not.toContain("Një mësues");
    await lead.press(t("en", "notice-open"));
    await lead.press(t("en", "act-take"));
    expect(tg.textsTo(61_010).join("\n")).toContain("Një mësues më prek.");
    expect((await onlyCase()).assignee?.id).toBe(61_010);
  });

  it("writes to the student as the school, never as the mediation club", async () => {
    await enrolSchoolStaff(tg, XK, 66_000, 1);
    const lead = await enrolLead(tg, 66_000, 66_010);
    const student = await report({ ...PEER_CONFLICT, what: "sexual" });
    const c = await onlyCase();
    await lead.press(t("en", "notice-open"));
    await lead.press(t("en", "act-take"));
    await lead.press(t("en", "act-write"));
    await lead.send("We are here for you.");
    await tg.settle();
    const seen = tg.textsTo(student.user.id).at(-1) ?? "";
    expect(seen).toContain(
      t("sq", "relay-from-club", { from: t("sq", "school-name-sender"), code: code(c.id) }),
    );
    expect(seen).not.toContain(t("sq", "club-name"));
    // The student's answer goes back with words that name no club either.
    await student.press(t("sq", "relay-reply"));
    expect(tg.textsTo(student.user.id).at(-1)).toBe(t("sq", "compose-club", { code: code(c.id) }));
    expect(t("sq", "compose-club", { code: "X" })).not.toContain(t("sq", "club-name"));
  });
});

describe("working together", { timeout: 30_000 }, () => {
  it("hands a case over: the colleague is told and can work on it; the first adviser no longer can", async () => {
    await enrolSchoolStaff(tg, XK, 62_000, 2);
    await report();
    const a = await takeCase(tg, 62_001);
    const b = new Person(tg, 62_002, { first_name: "Adviser2", language_code: "en" });
    await a.press(t("en", "act-handover"));
    await a.press("Adviser2");
    expect(tg.textsTo(62_001).at(-1)).toBe(t("en", "handover-done", { name: "Adviser2" }));
    const c = await onlyCase();
    expect(c.assignee).toEqual({ id: 62_002, name: "Adviser2" });
    expect(c.history.map((h) => h.e)).toEqual(["new", "taken", "handover"]);
    await tg.settle();
    expect(tg.textsTo(62_002).at(-1)).toBe(
      t("en", "handover-notice", { code: code(c.id), name: "Adviser1" }),
    );
    await b.press(t("en", "notice-open"));
    expect(b.buttonTexts()).toContain(t("en", "act-write"));
    // The first adviser now sees the row only, with no buttons; their old card's "Write" is refused.
    await open(a, c.id);
    const view = tg.last(62_001);
    expect(String(view?.payload.text)).toContain(t("en", "notice-new"));
    expect(JSON.stringify(view?.payload.reply_markup ?? {})).not.toContain("callback_data");
    const write = a.callbackUpdate(await signedFor(62_001, "act", { case: c.id, action: "w" }), 1);
    await postUpdate(write);
    expect(answerTo(tg, write)?.text).toBe(t("en", "case-not-yours"));
  });

  it("escalates to the principal in one tap, once", async () => {
    await enrolSchoolStaff(tg, XK, 63_000, 1);
    await report();
    const adviser = await takeCase(tg, 63_001);
    await adviser.press(t("en", "act-escalate"));
    expect(tg.textsTo(63_001).at(-1)).toBe(t("en", "escalated-done"));
    const c = await onlyCase();
    expect(c.escalated).toBe(true);
    await tg.settle();
    expect(tg.textsTo(63_000).at(-1)).toBe(
      t("sq", "escalated-notice", { code: code(c.id), name: "Adviser1" }),
    );
    // The card no longer offers it.
    expect(adviser.buttonTexts()).not.toContain(t("en", "act-escalate"));
  });

  it("keeps internal notes sealed, each its own row, shown on the card", async () => {
    await enrolSchoolStaff(tg, XK, 64_000, 1);
    await report();
    const adviser = await takeCase(tg, 64_001);
    for (const words of ["Talked to the class teacher; watch the breaks.", "Second note."]) {
      await adviser.press(t("en", "act-note"));
      await adviser.send(words);
      expect(tg.textsTo(64_001).at(-1)).toBe(t("en", "note-saved"));
    }
    const c = await onlyCase();
    const notes = await inDesk(XK, (sql) =>
      sql.exec<{ update_id: number; sealed: string }>("SELECT update_id, sealed FROM notes").toArray(),
    );
    expect(notes).toHaveLength(2);
    expect(JSON.stringify([c, notes])).not.toContain("class teacher");
    const ring = singleKey(String(env.SEAL_KEY));
    const first = notes[0] as { update_id: number; sealed: string };
    expect(await openPart(ring, { school: XK, id: c.id }, "note", first.sealed, first.update_id)).toBe(
      "Adviser1: Talked to the class teacher; watch the breaks.",
    );
    await open(adviser, c.id);
    const card = tg.textsTo(64_001).at(-1) ?? "";
    expect(card).toContain(t("en", "card-notes"));
    expect(card).toContain("watch the breaks");
    expect(card).toContain("Second note.");
  });

  it("the student sees the adviser's chosen name, or 'the mediation club'", async () => {
    await enrolSchoolStaff(tg, XK, 65_000, 1);
    const student = await report();
    const adviser = await takeCase(tg, 65_001);
    await adviser.press(t("en", "act-write"));
    await adviser.send("First message");
    await tg.settle();
    expect(tg.textsTo(student.user.id).at(-1)).toContain(t("sq", "club-name"));
    expect(tg.textsTo(student.user.id).at(-1)).not.toContain("Adviser1");
    await adviser.send("/name Mësuesja Drita");
    expect(tg.textsTo(65_001).at(-1)).toBe(t("en", "name-set", { name: "Mësuesja Drita" }));
    await adviser.press(t("en", "act-write"));
    await adviser.send("Second message");
    await tg.settle();
    expect(tg.textsTo(student.user.id).at(-1)).toContain("Mësuesja Drita");
    expect(tg.textsTo(student.user.id).at(-1)).not.toContain("Adviser1");
  });

  it("an adviser's next message after the relayed one does not reach the student", async () => {
    await enrolSchoolStaff(tg, XK, 66_000, 1);
    const student = await report();
    const adviser = await takeCase(tg, 66_001);
    await adviser.press(t("en", "act-write"));
    await adviser.send("For the student");
    await tg.settle();
    const before = tg.to(student.user.id).length;
    await adviser.send("oops, meant for a colleague");
    await tg.settle();
    expect(tg.to(student.user.id)).toHaveLength(before);
    expect(tg.textsTo(student.user.id).at(-1)).toContain("For the student");
  });

  it("the principal links the club's group there, which then hears of new mediation cases without details", async () => {
    const { advisers, principal } = await enrolSchoolStaff(tg, XK, 67_000, 1);
    const [adviser] = advisers as [Person];
    await adviser.send("/invite group");
    expect(tg.textsTo(67_001).at(-1)).toBe(t("en", "principal-only"));
    await principal.send("/invite group");
    const groupCode = /\/linkgroup ([2-9A-Z]+)/.exec(tg.textsTo(67_000).at(-1) ?? "")?.[1];
    expect(groupCode).toBeDefined();
    const group = { id: -1001234, type: "supergroup", title: "Klubi" };
    const inGroup = (from: Person) => ({
      update_id: tg.nextUpdateId(),
      message: {
        message_id: tg.nextMessageId(group.id),
        date: Math.floor(Date.now() / 1000),
        chat: group,
        from: from.user,
        text: `/linkgroup ${groupCode}`,
        entities: [{ type: "bot_command", offset: 0, length: 10 }],
      },
    });
    // An adviser holding the code cannot link it: the principal decides where the club's notices go.
    await postUpdate(inGroup(adviser));
    expect(tg.textsTo(group.id).at(-1)).toBe(t("en", "join-invalid"));
    await postUpdate(inGroup(principal));
    expect(tg.textsTo(group.id).at(-1)).toBe(t("sq", "group-linked"));
    await report(PEER_CONFLICT, "secret words");
    const notice = tg.textsTo(group.id).at(-1) ?? "";
    expect(notice).toContain(t("sq", "notice-new"));
    expect(notice).toContain(code((await onlyCase()).id));
    expect(notice).not.toContain("secret words");
    expect(JSON.stringify(tg.to(group.id))).not.toContain("callback_data");
    // Not for cases outside mediation.
    await report({ ...PEER_CONFLICT, what: "sexual" });
    const protection = await onlyCase();
    expect(protection.route).toBe("protection");
    expect(tg.textsTo(group.id).some((x) => x.includes(code(protection.id)))).toBe(false);
  });

  it("referring to school staff keeps the case open in their queue, and the principal hears of it", async () => {
    const { principal } = await enrolSchoolStaff(tg, XK, 68_000, 1);
    const student = await report();
    const adviser = await takeCase(tg, 68_001);
    await adviser.press(t("en", "act-refer"));
    await adviser.press(t("en", "act-refer-staff"));
    expect(tg.textsTo(68_001).at(-1)).toBe(t("en", "refer-done"));
    const c = await onlyCase();
    expect(c).toMatchObject({ status: "new", route: "staff" });
    expect(c.assignee).toBeUndefined();
    await tg.settle();
    expect(tg.textsTo(68_000).at(-1)).toBe(t("sq", "referred-notice", { code: code(c.id) }));
    expect(tg.textsTo(student.user.id).at(-1)).toContain(t("sq", "student-referred-staff"));
    await principal.send("/queue");
    expect(tg.textsTo(68_000).at(-1)).toContain(code(c.id));
    await adviser.send("/queue");
    expect(tg.textsTo(68_001).at(-1)).not.toContain(code(c.id));
  });

  it("a protection case can only be handed to someone whose queue it belongs to, never the club", async () => {
    const { principal } = await enrolSchoolStaff(tg, XK, 69_000, 2);
    await enrolLead(tg, 69_000, 69_010);
    await report({ ...PEER_CONFLICT, by: "adult" });
    await principal.press(t("sq", "notice-open"));
    await principal.press(t("sq", "act-take"));
    await principal.press(t("sq", "act-handover"));
    expect(principal.buttonTexts()).toEqual(["Vjosa"]);
    // A forged hand-over to an adviser is refused by the desk.
    const c = await onlyCase();
    await postUpdate(
      principal.callbackUpdate(await signedFor(69_000, "act", { case: c.id, action: "h69001" }, "sq"), 1),
    );
    expect((await onlyCase()).assignee?.id).toBe(69_000);
  });

  it("a checklist that finds violence offers only referral, not closing", async () => {
    await enrolSchoolStaff(tg, XK, 70_000, 1);
    await report();
    const adviser = await takeCase(tg, 70_001);
    await adviser.press(t("en", "act-mediation"));
    await adviser.press(t("en", "check-yes"));
    await adviser.press(t("en", "check-yes"));
    await adviser.press(t("en", "check-no")); // sexual or home violence
    await adviser.press(t("en", "check-yes"));
    expect(adviser.buttonTexts()).toEqual([t("en", "act-refer-staff"), t("en", "act-refer-external")]);
    expect((await onlyCase()).mediation?.checklist).toEqual([true, true, false, true]);
  });

  it("removing an adviser hands their open cases back to the principal, who passes them on", async () => {
    const { principal } = await enrolSchoolStaff(tg, XK, 71_000, 2);
    await report();
    await takeCase(tg, 71_001);
    await principal.send("/advisers");
    await principal.press(t("sq", "advisers-remove", { name: "Adviser1" }));
    await principal.press(t("sq", "advisers-remove-confirm"));
    const c = await onlyCase();
    expect(c.assignee).toBeUndefined();
    expect(c.status).toBe("taken");
    await tg.settle();
    expect(tg.textsTo(71_000).at(-1)).toBe(
      t("sq", "unassigned-notice", { code: code(c.id), name: "Adviser1" }),
    );
    await principal.press(t("sq", "notice-open"));
    await principal.press(t("sq", "act-handover"));
    expect(principal.buttonTexts()).toEqual(["Adviser2"]);
    await principal.press("Adviser2");
    expect((await onlyCase()).assignee?.id).toBe(71_002);
  });

  it("a student's /forget erases an open case, and its adviser learns it was withdrawn — not what it said", async () => {
    await enrolSchoolStaff(tg, XK, 72_000, 1);
    const student = await report(PEER_CONFLICT, "private words");
    await takeCase(tg, 72_001);
    const c = await onlyCase();
    await student.send("/forget");
    await student.press(t("sq", "forget-yes"));
    await tg.settle();
    expect(await env.KV.get(`case:${XK}:${c.id}`)).toBeNull();
    expect(await inDesk(XK, (sql) => sql.exec("SELECT count(*) AS n FROM cases").one().n)).toBe(0);
    expect(tg.textsTo(72_001).at(-1)).toBe(t("en", "withdrawn-notice", { code: code(c.id) }));
  });

  it("a long message is relayed whole, in several messages, with the answer button under the last", async () => {
    await enrolSchoolStaff(tg, XK, 73_000, 1);
    const student = await report();
    const adviser = await takeCase(tg, 73_001);
    await adviser.press(t("en", "act-write"));
    const long = `${"a".repeat(3000)}\n${"b".repeat(3000)}`;
    const before = tg.to(student.user.id).length;
    await adviser.send(long);
    await tg.settle();
    const sent = tg.to(student.user.id).slice(before);
    expect(sent).toHaveLength(2);
    expect(sent.every((c) => String(c.payload.text).length <= 4096)).toBe(true);
    expect(sent.map((c) => String(c.payload.text)).join("")).toContain("a".repeat(3000));
    expect(sent.map((c) => String(c.payload.text)).join("")).toContain("b".repeat(3000));
    expect(sent[0]?.payload.reply_markup).toBeUndefined();
    expect(sent[1]?.payload.reply_markup).toBeDefined();
  });

  it("an adviser who switches /language gets their notices in it", async () => {
    const { advisers } = await enrolSchoolStaff(tg, XK, 74_000, 1);
    const [adviser] = advisers as [Person];
    await adviser.send("/language");
    await adviser.press("Македонски");
    await report();
    expect(tg.textsTo(74_001).at(-1)).toContain(t("mk", "notice-new"));
  });
});
