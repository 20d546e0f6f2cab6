/**
 * Compact encoding of a FlowState for callback data (Telegram allows 64 bytes, signature included).
 *
 * `<flow><country><school:6><nonce:4><startedAt:5><step><review><answers>`
 * answers: one base-36 option index per choice step in declaration order, `-` when unanswered.
 * The bot wraps it as `F<locale><state>~<mac>.<action>` (src/bot/buttons/sign.ts).
 */
import { isCode } from "../crypto/encoding.ts";
import { SCHOOL_CODE_LENGTH } from "../domain/school.ts";
import { type Action, choiceStepIds, type FlowState } from "./engine.ts";
import { FLOWS } from "./registry.ts";
import { COUNTRIES } from "../domain/country.ts";

/**
 * The flows' shape as the codec reads it: flow order, step order, option order. Buttons are signed
 * over it (src/bot/buttons/sign.ts), so a form opened before a flow was edited — an option added
 * above "At home" — is refused as expired instead of decoding its answers as other options.
 */
export function shapeOf(flows: readonly { id: string; steps: Record<string, unknown> }[]): string {
  const text = flows
    .map((f) =>
      [
        f.id,
        ...Object.entries(f.steps).map(([id, step]) => {
          const options = (step as { options?: { id: string }[] }).options ?? [];
          return `${id}:${options.map((o) => o.id).join(",")}`;
        }),
      ].join(";"),
    )
    .join("|");
  // FNV-1a, 32 bits: a fingerprint, not a secret (the MAC around it is the secret part).
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The deployed flows' shape, once per isolate. */
export const FLOWS_SHAPE = shapeOf(FLOWS);

const NONCE_LENGTH = 4;
const TIME_LENGTH = 5;

const b36 = (n: number) => n.toString(36);

export function encodeState(state: FlowState): string {
  const flowIndex = FLOWS.findIndex((f) => f.id === state.flow);
  const flow = FLOWS[flowIndex];
  if (!flow) throw new Error(`unknown flow ${state.flow}`);
  const stepIds = Object.keys(flow.steps);
  const answers = choiceStepIds(flow)
    .map((id) => {
      const s = flow.steps[id];
      const index = s?.type === "choice" ? s.options.findIndex((o) => o.id === state.answers[id]) : -1;
      return index < 0 ? "-" : b36(index);
    })
    .join("");
  return [
    flowIndex,
    COUNTRIES.indexOf(state.country),
    state.school,
    state.nonce,
    b36(state.startedAt).padStart(TIME_LENGTH, "0"),
    b36(stepIds.indexOf(state.step)),
    state.review ? "1" : "0",
    answers,
  ].join("");
}

export function encodeAction(action: Action): string {
  switch (action.kind) {
    case "choose":
      return `o${b36(action.option)}`;
    case "edit":
      return `e${b36(action.step)}`;
    case "back":
      return "b";
    case "cancel":
      return "x";
    case "skip":
      return "k";
    case "summary-ok":
      return "s";
    case "summary-change":
      return "c";
  }
}

export type DecodedAction = Action | { kind: "quick-exit" };

export function decodeAction(text: string): DecodedAction | null {
  const arg = text.length === 2 ? Number.parseInt(text[1] as string, 36) : Number.NaN;
  switch (text[0]) {
    case "o":
      return Number.isNaN(arg) ? null : { kind: "choose", option: arg };
    case "e":
      return Number.isNaN(arg) ? null : { kind: "edit", step: arg };
    case "b":
      return text.length === 1 ? { kind: "back" } : null;
    case "x":
      return text.length === 1 ? { kind: "cancel" } : null;
    case "k":
      return text.length === 1 ? { kind: "skip" } : null;
    case "s":
      return text.length === 1 ? { kind: "summary-ok" } : null;
    case "c":
      return text.length === 1 ? { kind: "summary-change" } : null;
    case "q":
      return text.length === 1 ? { kind: "quick-exit" } : null;
    default:
      return null;
  }
}

/** Parses a state string; null for anything malformed (never throws on user-supplied data). */
export function decodeState(text: string): FlowState | null {
  if (text.length < 17 || !/^\d\d/.test(text)) return null;
  const flow = FLOWS[Number(text[0])];
  const country = COUNTRIES[Number(text[1])];
  if (!flow || !country) return null;
  let at = 2;
  const take = (n: number) => {
    const part = text.slice(at, at + n);
    at += n;
    return part;
  };
  const school = take(SCHOOL_CODE_LENGTH);
  const nonce = take(NONCE_LENGTH);
  const startedAt = Number.parseInt(take(TIME_LENGTH), 36);
  const step = Object.keys(flow.steps)[Number.parseInt(take(1), 36)];
  const review = take(1) === "1";
  const choiceIds = choiceStepIds(flow);
  const encodedAnswers = text.slice(at);
  if (!isCode(school, SCHOOL_CODE_LENGTH) || !step || Number.isNaN(startedAt)) return null;
  if (encodedAnswers.length !== choiceIds.length) return null;
  const answers: Record<string, string> = {};
  for (const [i, id] of choiceIds.entries()) {
    const ch = encodedAnswers[i] as string;
    if (ch === "-") continue;
    const s = flow.steps[id];
    const option = s?.type === "choice" ? s.options[Number.parseInt(ch, 36)] : undefined;
    if (!option) return null;
    answers[id] = option.id;
  }
  return { flow: flow.id, school, country, nonce, startedAt, step, answers, review };
}
