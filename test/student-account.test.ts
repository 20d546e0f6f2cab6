/**
 * A student's own things: quick exit, /mycases, withdrawing, /forget, /help, /privacy and the
 * language they are spoken to in.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { pseudonym } from "../src/crypto/pseudonym.ts";
import { open, singleKey } from "../src/crypto/seal.ts";
import type { CaseRecord } from "../src/domain/case.ts";
import { DELETE_BATCH, REACH } from "../src/bot/quick-exit.ts";
import { keys, sessionAad } from "../src/storage/keys.ts";
import {
  actionUpdate,
  answerFlow,
  answerUntil,
  currentStep,
  PEER_CONFLICT,
  pressAction,
} from "./support/report.ts";
import { SCHOOLS } from "./support/schools.ts";
import { enrolSchoolStaff, takeCase } from "./support/staff.ts";
import { type FakeTelegram, Person, postUpdate } from "./support/telegram.ts";
import { code, inDesk, storedCases, t, useWorld } from "./support/world.ts";

let tg: FakeTelegram;
let nextId = 7500;
useWorld((fresh) => {
  tg = fresh;
});

const student = (lang = "en") => new Person(tg, nextId++, { first_name: "Student", language_code: lang });
const cases = (school = SCHOOLS.XK.code) => storedCases(school);

/** What a student's session key holds, opened with the Worker's keys (tests only). */
async function sessionOf(
  id: number,
): Promise<{ s?: Record<string, unknown>; w: { d: number; n: number } } | null> {
  const p = await pseudonym(String(env.PSEUDONYM_KEY), id);
  const raw = await env.KV.get(keys.session(p));
  return raw ? JSON.parse(await open(singleKey(String(env.SEAL_KEY)), raw, sessionAad(p))) : null;
}

/** Other students and staff writing meanwhile: Telegram numbers their messages from the same counter. */
function othersWrite(messages: number) {
  for (let i = 0; i < messages; i++) tg.nextMessageId(OTHERS + (i % 5), { text: "…" });
}
const OTHERS = 7_900;
const visibleElsewhere = () => [0, 1, 2, 3, 4].flatMap((i) => tg.sim.messages(OTHERS + i)).length;

describe("quick exit", () => {
  it("deletes every message of the chat, though other chats' messages came in between, and keeps the unfinished report", async () => {
    const s = student("sq");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    othersWrite(700);
    await pressAction(s, "o2"); // not in danger
    othersWrite(900);
    await pressAction(s, "o0"); // it happened to me
    othersWrite(1_200);
    const elsewhere = visibleElsewhere();
    expect(tg.sim.messages(s.user.id).length).toBeGreaterThan(1);
    await pressAction(s, "q");
    expect(tg.sim.messages(s.user.id)).toEqual([]);
    expect(visibleElsewhere()).toBe(elsewhere);
    const deletions = tg.to(s.user.id).filter((c) => c.method === "deleteMessages");
    expect(deletions.every((c) => (c.payload.message_ids as number[]).length <= DELETE_BATCH)).toBe(true);
    // Inside the free plan's 50 subrequests, with the probe and the answer.
    expect(deletions.length).toBeLessThanOrEqual(REACH / DELETE_BATCH);
    // Coming back: the report continues where it was.
    await s.send("/start");
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("sq", "resume-question"));
    await s.press(t("sq", "resume-continue"));
    expect(currentStep(s)?.step).toBe("what");
    await answerFlow(s, PEER_CONFLICT);
    const [stored] = await cases();
    expect(stored?.answers).toMatchObject({ danger: "no", who: "me" });
  });

  it("reaches back REACH messages of the whole bot: beyond them, older ones stay (README, Limits)", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    const beforeTraffic = tg.sim.messages(s.user.id).map((m) => m.messageId);
    othersWrite(REACH);
    await s.send("/help");
    await s.send("/clear");
    expect(tg.sim.messages(s.user.id).map((m) => m.messageId)).toEqual(beforeTraffic);
  });

  it("/clear deletes the chat and a sent report is still there", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerFlow(s, PEER_CONFLICT, "words");
    await s.send("/clear");
    expect(tg.to(s.user.id).some((c) => c.method === "deleteMessages")).toBe(true);
    await s.send("/mycases");
    expect(tg.textsTo(s.user.id).at(-1)).toContain(t("en", "status-new"));
  });
});

