/**
 * Faults for issue 8's tests: Telegram failing at a chosen call, and a complete report driven one
 * update at a time, each posted again (as Telegram redelivers) when the webhook asked for it.
 */
import { expect, vi } from "vitest";
import type { Fault } from "../../src/playground/telegram-sim.ts";
import { reportFlow } from "../../src/flow/registry.ts";
import { actionUpdate, type Answers, currentStep } from "./report.ts";
import { type ApiCall, type FakeTelegram, Person, postUpdate } from "./telegram.ts";
import { inviteCodeIn } from "./staff.ts";

/**
 * Makes the `n`-th Bot API call (0-based, from now) addressed to `chat` meet `fault`. Calls to
 * other chats are not counted: the queue delivers staff notices at the same time, in any order.
 */
export function failCallTo(tg: FakeTelegram, chat: number, n: number, fault: Fault): () => void {
  let seen = 0;
  const apply = tg.apply.bind(tg);
  const spy = vi.spyOn(tg, "apply").mockImplementation((method, payload, via) => {
    if (Number(payload.chat_id) === chat && seen++ === n) tg.sim.failNext(method, fault);
    return apply(method, payload, via);
  });
  return () => spy.mockRestore();
}

/** What reached a chat (Telegram carried it out), as method and text, the case's code masked. */
export function shownSince(tg: FakeTelegram, chat: number, mark: number, code?: string): string[] {
  return tg.calls
    .slice(mark)
    .filter((c: ApiCall) => Number(c.payload.chat_id) === chat && c.result?.ok === true)
    .map((c) => {
      const text = String(c.payload.text ?? c.payload.caption ?? "");
      return `${c.method}: ${code ? text.replaceAll(code, "CODE") : text}`;
    });
}

/** The updates of a complete report, in order: /start with the school's link, every press, the words. */
export async function driveReport(
  student: Person,
  school: string,
  answers: Answers,
  words: string,
  deliver: (update: ReturnType<Person["messageUpdate"]>, index: number) => Promise<void>,
): Promise<void> {
  const flow = reportFlow();
  let index = 0;
  await deliver(student.messageUpdate(`/start s-${school}`), index++);
  for (let guard = 0; guard < 20; guard++) {
    const at = currentStep(student);
    const step = at && flow.steps[at.step];
    if (!step) throw new Error("no flow keyboard");
    if (step.type === "message") return deliver(student.messageUpdate(words), index);
    const action =
      step.type === "summary"
        ? "s"
        : `o${step.options.findIndex((o) => o.id === answers[at.step]).toString(36)}`;
    if (action === "o-1") throw new Error(`no answer for ${at.step}`);
    await deliver(actionUpdate(student, action), index++);
  }
  throw new Error("flow did not end");
}

/**
 * Posts an update as Telegram would: once, and — when the webhook answers 503 — again, with
 * `heal()` called in between (Telegram healthy again, storage back). Returns the first status.
 */
export async function withRedelivery(update: unknown, heal: () => void): Promise<number> {
  const first = await postUpdate(update);
  heal();
  if (first.status === 503) expect((await postUpdate(update)).status).toBe(200);
  else expect(first.status).toBe(200);
  return first.status;
}

/** The school's principal (sq) and child-protection lead (en): who hears of an urgent protection case. */
export async function enrolPrincipalAndLead(tg: FakeTelegram, school: string, base: number, adminId: number) {
  const admin = new Person(tg, adminId, { first_name: "Nora", language_code: "en" });
  await admin.send(`/invite principal ${school}`);
  const principal = new Person(tg, base, { first_name: "Ilir", language_code: "sq" });
  await principal.send(`/start j-${inviteCodeIn(tg.textsTo(adminId).at(-1))}`);
  await principal.send("/invite lead");
  const lead = new Person(tg, base + 1, { first_name: "Vjosa", language_code: "en" });
  await lead.send(`/join ${inviteCodeIn(tg.textsTo(base).at(-1))}`);
  await tg.settle();
  return { principal, lead };
}

export const URGENT_PROTECTION: Answers = {
  danger: "yes",
  who: "me",
  what: "sexual",
  by: "student",
  where: "class",
  when: "today",
  often: "once",
};
