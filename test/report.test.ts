import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import type { CaseRow } from "../src/domain/case.ts";
import { LOCALES } from "../src/i18n/locales.ts";
import { openPart } from "../src/storage/sealing.ts";
import { singleKey } from "../src/crypto/seal.ts";
import {
  actionUpdate,
  answerFlow,
  answerUntil,
  currentStep,
  PEER_CONFLICT,
  pressAction,
} from "./support/report.ts";
import { SCHOOLS } from "./support/schools.ts";
import { type FakeTelegram, Person, postUpdate } from "./support/telegram.ts";
import { code, inDesk, storedCases, t, useWorld } from "./support/world.ts";

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

/** The queue rows KV holds for a school (what /queue and the cron read). */
async function rows(school: string): Promise<CaseRow[]> {
  const list = await env.KV.list<CaseRow>({ prefix: `case:${school}:` });
  return list.keys.map((k) => k.metadata as CaseRow);
}

const ring = () => singleKey(String(env.SEAL_KEY));

describe("a complete report", () => {
  // Telegram says only "sr" for Serbian: without a Serbian-language school, that is Cyrillic; Latin is a /language choice.
  it.each(LOCALES.filter((l) => l !== "sr"))("works end to end in %s through the webhook", async (locale) => {
    const student = newStudent(locale === "sr-Cyrl" ? "sr" : locale);
    await student.send(`/start s-${SCHOOLS.XK.code}`);
    const first = tg.textsTo(student.user.id)[0] ?? "";
    // The welcome, the school and the first question come together, once.
    expect(first).toContain(SCHOOLS.XK.name);
    expect(tg.textsTo(student.user.id)).toHaveLength(1);
    const visited = await answerFlow(student, PEER_CONFLICT, "They call me names every day in class.");
    expect(visited).toEqual([
      "danger",
      "who",
      "what",
      "harm",
      "by",
      "where",
      "when",
      "often",
      "mediation",
      "summary",
      "describe",
    ]);
    const [stored] = await storedCases(SCHOOLS.XK.code);
    expect(stored).toMatchObject({ route: "mediation", urgency: "normal", status: "new", hasText: true });
    expect(await rows(SCHOOLS.XK.code)).toEqual([
      expect.objectContaining({ r: "mediation", u: "normal", s: "new", c: "insults" }),
    ]);
    const shown = locale === "sr-Cyrl" ? "sr-Cyrl" : locale;
    const confirmation = tg.textsTo(student.user.id).find((x) => x.includes(t(shown, "sent-title")));
    expect(confirmation).toContain(t(shown, "next-mediation"));
    expect(confirmation).toContain(code(stored?.id ?? ""));
    // The student's words are sealed in the desk, and open only with the key and the case's place.
    const words = await openPart(
      ring(),
      { school: SCHOOLS.XK.code, id: stored?.id ?? "" },
      "content",
      stored?.sealed.content ?? "",
    );
    expect(words.text).toBe("They call me names every day in class.");
  });

  // Telegram carries out a webhook's reply without telling anyone when it fails: only calls whose
  // loss costs nothing may ride it, never a message the child must read.
  it("rides the webhook's reply only with button answers and the sent form's lost buttons", async () => {
    const student = newStudent("sq");
    const mark = tg.calls.length;
    await student.send(`/start s-${SCHOOLS.XK.code}`);
    await answerFlow(student, PEER_CONFLICT, "They call me names every day in class.");
    const replies = tg.calls.slice(mark).filter((c) => c.via === "reply");
    expect(new Set(replies.map((c) => c.method))).toEqual(
      new Set(["answerCallbackQuery", "editMessageReplyMarkup"]),
    );
    // Every press answered once, and the form's buttons taken away: 10 presses, one sent form.
    expect(replies.filter((c) => c.method === "answerCallbackQuery")).toHaveLength(10);
    expect(replies.filter((c) => c.method === "editMessageReplyMarkup")).toHaveLength(1);
    expect(
      tg.calls
        .slice(mark)
        .filter((c) => c.method === "sendMessage")
        .every((c) => c.via === "http"),
    ).toBe(true);
  });

  it("a Serbian-language school speaks Cyrillic to a student whose Telegram only says 'sr'", async () => {
    const school = { ...SCHOOLS.XK, code: "SRB2XK", name: "ОШ „Свети Сава“", lang: "sr-Cyrl" as const };
    const { desk } = await import("./support/schools.ts");
    await desk(school.code).init(Date.now(), school);
    const student = newStudent("sr");
    await student.send(`/start s-${school.code}`);
    expect(tg.textsTo(student.user.id)[0]).toContain(t("sr-Cyrl", "q-danger"));
  });

  it("without a Telegram language a student gets the school's language, not English", async () => {
    const student = new Person(tg, nextId++, { first_name: "Besa" });
    await student.send(`/start s-${SCHOOLS.MK.code}`);
    expect(tg.textsTo(student.user.id)[0]).toContain(t("mk", "q-danger"));
    const german = newStudent("de");
    await german.send(`/start s-${SCHOOLS.AL.code}`);
    expect(tg.textsTo(german.user.id)[0]).toContain(t("sq", "q-danger"));
  });

  it("the summary lists the answers in the student's language before anything is sent", async () => {
    const student = newStudent("mk");
    await student.send(`/start s-${SCHOOLS.XK.code}`);
    await answerUntil(student, PEER_CONFLICT, "describe");
    const summary = tg.textsTo(student.user.id).find((x) => x.startsWith(t("mk", "summary-title"))) ?? "";
    expect(summary).toContain(t("mk", "q-what-insults"));
    expect(summary).toContain(t("mk", "q-mediation-yes"));
    expect(await storedCases(SCHOOLS.XK.code)).toHaveLength(0);
  });
});

