/**
 * Plays people through the bot over the webhook, as Telegram would deliver their updates: students
 * through complete reports (Ura's and the peer's, which ask the same questions with the same
 * buttons), and a school's staff through enrolment. Shared by `npm run bench` and `npm run load`.
 */
import type { Update } from "grammy/types";
import { path } from "../../src/flow/engine.ts";
import { reportFlow, ROUTING } from "../../src/flow/registry.ts";
import type { Button, FakeBotApi } from "./telegram.ts";
import type { Posted } from "./worker.ts";

/** What a driver needs of a Worker: DevWorker, or the load test's retrying wrapper. */
export interface Target {
  readonly name: string;
  post(update: Update): Promise<Posted>;
  tail(): string;
}

/**
 * A peer conflict the student wants mediated: no danger, about me, insults without harm, by a
 * student, in class, today, once, mediation yes — the commonest report, routed to the club.
 */
export const PEER_CONFLICT: Readonly<Record<string, string>> = {
  danger: "no",
  who: "me",
  what: "insults",
  harm: "no",
  by: "student",
  where: "class",
  when: "today",
  often: "once",
  mediation: "yes",
};
export const DESCRIPTION = "They call me names in class.";

export const KIND = {
  start: "/start s-<code>",
  choice: "button: choice",
  summary: "button: summary ok",
  describe: "message: description",
} as const;
export type Kind = (typeof KIND)[keyof typeof KIND];
export type Step = Posted & { kind: Kind };

/** The action a button carries: after the last "." (Ura: `F…~mac.o2`; the peer: `o2`). */
export const actionOf = (data: string): string => data.slice(data.lastIndexOf(".") + 1);

/** The steps of a report with these answers, in flows/report.json's order as the engine walks it. */
export function reportPath(answers: Readonly<Record<string, string>> = PEER_CONFLICT): string[] {
  return path(reportFlow(), ROUTING, answers);
}

/** `o<n>`: the button of an answer, n its index among the step's options (base 36, as Ura packs it). */
export function optionAction(stepId: string, answer: string): string {
  const step = reportFlow().steps[stepId];
  if (step?.type !== "choice") throw new Error(`${stepId} is not a choice step`);
  const index = step.options.findIndex((o) => o.id === answer);
  if (index < 0) throw new Error(`${stepId} has no option ${answer}`);
  return `o${index.toString(36)}`;
}

async function expect200(target: Target, what: string, update: Update): Promise<Posted> {
  const result = await target.post(update);
  if (result.status !== 200)
    throw new Error(`${target.name}: ${what} answered HTTP ${result.status}\n${target.tail()}`);
  return result;
}

/**
 * One complete report, from `/start s-<code>` to the description that sends it; every update's
 * result, tagged with its kind. Throws when the bot does not show the button the path needs.
 */
export async function driveReport(
  target: Target,
  tg: FakeBotApi,
  studentId: number,
  school: string,
  answers: Readonly<Record<string, string>> = PEER_CONFLICT,
): Promise<Step[]> {
  const student = tg.user(studentId, "sq");
  const steps: Step[] = [];
  const post = async (kind: Kind, update: Update) => {
    const result = await expect200(target, `student ${studentId}: ${kind}`, update);
    // Only this update's calls: the queue's notices to staff may arrive while it runs.
    const query = update.callback_query?.id;
    const own = result.calls.filter(
      (c) =>
        Number(c.payload.chat_id) === studentId ||
        (query !== undefined && c.payload.callback_query_id === query),
    );
    steps.push({ kind, ...result, calls: own });
  };
  await post(KIND.start, tg.message(student, `/start s-${school}`));
  for (const stepId of reportPath(answers)) {
    const type = reportFlow().steps[stepId]?.type;
    if (type === "message") {
      await post(KIND.describe, tg.message(student, DESCRIPTION));
      continue;
    }
    const action = type === "summary" ? "s" : optionAction(stepId, answers[stepId] ?? "");
    const buttons = tg.latestButtons(studentId);
    const button = buttons.find((b: Button) => actionOf(b.callback_data) === action);
    if (!button) {
      const seen = buttons.map((b) => actionOf(b.callback_data)).join(" ");
      throw new Error(
        `${target.name}: student ${studentId} at ${stepId}: no "${action}" button (has: ${seen})\n${target.tail()}`,
      );
    }
    await post(type === "summary" ? KIND.summary : KIND.choice, tg.press(student, button));
  }
  return steps;
}

/** The bot's replies to `chatId` in a request's calls, as one text. */
export const repliesTo = (result: Posted, chatId: number): string =>
  result.calls
    .filter((c) => Number(c.payload.chat_id) === chatId)
    .map((c) => String(c.payload.text ?? c.payload.caption ?? ""))
    .join("\n");

export interface Staff {
  school: string;
  principal: number;
  advisers: number[];
  /** Every update of the enrolment, labelled, for the per-action table. */
  steps: (Posted & { label: string })[];
}

/**
 * A school with its staff enrolled as a school would: the admin creates it and invites the
 * principal, who joins and invites each adviser, who joins.
 */
export async function enrolSchool(
  target: Target,
  tg: FakeBotApi,
  adminId: number,
  name: string,
  principalId: number,
  adviserIds: number[],
): Promise<Staff> {
  const steps: Staff["steps"] = [];
  const say = async (label: string, userId: number, text: string) => {
    const result = await expect200(target, label, tg.message(tg.user(userId, "en"), text));
    steps.push({ label, ...result });
    return repliesTo(result, userId);
  };
  const created = await say("admin: /newschool", adminId, `/newschool ${name}; Prizren; XK; sq`);
  const school = /start=s-([A-Za-z0-9]{6})/.exec(created)?.[1];
  if (!school) throw new Error(`${target.name}: no school code in ${JSON.stringify(created)}`);
  const inviteCode = (text: string) => {
    const code = /start=j-([A-Za-z0-9]+)/.exec(text)?.[1];
    if (!code) throw new Error(`${target.name}: no invite link in ${JSON.stringify(text)}`);
    return code;
  };
  const joined = (text: string, who: number) => {
    if (!text.startsWith("Welcome!"))
      throw new Error(`${target.name}: ${who} was not enrolled: ${JSON.stringify(text)}`);
  };
  const principalCode = inviteCode(
    await say("admin: /invite principal <school>", adminId, `/invite principal ${school}`),
  );
  joined(await say("principal: /start j-<code>", principalId, `/start j-${principalCode}`), principalId);
  for (const adviser of adviserIds) {
    const code = inviteCode(await say("principal: /invite adviser", principalId, "/invite adviser"));
    joined(await say("adviser: /join <code>", adviser, `/join ${code}`), adviser);
  }
  return { school, principal: principalId, advisers: adviserIds, steps };
}
