import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import type { CaseRow, StoredCase } from "../src/domain/case.ts";
import { LOCALES } from "../src/i18n/locales.ts";
import { actionUpdate, answerFlow, answerUntil, PEER_CONFLICT, pressAction } from "./support/report.ts";
import { SCHOOLS } from "./support/schools.ts";
import { type FakeTelegram, kvLog, kvTotal, Person, postUpdate } from "./support/telegram.ts";
import { useWorld, t } from "./support/world.ts";

let tg: FakeTelegram;
let nextId = 5000;

useWorld((fresh) => {
  tg = fresh;
});

function newStudent(lang: string, name = "Arta") {
  return new Person(tg, nextId++, {
    first_name: name,
    last_name: "Krasniqi",
    username: `${name.toLowerCase()}_${nextId}`,
    language_code: lang,
  });
}

async function casesOf(
  school: string,
): Promise<Array<{ name: string; value: StoredCase; metadata: CaseRow }>> {
  const list = await env.KV.list<CaseRow>({ prefix: `case:${school}:` });
  return Promise.all(
    list.keys.map(async (k) => ({
      name: k.name,
      value: JSON.parse((await env.KV.get(k.name)) ?? "null"),
      metadata: k.metadata as CaseRow,
    })),
  );
}

describe("a complete report", () => {
  it.each(LOCALES)("works end to end in %s through the webhook", async (locale) => {
    const student = newStudent(locale);
    await student.send(`/start s-${SCHOOLS.XK.code}`);
    expect(tg.textsTo(student.user.id)[0]).toContain(t(locale, "welcome").split("\n")[0]);
    expect(tg.textsTo(student.user.id)[0]).toContain(SCHOOLS.XK.name);
    expect(tg.textsTo(student.user.id)[1]).toBe(t(locale, "q-danger"));
    const visited = await answerFlow(student, PEER_CONFLICT, "They call me names every day in class.");
    expect(visited).toEqual([
      "danger",
      "who",
      "what",
      "where",
      "when",
      "often",
      "mediation",
      "summary",
      "describe",
    ]);
    const cases = await casesOf(SCHOOLS.XK.code);
    expect(cases).toHaveLength(1);
    const [stored] = cases;
    expect(stored?.metadata).toMatchObject({ r: "mediation", u: "normal", s: "new", c: "insults" });
    expect(stored?.value.hasText).toBe(true);
    const confirmation = tg.textsTo(student.user.id).find((x) => x.includes(t(locale, "sent-title")));
    expect(confirmation).toBeDefined();
    expect(confirmation).toContain(t(locale, "next-mediation"));
    const code = stored?.value.id ?? "";
    expect(confirmation).toContain(`${code.slice(0, 5)} ${code.slice(5)}`);
  });

  it("the summary lists the answers in the student's language before sending", async () => {
    const student = newStudent("sr");
    await student.send(`/start s-${SCHOOLS.XK.code}`);
    await answerUntil(student, PEER_CONFLICT, "summary");
    const summary = tg.textsTo(student.user.id).at(-1) ?? "";
    expect(summary).toContain(t("sr", "summary-title"));
    expect(summary).toContain(t("sr", "q-what-insults"));
    expect(summary).toContain(t("sr", "q-mediation-yes"));
    expect(await casesOf(SCHOOLS.XK.code)).toHaveLength(0);
  });
});

describe("triage and routing", () => {
  const base = { danger: "no", who: "me", where: "yard", when: "today", often: "once" };
  it.each([
    ["insults between peers", { ...base, what: "insults", mediation: "yes" }, "mediation", "normal"],
    [
      "a fight without serious injury",
      { ...base, what: "physical", injury: "no", mediation: "maybe" },
      "mediation",
      "normal",
    ],
    ["a fight with serious injury", { ...base, what: "physical", injury: "yes" }, "staff", "high"],
    ["repeated bullying", { ...base, what: "exclusion", often: "repeated" }, "staff", "normal"],
    ["danger now", { ...base, danger: "yes", what: "insults" }, "staff", "urgent"],
    ["sexual harassment", { ...base, what: "sexual" }, "protection", "high"],
    ["violence by an adult", { ...base, what: "adult", where: "home" }, "protection", "high"],
    ["an adult, with danger now", { ...base, danger: "yes", what: "adult" }, "protection", "urgent"],
    ["self-harm thoughts", { ...base, what: "selfharm" }, "wellbeing", "urgent"],
    ["something else", { ...base, what: "other" }, "staff", "normal"],
  ])("%s → %s / %s", async (_name, answers, route, urgency) => {
    const student = newStudent("en");
    await student.send(`/start s-${SCHOOLS.AL.code}`);
    const visited = await answerFlow(student, answers);
    // The mediation question is asked only where mediation can apply.
    expect(visited.includes("mediation")).toBe(route === "mediation");
    const [stored] = await casesOf(SCHOOLS.AL.code);
    expect(stored?.metadata).toMatchObject({ r: route, u: urgency });
    expect(stored?.value.route).toBe(route);
  });

  it("shows the helpline card at once when self-harm is chosen", async () => {
    const student = newStudent("sq");
    await student.send(`/start s-${SCHOOLS.AL.code}`);
    await pressAction(student, "o1"); // danger: no
    await pressAction(student, "o0"); // who: me
    const mark = tg.calls.length;
    await pressAction(student, "o7"); // what: selfharm
    const sent = tg.calls.slice(mark).filter((c) => c.method === "sendMessage");
    expect(sent[0]?.payload.text).toContain(t("sq", "card-helpline-title"));
    expect(sent[0]?.payload.text).toContain("116 111");
  });
});