describe("idempotency", () => {
  it("a redelivered 'send' press leaves one case and tells the staff once", async () => {
    const { enrolSchoolStaff } = await import("./support/staff.ts");
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 71_000, 1);
    const student = newStudent("en");
    await student.send(`/start s-${SCHOOLS.XK.code}`);
    await answerUntil(student, PEER_CONFLICT, "describe");
    const send = actionUpdate(student, "k");
    expect((await postUpdate(send)).status).toBe(200);
    expect((await postUpdate(send)).status).toBe(200);
    await tg.settle();
    expect(await storedCases(SCHOOLS.XK.code)).toHaveLength(1);
    const notices = tg.textsTo(71_001).filter((x) => x.includes(t("en", "notice-new")));
    expect(notices).toHaveLength(1);
  });

  it("the same text update delivered twice makes one case", async () => {
    const student = newStudent("sq");
    await student.send(`/start s-${SCHOOLS.XK.code}`);
    await answerUntil(student, PEER_CONFLICT, "describe");
    const update = student.messageUpdate("Më ngacmojnë çdo ditë.");
    expect((await postUpdate(update)).status).toBe(200);
    expect((await postUpdate(update)).status).toBe(200);
    expect(await storedCases(SCHOOLS.XK.code)).toHaveLength(1);
  });

  it("messages right after sending are added to the report (once each, at most five); later ones are not a new report", async () => {
    const student = newStudent("sq");
    await student.send(`/start s-${SCHOOLS.XK.code}`);
    await answerFlow(student, PEER_CONFLICT, "Më ngacmojnë.");
    const more = student.messageUpdate("Edhe dje pas shkollës.");
    await postUpdate(more);
    await postUpdate(more); // redelivered: not added twice
    await student.sendPhoto("AgAC-more-photo");
    const [stored] = await storedCases(SCHOOLS.XK.code);
    const shown = code(stored?.id ?? "");
    expect(tg.textsTo(student.user.id).at(-1)).toBe(t("sq", "report-added", { code: shown }));
    expect(stored).toMatchObject({ additions: 2, hasPhoto: true });
    const added = await inDesk(
      SCHOOLS.XK.code,
      (sql) => sql.exec("SELECT count(*) AS n FROM additions").one().n,
    );
    expect(added).toBe(2);
    for (const word of ["a", "b", "c"]) await student.send(word);
    await student.send("one too many");
    expect(tg.textsTo(student.user.id).at(-1)).toBe(t("sq", "report-added-full", { code: shown }));
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 31 * 60_000);
    await student.send("Edhe diçka tjetër");
    expect(await storedCases(SCHOOLS.XK.code)).toHaveLength(1);
    expect(tg.textsTo(student.user.id).at(-1)).toBe(t("sq", "sent-already", { code: shown }));
  });
});

describe("the daily limit", () => {
  it("counts what was sent, at the desk: old 'send' buttons of abandoned forms cannot pass it", async () => {
    const student = newStudent("en");
    const sends = [];
    for (let i = 0; i < 5; i++) {
      await student.send(`/start s-${SCHOOLS.XK.code}`);
      if (i > 0) await student.press(t("en", "resume-restart"));
      await answerUntil(student, PEER_CONFLICT, "describe");
      sends.push(actionUpdate(student, "k"));
    }
    for (const send of sends) await postUpdate(send);
    expect(await storedCases(SCHOOLS.XK.code)).toHaveLength(3);
    expect(tg.textsTo(student.user.id).at(-1)).toContain(
      t("en", "limit-reached", { limit: 3 }).split("\n")[0],
    );
  });

  it("stops a report past the limit before the child writes anything, and only then", async () => {
    const student = newStudent("en");
    const limit = t("en", "limit-reached", { limit: 3 }).split("\n")[0] as string;
    for (let i = 0; i < 3; i++) {
      await student.send(`/start s-${SCHOOLS.XK.code}`);
      await answerFlow(student, PEER_CONFLICT, `what happened, part ${i}`);
      expect(tg.textsTo(student.user.id).some((x) => x.includes(limit))).toBe(false);
    }
    expect(await storedCases(SCHOOLS.XK.code)).toHaveLength(3);
    await student.send(`/start s-${SCHOOLS.XK.code}`);
    // The summary's "ok" press would lead to the words step: the limit is said instead.
    await answerUntil(student, PEER_CONFLICT, "summary");
    await pressAction(student, "s");
    expect(tg.textsTo(student.user.id).at(-1)).toContain(limit);
    expect(currentStep(student)?.step).not.toBe("describe");
    expect(await storedCases(SCHOOLS.XK.code)).toHaveLength(3);
  });
});