describe("exact times", () => {
  it("a desk forgets when it applied each update after two days, also when nothing new is sent", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerFlow(s, PEER_CONFLICT, "words");
    const rows = () =>
      inDesk(SCHOOLS.XK.code, (sql) => sql.exec<{ n: number }>("SELECT count(*) AS n FROM updates").one().n);
    expect(await rows()).toBeGreaterThan(0);
    // Three days on, the desk is only read (/mycases keeps no update): the old rows go anyway.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 3 * 86_400_000);
    await s.send("/mycases");
    vi.useRealTimers();
    expect(await rows()).toBe(0);
    // Done on every desk call, so by index: a Durable Object's SQLite bills every row it reads.
    const plan = await inDesk(SCHOOLS.XK.code, (sql) =>
      JSON.stringify(sql.exec("EXPLAIN QUERY PLAN DELETE FROM updates WHERE at < ?", 0).toArray()),
    );
    expect(plan).toContain("updates_at");
  });
});

describe("a sent report is never lost from the student's view", () => {
  it("quick exit in the next report keeps the sent one in /mycases and /forget still erases it", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerFlow(s, PEER_CONFLICT, "first");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await pressAction(s, "o1");
    await pressAction(s, "q");
    await s.send("/mycases");
    const [first] = await cases();
    expect(tg.textsTo(s.user.id).at(-1)).toContain(code(first?.id ?? ""));
    await s.send("/forget");
    await s.press(t("en", "forget-yes"));
    expect(await cases()).toHaveLength(0);
  });

  it("Cancel on a report that was already sent says so instead of 'cancelled'", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerUntil(s, PEER_CONFLICT, "describe");
    const cancel = actionUpdate(s, "x");
    await s.send("my words");
    await postUpdate(cancel);
    const [sent] = await cases();
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("en", "sent-already", { code: code(sent?.id ?? "") }));
    expect(await cases()).toHaveLength(1);
  });
});

describe("my cases, withdraw, forget", () => {
  it("lists the student's cases and lets them withdraw one", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerFlow(s, PEER_CONFLICT);
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerFlow(s, { ...PEER_CONFLICT, what: "exclusion" });
    await s.send("/mycases");
    const list = tg.textsTo(s.user.id).at(-1) ?? "";
    const all = await cases();
    expect(all).toHaveLength(2);
    for (const c of all) expect(list).toContain(code(c.id));
    const target = all[0] as CaseRecord;
    await s.press(code(target.id));
    await s.press(t("en", "withdraw-yes"));
    expect((await cases()).find((c) => c.id === target.id)?.status).toBe("withdrawn");
    expect((await cases()).filter((c) => c.status === "withdrawn")).toHaveLength(1);
  });

  it("another student sees none of them", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerFlow(s, PEER_CONFLICT);
    const other = student("en");
    await other.send("/mycases");
    expect(tg.textsTo(other.user.id).at(-1)).toBe(t("en", "mycases-empty"));
  });

  it("/forget erases the student's cases after confirming, and keeps only today's count of writes", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerFlow(s, PEER_CONFLICT, "words");
    const keep = student("en");
    await keep.send(`/start s-${SCHOOLS.XK.code}`);
    await answerFlow(keep, PEER_CONFLICT);
    await s.send("/forget");
    await s.press(t("en", "forget-no"));
    expect(await cases()).toHaveLength(2);
    await s.send("/forget");
    await s.press(t("en", "forget-yes"));
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("en", "forget-done"));
    expect(await cases()).toHaveLength(1);
    // The other student's session is whole; this one's holds nothing but how many writes today took.
    expect((await sessionOf(keep.user.id))?.s).toMatchObject({ school: { code: SCHOOLS.XK.code } });
    const left = await sessionOf(s.user.id);
    expect(left?.s).toBeUndefined();
    expect(left?.w.n).toBeGreaterThan(0);
  });

  it("/forget erases every report, also one sent from an old abandoned form, and tells whoever worked on it", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 74_000, 1);
    const s = student("en");
    // A form filled in at one school and left at its last step…
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerUntil(s, PEER_CONFLICT, "describe");
    const oldSend = actionUpdate(s, "k");
    // …a report sent to another school…
    await s.send(`/start s-${SCHOOLS.MK.code}`);
    await answerFlow(s, PEER_CONFLICT, "at the other school");
    // …then the old form's "send" pressed after all.
    await postUpdate(oldSend);
    const [sentLate] = await cases();
    expect(sentLate).toBeDefined();
    expect(await cases(SCHOOLS.MK.code)).toHaveLength(1);
    await takeCase(tg, 74_001);
    // A wrong invite code is counted (five lock /join for an hour).
    await s.send("/join WRONGCODE2345");
    expect((await sessionOf(s.user.id))?.s?.joins).toMatchObject({ n: 1 });

    await s.send("/forget");
    await s.press(t("en", "forget-yes"));
    await tg.settle();
    expect(await cases()).toHaveLength(0);
    expect(await cases(SCHOOLS.MK.code)).toHaveLength(0);
    expect((await env.KV.list({ prefix: "case:" })).keys).toHaveLength(0);
    // Nothing under the student's pseudonym but today's count of writes: no counter, no session.
    expect((await env.KV.list({ prefix: "tries:" })).keys).toHaveLength(0);
    expect((await sessionOf(s.user.id))?.s).toBeUndefined();
    // The adviser who had the case hears it was withdrawn — not what it said.
    const told = tg
      .textsTo(74_001)
      .filter((x) => x === t("en", "withdrawn-notice", { code: code(sentLate?.id ?? "") }));
    expect(told).toHaveLength(1);
    await s.send("/mycases");
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("en", "mycases-empty"));
  });
});

