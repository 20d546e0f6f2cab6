/** Drives the report flow like a student would, choosing answers by option id in any language. */
import { decodeState } from "../../src/flow/state-codec.ts";
import { reportFlow } from "../../src/flow/registry.ts";
import { postUpdate, type Person } from "./telegram.ts";

export type Answers = Record<string, string>;

/** The flow step the last keyboard belongs to (read from its signed callback data). */
export function currentStep(person: Person): { step: string; data: string[] } | undefined {
  const { buttons } = person.keyboard();
  const flowButtons = buttons.filter((b) => b.callback_data.startsWith("F"));
  const first = flowButtons[0]?.callback_data;
  if (!first) return undefined;
  // `F<locale><state>~<mac>.<action>` (src/bot/buttons/sign.ts)
  const decoded = decodeState(first.slice(2, first.lastIndexOf("~")));
  return decoded ? { step: decoded.step, data: flowButtons.map((b) => b.callback_data) } : undefined;
}

/** The update Telegram would send for pressing the flow button with `action` (e.g. "o2", "k", "q"). */
export function actionUpdate(person: Person, action: string) {
  const { messageId, buttons } = person.keyboard();
  const button = buttons.find((b) => b.callback_data.endsWith(`.${action}`));
  if (!button) throw new Error(`no button with action ${action}`);
  return person.callbackUpdate(button.callback_data, messageId);
}

export async function pressAction(person: Person, action: string): Promise<Response> {
  return postUpdate(actionUpdate(person, action));
}

/**
 * Answers every step from the current keyboard on. `description` is sent as the student's own
 * words; without it the report is sent with the "send without a description" button.
 */
export async function answerFlow(person: Person, answers: Answers, description?: string): Promise<string[]> {
  return answerUntil(person, answers, undefined, description);
}

/** Like answerFlow, but stops (without acting) when the flow reaches `stopAt`. */
export async function answerUntil(
  person: Person,
  answers: Answers,
  stopAt?: string,
  description?: string,
): Promise<string[]> {
  const flow = reportFlow();
  const visited: string[] = [];
  for (let guard = 0; guard < 20; guard++) {
    const at = currentStep(person);
    if (!at) throw new Error("no flow keyboard");
    if (at.step === stopAt) return visited;
    visited.push(at.step);
    const step = flow.steps[at.step];
    if (step?.type === "choice") {
      const wanted = answers[at.step];
      const index = step.options.findIndex((o) => o.id === wanted);
      if (index < 0) throw new Error(`no answer given for step ${at.step}`);
      await pressAction(person, `o${index.toString(36)}`);
    } else if (step?.type === "summary") {
      await pressAction(person, "s");
    } else {
      if (description === undefined) await pressAction(person, "k");
      else await person.send(description);
      return visited;
    }
  }
  throw new Error("flow did not end");
}

export const PEER_CONFLICT: Answers = {
  danger: "no",
  who: "me",
  what: "insults",
  harm: "no",
  by: "student",
  where: "class",
  when: "week",
  often: "once",
  mediation: "yes",
};
