/**
 * KV per adviser action (DESIGN budgets every write; only the report's is a fixed figure, so this
 * is information): each round a student sends a peer-conflict report, the adviser opens the
 * notice, takes the case and writes to the student, who answers.
 */
import { KINDS } from "../../src/bot/buttons/kinds.ts";
import { CASE_ID_LENGTH } from "../../src/domain/case.ts";
import type { Context, Result } from "./context.ts";
import { IDS } from "./context.ts";
import { driveReport, repliesTo } from "./driver.ts";
import { reportSchool } from "./reports.ts";
import { fmt, max, mean, median, ms3, table } from "./stats.ts";
import type { Button, FakeBotApi } from "./telegram.ts";
import type { DevWorker, Posted } from "./worker.ts";

const ROUNDS = 5;

/** The action of a case button: `C<locale><case id><action>~<mac>` → `<action>` (t take, w write…). */
export const caseAction = (data: string): string => data.slice(2 + CASE_ID_LENGTH, data.lastIndexOf("~"));

export const isOpen = (b: Button): boolean => b.callback_data.startsWith(KINDS.open.tag);
export const isAct =
  (action: string) =>
  (b: Button): boolean =>
    b.callback_data.startsWith(KINDS.act.tag) && caseAction(b.callback_data) === action;
export const isAnswer = (b: Button): boolean => b.callback_data.startsWith(KINDS.answer.tag);

/** The newest button in a chat that `match`es and sits on a message sent after call `seq`. */
export function newButton(
  tg: FakeBotApi,
  chatId: number,
  seq: number,
  match: (b: Button) => boolean,
): Button | undefined {
  // Message ids are per chat: only this chat's calls tell which of its messages are new.
  const fresh = new Set(
    tg.calls
      .slice(seq)
      .filter((c) => Number(c.payload.chat_id) === chatId)
      .flatMap((c) => [
        c.payload.message_id,
        (c.result.ok ? (c.result.result as { message_id?: number }) : undefined)?.message_id,
      ]),
  );
  return tg.buttons(chatId).find((b) => match(b) && fresh.has(b.messageId));
}

/** Per-label KV ops, desk calls, Bot API calls, CPU and wall, as table rows. */
export function stepRows(samples: (Posted & { label: string })[]): string[][] {
  return [...new Set(samples.map((s) => s.label))].map((label) => {
    const of = samples.filter((s) => s.label === label);
    const stat = (k: string) => {
      const xs = of.map((s) => s.ops?.[k] ?? Number.NaN);
      return max(xs) === Math.min(...xs) ? String(max(xs)) : `${max(xs)}/${fmt(mean(xs))}`;
    };
    const cpu = of.flatMap((s) => (s.cpuNs === undefined ? [] : [s.cpuNs / 1e6]));
    return [
      label,
      String(of.length),
      stat("reads"),
      stat("writes"),
      stat("deletes"),
      stat("lists"),
      stat("desk"),
      fmt(mean(of.map((s) => s.calls.length)), 1),
      ms3(median(cpu)),
      fmt(median(of.map((s) => s.wallMs)), 1),
    ];
  });
}
export const STEP_HEADER = [
  "update",
  "count",
  "reads",
  "writes",
  "deletes",
  "lists",
  "desk",
  "calls",
  "CPU p50 ms",
  "wall p50 ms",
];

async function act(
  worker: DevWorker,
  tg: FakeBotApi,
  userId: number,
  button: Button | undefined,
  what: string,
): Promise<Posted> {
  if (!button) throw new Error(`adviser actions: no button to ${what}\n${worker.tail()}`);
  const result = await worker.post(tg.press(tg.user(userId, userId === IDS.adviser ? "en" : "sq"), button));
  if (result.status !== 200)
    throw new Error(`adviser actions: ${what} answered HTTP ${result.status}\n${worker.tail()}`);
  return result;
}

export async function measureAdviserActions(ctx: Context): Promise<Result> {
  const worker = await ctx.worker("ura");
  const { tg } = ctx;
  const staff = await reportSchool(ctx);
  const samples: (Posted & { label: string })[] = [];
  const adviser = IDS.adviser;
  for (let round = 0; round < ROUNDS; round++) {
    const student = IDS.firstCaseStudent + round;
    const seq = tg.calls.length;
    await driveReport(worker, tg, student, staff.school);
    const notice = await tg.waitFor(() => newButton(tg, adviser, seq, isOpen));
    const opened = await act(worker, tg, adviser, notice, "open the notice");
    samples.push({ label: 'adviser: "Open the case"', ...opened });
    const taken = await act(worker, tg, adviser, newButton(tg, adviser, seq, isAct("t")), "take the case");
    samples.push({ label: 'adviser: "✋ I take this case"', ...taken });
    const write = await act(
      worker,
      tg,
      adviser,
      newButton(tg, adviser, seq, isAct("w")),
      "write to the student",
    );
    samples.push({ label: 'adviser: "✉️ Write to the student"', ...write });
    const text = `Hello from the mediation club (round ${round}). Can we talk tomorrow?`;
    const relayed = await worker.post(tg.message(tg.user(adviser, "en"), text));
    samples.push({ label: "adviser: text → student", ...relayed });
    // The words and the "Answer" button come through the queue, possibly as two messages: wait for both.
    const delivered = () => tg.textsTo(student, seq).some((t) => t.includes(text));
    const answer = await tg.waitFor(() => (delivered() ? newButton(tg, student, seq, isAnswer) : undefined));
    if (!delivered()) {
      const told = tg.textsTo(student, seq).slice(-3).join(" | ");
      throw new Error(
        `adviser actions: the student did not get the adviser's words (the student was told: ${told}; the adviser: ${repliesTo(relayed, adviser)})`,
      );
    }
    samples.push({ label: 'student: "✍️ Answer"', ...(await act(worker, tg, student, answer, "answer")) });
    const reply = `Yes, after class (round ${round}).`;
    samples.push({
      label: "student: text → adviser",
      ...(await worker.post(tg.message(tg.user(student, "sq"), reply))),
    });
    if (
      !(await tg.waitFor(() => (tg.textsTo(adviser, seq).some((t) => t.includes(reply)) ? true : undefined)))
    )
      throw new Error("adviser actions: the adviser did not get the student's answer");
  }
  const writes = samples.map((s) => s.ops?.writes ?? 0);
  const heaviest = [...new Set(samples.filter((s) => s.ops?.writes === max(writes)).map((s) => s.label))];
  return {
    rows: [
      {
        figure: "KV writes per adviser action, the Worker's own (max)",
        value: `${max(writes)} (${heaviest.join(", ")})`,
        budget: "(information)",
      },
      {
        figure: "KV reads per adviser action (max)",
        value: String(max(samples.map((s) => s.ops?.reads ?? 0))),
        budget: "(information)",
      },
      {
        figure: "desk calls per adviser action (max)",
        value: String(max(samples.map((s) => s.ops?.desk ?? 0))),
        budget: "(information)",
      },
    ],
    details: [
      `Adviser actions (${ROUNDS} cases; the Worker's own KV ops and desk calls, max/mean when they differ; the desk writes KV through besides):`,
      ...table(STEP_HEADER, stepRows(samples)),
      "",
      "Staff enrolment (once, through the bot):",
      ...table(STEP_HEADER, stepRows(staff.steps)),
    ],
  };
}