describe("help, privacy and language", () => {
  it("/help shows the numbers of the student's country once the school is known", async () => {
    const s = student("en");
    await s.send("/help");
    expect(tg.textsTo(s.user.id).at(-1)).toContain(t("en", "help-no-school"));
    await s.send(`/start s-${SCHOOLS.AL.code}`);
    await answerFlow(s, PEER_CONFLICT);
    await s.send("/help");
    const help = tg.textsTo(s.user.id).at(-1) ?? "";
    expect(help).toContain("129");
    expect(help).toContain("116 111");
    expect(help).not.toContain("192");
  });

  it("/privacy tells the retention period and quick exit", async () => {
    const s = student("mk");
    await s.send("/privacy");
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("mk", "privacy-text", { days: 180 }));
  });

  it("/language switches and is remembered over Telegram's language", async () => {
    const s = student("en");
    await s.send("/language");
    await s.press("Shqip");
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("sq", "language-set"));
    await s.send("/privacy");
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("sq", "privacy-text", { days: 180 }));
  });

  it("falls back to English for a language Ura does not speak", async () => {
    const s = student("de");
    await s.send("/start");
    expect(tg.textsTo(s.user.id).at(-1)).toContain(t("en", "ask-school-code"));
  });
});

describe("issue 7: language, welcome and staff help", () => {
  it("without a Telegram language the school's language stays once the school is known; a /language choice wins", async () => {
    const s = new Person(tg, nextId++, { first_name: "Besa" });
    await s.send(`/start s-${SCHOOLS.MK.code}`);
    expect(tg.textsTo(s.user.id).at(-1)).toContain(t("mk", "q-danger"));
    await answerFlow(s, PEER_CONFLICT);
    // The session remembers the school: later commands speak its language too, not English.
    await s.send("/privacy");
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("mk", "privacy-text", { days: 180 }));
    await s.send("/language");
    await s.press("English");
    await s.send("/privacy");
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("en", "privacy-text", { days: 180 }));
    await s.send(`/start s-${SCHOOLS.MK.code}`);
    expect(tg.textsTo(s.user.id).at(-1)).toContain(t("en", "q-danger"));
  });

  it("a /language choice made before the school is known wins over the school's language", async () => {
    const s = new Person(tg, nextId++, { first_name: "Besa", language_code: "sq" });
    await s.send("/language");
    await s.press("Srpski (latinica)");
    await s.send(`/start s-${SCHOOLS.MK.code}`);
    expect(tg.textsTo(s.user.id).at(-1)).toContain(t("sr", "q-danger"));
  });

  it("the welcome is shown once when the code is typed", async () => {
    const s = student("en");
    await s.send("/start");
    await s.send(SCHOOLS.XK.code.toLowerCase());
    const [first, second] = tg.textsTo(s.user.id);
    expect(first).toBe(`${t("en", "welcome")}\n\n${t("en", "ask-school-code")}`);
    expect(second).toContain(
      t("en", "welcome-school", { school: SCHOOLS.XK.name, municipality: SCHOOLS.XK.municipality }),
    );
    expect(second).not.toContain(t("en", "welcome"));
    // From a poster's link the welcome comes with the first question.
    const linked = student("en");
    await linked.send(`/start s-${SCHOOLS.XK.code}`);
    expect(tg.textsTo(linked.user.id)[0]).toContain(t("en", "welcome"));
  });

  it("/help for staff lists the staff commands and their country's numbers; a student's does not", async () => {
    const { advisers } = await enrolSchoolStaff(tg, SCHOOLS.AL.code, 75_000, 1);
    const adviser = advisers[0] as Person;
    await adviser.send("/help");
    const help = tg.textsTo(adviser.user.id).at(-1) ?? "";
    expect(help).toContain(t("en", "staff-help"));
    for (const command of ["/queue", "/name", "/invite", "/language"]) expect(help).toContain(command);
    expect(help).toContain("129"); // Albania's police
    const s = student("en");
    await s.send("/help");
    expect(tg.textsTo(s.user.id).at(-1)).not.toContain(t("en", "staff-help"));
  });
});