describe("danger now", () => {
  it.each([
    ["XK", ["112", "192"], "129"],
    ["AL", ["112", "129"], "192"],
    ["MK", ["112", "192"], "129"],
  ] as const)("shows %s's numbers before any other question", async (country, numbers, foreign) => {
    const student = newStudent("en");
    await student.send(`/start s-${SCHOOLS[country].code}`);
    const mark = tg.calls.length;
    await pressAction(student, "o0"); // "Yes, someone is in danger now"
    const sent = tg.calls.slice(mark).filter((c) => c.method === "sendMessage");
    const card = String(sent[0]?.payload.text);
    expect(card).toContain(t("en", "card-emergency-title"));
    for (const n of numbers) expect(card).toContain(n);
    expect(card).not.toContain(foreign);
    // Then, and only then, the next question.
    expect(sent[1]?.payload.text).toBe(t("en", "q-who"));
  });
});

describe("idempotency", () => {
  it("a redelivered 'send' button press leaves exactly one case and is answered again", async () => {
    const student = newStudent("en");
    await student.send(`/start s-${SCHOOLS.XK.code}`);
    await answerUntil(student, PEER_CONFLICT, "describe");
    const send = actionUpdate(student, "k");
    expect((await postUpdate(send)).status).toBe(200);
    expect((await postUpdate(send)).status).toBe(200);
    expect(await casesOf(SCHOOLS.XK.code)).toHaveLength(1);
    const confirmations = tg.textsTo(student.user.id).filter((x) => x.includes(t("en", "sent-title")));
    expect(confirmations).toHaveLength(2);
    expect(new Set(confirmations).size).toBe(1);
  });

  it("the same text update delivered twice makes one case", async () => {
    const student = newStudent("sq");
    await student.send(`/start s-${SCHOOLS.XK.code}`);
    await answerUntil(student, PEER_CONFLICT, "describe");
    const update = student.messageUpdate("Më ngacmojnë çdo ditë.");
    expect((await postUpdate(update)).status).toBe(200);
    expect((await postUpdate(update)).status).toBe(200);
    expect(await casesOf(SCHOOLS.XK.code)).toHaveLength(1);
    expect(tg.textsTo(student.user.id).filter((x) => x.includes(t("sq", "sent-title")))).toHaveLength(2);
  });

  it("messages right after sending are added to the report (once each); later ones are not a new report", async () => {
    const student = newStudent("sq");
    await student.send(`/start s-${SCHOOLS.XK.code}`);
    await answerFlow(student, PEER_CONFLICT, "Më ngacmojnë.");
    const more = student.messageUpdate("Edhe dje pas shkollës.");
    await postUpdate(more);
    await postUpdate(more); // redelivered: not added twice
    await student.sendPhoto("AgAC-more-photo");
    const [stored] = await casesOf(SCHOOLS.XK.code);
    const code = `${stored?.value.id.slice(0, 5)} ${stored?.value.id.slice(5)}`;
    expect(tg.textsTo(student.user.id).at(-1)).toBe(t("sq", "report-added", { code }));
    const { openJson } = await import("../src/crypto/seal.ts");
    const sealed = await openJson<{ more: Array<{ text?: string; photo?: string }> }>(
      String(env.SEAL_KEY),
      stored?.value.sealed ?? "",
      stored?.name ?? "",
    );
    expect(sealed.more.map((m) => m.text ?? m.photo)).toEqual(["Edhe dje pas shkollës.", "AgAC-more-photo"]);
    expect(stored?.value.hasPhoto).toBe(true);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 31 * 60_000);
    await student.send("Edhe diçka tjetër");
    expect(await casesOf(SCHOOLS.XK.code)).toHaveLength(1);
    expect(tg.textsTo(student.user.id).at(-1)).toBe(t("sq", "sent-already", { code }));
  });
});

describe("KV budget", () => {
  it("a complete report costs at most 2 KV writes, and a button press no read", async () => {
    const student = newStudent("en");
    await student.send(`/start s-${SCHOOLS.XK.code}`);
    kvLog.length = 0;
    await answerFlow(student, PEER_CONFLICT, "They laugh at me.");
    const total = kvTotal();
    expect(total.writes).toBeLessThanOrEqual(2);
    expect(total.writes).toBeGreaterThanOrEqual(1);
    // Choice presses carry their state in signed callback data: no KV at all.
    const presses = kvLog.slice(0, 6);
    for (const ops of presses) expect(ops.reads + ops.writes).toBe(0);
    // Sending lists the school's staff once, to notify them; nothing else lists.
    expect(kvTotal().lists).toBe(1);
    expect(kvLog.at(-1)?.lists).toBe(1);
  });
});
