import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { signFlow } from "../src/bot/buttons/sign.ts";
import { EMERGENCY_NUMBER } from "../src/domain/country.ts";
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
import { storedCases, t, useWorld } from "./support/world.ts";

let tg: FakeTelegram;
let nextId = 7000;
useWorld((fresh) => {
  tg = fresh;
});

const student = (lang = "en") => new Person(tg, nextId++, { first_name: "Student", language_code: lang });

/** The school's cases as its desk keeps them (KV holds only their queue rows). */
const cases = (school = SCHOOLS.XK.code) => storedCases(school);

describe("reaching a school", () => {
  it("accepts a typed school code, with spaces and lower case", async () => {
    const s = student("sq");
    await s.send("/start");
    expect(tg.textsTo(s.user.id).at(-1)).toContain(t("sq", "ask-school-code"));
    await s.send(" prz-2xk ");
    expect(tg.textsTo(s.user.id).join("\n")).toContain(SCHOOLS.XK.name);
    expect(currentStep(s)?.step).toBe("danger");
  });

  it("answers an unknown code and a malformed link clearly", async () => {
    const s = student("en");
    await s.send("ZZZ9ZZ");
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("en", "school-code-unknown", { code: "ZZZ9ZZ" }));
    await s.send("/start s-OOOOOO");
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("en", "school-code-malformed"));
    await s.send("/start something-weird");
    expect(tg.textsTo(s.user.id).at(-1)).toContain(t("en", "ask-school-code"));
  });

  it("remembers the school after a report, so /start offers a new one without a code", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.AL.code}`);
    await answerFlow(s, PEER_CONFLICT);
    await s.send("/start");
    expect(s.buttonTexts()).toContain(t("en", "start-report"));
    await s.press(t("en", "start-report"));
    expect(currentStep(s)?.step).toBe("danger");
  });
});

describe("moving through the flow", () => {
  it("goes back a step and keeps the earlier answer marked", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await pressAction(s, "o1");
    await pressAction(s, "o0");
    expect(currentStep(s)?.step).toBe("what");
    await pressAction(s, "b");
    expect(currentStep(s)?.step).toBe("who");
    expect(s.buttonTexts()).toContain(`✓ ${t("en", "q-who-me")}`);
  });

  it("changes one answer from the summary and returns to it, dropping answers that no longer apply", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerUntil(s, PEER_CONFLICT, "summary");
    await pressAction(s, "c");
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("en", "summary-pick"));
    await s.press(t("en", "q-what"));
    expect(currentStep(s)?.step).toBe("what");
    await pressAction(s, "o0"); // a quarrel: the harm question (asked after insults) no longer applies
    expect(currentStep(s)?.step).toBe("summary");
    const summary = tg.textsTo(s.user.id).at(-1) ?? "";
    expect(summary).toContain(t("en", "q-what-conflict"));
    expect(summary).not.toContain(t("en", "q-harm"));
    await pressAction(s, "s");
    await pressAction(s, "k");
    const [stored] = await cases();
    expect(stored?.answers.what).toBe("conflict");
    expect(stored?.answers.harm).toBeUndefined();
    expect(stored?.route).toBe("mediation");
  });

  it("a change that needs a new question asks it, then returns to the summary", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerUntil(s, { ...PEER_CONFLICT, what: "conflict" }, "summary");
    await pressAction(s, "c");
    await s.press(t("en", "q-what"));
    await pressAction(s, "o4"); // online: what happened online is asked now
    expect(currentStep(s)?.step).toBe("online");
    await pressAction(s, "o2"); // mean messages
    expect(currentStep(s)?.step).toBe("summary");
    await pressAction(s, "s");
    await pressAction(s, "k");
    const [stored] = await cases();
    expect(stored?.answers).toMatchObject({ what: "online", online: "mean" });
  });

  it("a change that makes mediation impossible drops the mediation answer and re-routes", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerUntil(s, PEER_CONFLICT, "summary");
    await pressAction(s, "c");
    await s.press(t("en", "q-often"));
    await pressAction(s, "o2"); // again and again → staff
    expect(currentStep(s)?.step).toBe("summary");
    await pressAction(s, "s");
    await pressAction(s, "k");
    const [stored] = await cases();
    expect(stored?.route).toBe("staff");
    expect(stored?.answers.mediation).toBeUndefined();
  });

  it("cancel stops the report and sends nothing", async () => {
    const s = student("mk");
    await s.send(`/start s-${SCHOOLS.MK.code}`);
    await pressAction(s, "o1");
    await pressAction(s, "x");
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("mk", "report-cancelled"));
    expect(await cases(SCHOOLS.MK.code)).toHaveLength(0);
  });

  it("accepts a photo with a caption as the student's own words, sealed", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerUntil(s, PEER_CONFLICT, "describe");
    await s.sendPhoto("AgAC-photo-1", "This is the message they sent");
    const [stored] = await cases();
    expect(stored).toMatchObject({ hasPhoto: true, hasText: true });
    expect(JSON.stringify(stored)).not.toContain("AgAC-photo-1");
  });
});

describe("bad input", () => {
  it("rejects a forged callback and one signed for another student", async () => {
    const s = student("en");
    const other = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    const genuine = actionUpdate(s, "o1");
    const data = genuine.callback_query?.data ?? "";
    // Jump straight to the last step by editing the state, keeping the old MAC.
    const forged = data.replace(/^(F\d\d\d.{6}.{4}.{5})./, "$1a");
    for (const bad of [
      forged,
      `${data.slice(0, -1)}${data.endsWith("A") ? "B" : "A"}`,
      "F3garbage",
      "x".repeat(64),
    ]) {
      await postUpdate(s.callbackUpdate(bad, 1));
      const answer = tg.calls.at(-1);
      expect(answer?.method).toBe("answerCallbackQuery");
      expect(String(answer?.payload.text ?? "")).toBe(t("en", "button-expired"));
    }
    // The same genuine button pressed by someone else.
    await postUpdate(other.callbackUpdate(data, 1));
    expect(tg.calls.at(-1)?.payload.text).toBe(t("en", "button-expired"));
    expect(tg.to(other.user.id).filter((c) => c.method === "editMessageText")).toHaveLength(0);
    // The genuine press still works.
    await postUpdate(genuine);
    expect(currentStep(s)?.step).toBe("who");
  });

  it("a photo alone (no caption) is a complete description", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerUntil(s, PEER_CONFLICT, "describe");
    await s.sendPhoto("AgAC-only-photo");
    const [stored] = await cases();
    expect(stored).toMatchObject({ hasPhoto: true, hasText: false });
  });

  it("a voice message at the last step is not taken as the report, and the step waits", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerUntil(s, PEER_CONFLICT, "describe");
    const voice = s.messageUpdate("");
    delete (voice.message as { text?: string }).text;
    Object.assign(voice.message as object, { voice: { file_id: "v", file_unique_id: "v", duration: 3 } });
    expect((await postUpdate(voice)).status).toBe(200);
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("en", "not-supported-kind"));
    expect(await cases()).toHaveLength(0);
    await s.send("in words then");
    expect(await cases()).toHaveLength(1);
  });

  it("a text over the limit gets a localized answer and sends nothing; a shorter one then sends", async () => {
    // Telegram's bare "sr" at an Albanian-language school: Serbian in Cyrillic, the school script.
    const s = student("sr");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerUntil(s, PEER_CONFLICT, "describe");
    await s.send("a".repeat(2001));
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("sr-Cyrl", "describe-too-long", { max: 2000, length: 2001 }));
    expect(await cases()).toHaveLength(0);
    await s.send("Kraće.");
    expect(await cases()).toHaveLength(1);
  });

  it("stickers, voice and edits get a kind answer and the conversation survives", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await pressAction(s, "o1");
    const sticker = s.messageUpdate("");
    delete (sticker.message as { text?: string }).text;
    Object.assign(sticker.message as object, {
      sticker: {
        file_id: "s",
        file_unique_id: "s",
        type: "regular",
        width: 1,
        height: 1,
        is_animated: false,
        is_video: false,
      },
    });
    expect((await postUpdate(sticker)).status).toBe(200);
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("en", "not-supported-kind"));
    const edit = {
      update_id: tg.nextUpdateId(),
      edited_message: { ...s.messageUpdate("edited").message, edit_date: 2 },
    };
    expect((await postUpdate(edit)).status).toBe(200);
    expect(tg.textsTo(s.user.id).at(-1)).toBe(t("en", "edited-ignored"));
    await s.send("/mycases"); // an unexpected command mid-flow
    await pressAction(s, "o0");
    expect(currentStep(s)?.step).toBe("what");
  });

  it("ignores group chatter and points a /start in a group to the private chat", async () => {
    const s = student("en");
    const group = { id: -100123, type: "supergroup", title: "Class 7B" };
    const msg = (text: string) => ({
      update_id: tg.nextUpdateId(),
      message: {
        message_id: 5,
        date: 1,
        chat: group,
        from: s.user,
        text,
        ...(text.startsWith("/")
          ? { entities: [{ type: "bot_command", offset: 0, length: text.length }] }
          : {}),
      },
    });
    expect((await postUpdate(msg("hello everyone"))).status).toBe(200);
    expect(tg.calls).toHaveLength(0);
    await postUpdate(msg("/start"));
    expect(tg.textsTo(group.id)).toEqual([t("en", "only-private")]);
  });

  it("a double tap (Telegram: message is not modified) does not show the child an error", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await pressAction(s, "o1");
    const again = actionUpdate(s, "b");
    await postUpdate(again);
    tg.refuseNext = { method: "editMessageText", description: "Bad Request: message is not modified" };
    await postUpdate(again);
    expect(tg.textsTo(s.user.id)).not.toContain(t("en", "error-generic"));
    expect(tg.calls.at(-1)?.method).toBe("answerCallbackQuery");
  });

  it("a report form older than a day has expired, and says so with the numbers that answer now", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    // "Yes, someone is in danger now" on a form a day old: the child may be in danger today.
    const press = actionUpdate(s, "o0");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 25 * 3600_000);
    await postUpdate(press);
    const shown = tg.textsTo(s.user.id).at(-1) ?? "";
    expect(shown).toContain(t("en", "report-expired"));
    expect(shown).toContain(t("en", "card-emergency-title"));
    expect(shown).toContain(EMERGENCY_NUMBER);
  });

  it("quick exit on a form a day old still clears the chat, and shows nothing", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    const exit = actionUpdate(s, "q");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 25 * 3600_000);
    await postUpdate(exit);
    expect(tg.sim.messages(s.user.id)).toEqual([]);
    expect(tg.textsTo(s.user.id).join("\n")).not.toContain(t("en", "card-emergency-title"));
  });

  it("a form from before a flow edit is refused, with the numbers of the school the student reported to", async () => {
    const s = student("en");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerFlow(s, PEER_CONFLICT, "words");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    // The new form's own state, signed as it would have been under the flows' earlier shape.
    const form = s.keyboard().buttons.find((b) => b.callback_data.startsWith("F"))?.callback_data ?? "";
    const state = form.slice(2, form.lastIndexOf("~"));
    const old = (await signFlow(String(env.PSEUDONYM_KEY), s.user.id, "en", state, "old-shape"))("o0");
    const refused = s.callbackUpdate(old, s.keyboard().messageId);
    await postUpdate(refused);
    const shown = tg.textsTo(s.user.id).at(-1) ?? "";
    expect(shown).toContain(t("en", "card-emergency-title"));
    expect(shown).toContain(EMERGENCY_NUMBER);
    expect(tg.calls.at(-1)).toMatchObject({
      method: "answerCallbackQuery",
      payload: { text: t("en", "button-expired") },
    });
    // A valid form with an action no button has (the action is not signed): refused, no card.
    const sent = tg.calls.length;
    await postUpdate(s.callbackUpdate(`${form.slice(0, form.lastIndexOf("."))}.o~`, s.keyboard().messageId));
    expect(tg.calls.slice(sent).map((c) => [c.method, c.payload.text])).toEqual([
      ["answerCallbackQuery", t("en", "button-expired")],
    ]);
    // Quick exit on the old form clears the chat all the same: it needs no trust.
    await postUpdate(s.callbackUpdate(`${old.slice(0, old.lastIndexOf("."))}.q`, s.keyboard().messageId));
    expect(tg.sim.messages(s.user.id)).toEqual([]);
  });

  it("limits reports per day with a kind message that points to help", async () => {
    const s = student("en");
    for (let i = 0; i < 3; i++) {
      await s.send(`/start s-${SCHOOLS.XK.code}`);
      await answerFlow(s, PEER_CONFLICT, `report ${i}`);
    }
    expect(await cases()).toHaveLength(3);
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerUntil(s, PEER_CONFLICT, "describe").catch(() => undefined);
    expect(tg.textsTo(s.user.id).join("\n")).toContain(t("en", "limit-reached", { limit: 3 }));
    expect(await cases()).toHaveLength(3);
  });
});
