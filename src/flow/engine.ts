/**
 * The flow engine: pure functions over a flow definition and the answers so far. No I/O, no
 * Telegram — the bot layer renders what this decides, and the state it returns travels in signed
 * callback data (src/flow/state.ts), so a button press costs no KV write.
 */
import type { CardKind, Country } from "../domain/country.ts";
import { type Answers, type Condition, matches, type Routing, triage } from "../domain/routing.ts";
import { type Flow, type Step, SUBMIT } from "./types.ts";

export interface FlowState {
  flow: string;
  school: string;
  country: Country;
  /** Random per report attempt: with the pseudonym it derives the case id (idempotent sending). */
  nonce: string;
  /** Minutes since the epoch when the report was started (expiry). */
  startedAt: number;
  step: string;
  answers: Record<string, string>;
  /** Set when the student came from the summary to change one answer: go back there after it. */
  review: boolean;
}

export type Action =
  | { kind: "choose"; option: number }
  | { kind: "back" }
  | { kind: "cancel" }
  | { kind: "skip" }
  | { kind: "summary-ok" }
  | { kind: "summary-change" }
  | { kind: "edit"; step: number };

export type StepOutcome =
  | { kind: "show"; state: FlowState; cards: CardKind[] }
  | { kind: "pick"; state: FlowState }
  | { kind: "submit"; state: FlowState }
  | { kind: "cancel" }
  | { kind: "invalid" };

export function step(flow: Flow, id: string): Step {
  const s = flow.steps[id];
  if (!s) throw new Error(`unknown step ${id} in flow ${flow.id}`);
  return s;
}

/** Choice steps in declaration order: their answers are encoded positionally. */
export function choiceStepIds(flow: Flow): string[] {
  return Object.entries(flow.steps)
    .filter(([, s]) => s.type === "choice")
    .map(([id]) => id);
}

/** From `id`, skips steps whose `when` does not hold; returns a visible step id or SUBMIT. */
export function resolve(flow: Flow, routing: Routing, id: string, answers: Answers): string {
  let current = id;
  for (let guard = 0; guard <= Object.keys(flow.steps).length; guard++) {
    if (current === SUBMIT) return current;
    const s = step(flow, current);
    if (!s.when || holds(s.when, answers, routing)) return current;
    current = s.next;
  }
  throw new Error(`flow ${flow.id} loops through invisible steps`);
}

/** A step's condition: answers so far, and `$route`, the route they lead to. */
export function holds(condition: Condition, answers: Answers, routing: Routing): boolean {
  return matches(condition, (key) => (key === "$route" ? triage(routing, answers).route : answers[key]));
}

function rawNext(s: Step, answer: string | undefined): string {
  if (s.type === "choice" && answer !== undefined) {
    return s.options.find((o) => o.id === answer)?.next ?? s.next;
  }
  return s.next;
}

export function nextAfter(flow: Flow, routing: Routing, id: string, answers: Answers): string {
  return resolve(flow, routing, rawNext(step(flow, id), answers[id]), answers);
}

/** The visible steps from the start, following the answers, up to the first unanswered step. */
export function path(flow: Flow, routing: Routing, answers: Answers): string[] {
  const out: string[] = [];
  let current = resolve(flow, routing, flow.start, answers);
  while (current !== SUBMIT && !out.includes(current)) {
    out.push(current);
    const s = step(flow, current);
    if (s.type === "choice" && answers[current] === undefined) break;
    current = nextAfter(flow, routing, current, answers);
  }
  return out;
}

/** Only the answers to steps still on the path: a changed answer can make earlier ones moot. */
export function prune(flow: Flow, routing: Routing, answers: Answers): Record<string, string> {
  const onPath = new Set(path(flow, routing, answers));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => onPath.has(id)));
}

export function apply(flow: Flow, routing: Routing, state: FlowState, action: Action): StepOutcome {
  const current = flow.steps[state.step];
  if (!current) return { kind: "invalid" };
  switch (action.kind) {
    case "cancel":
      return { kind: "cancel" };
    case "back": {
      const visited = path(flow, routing, state.answers);
      const at = visited.indexOf(state.step);
      const previous = at > 0 ? visited[at - 1] : undefined;
      return previous
        ? { kind: "show", state: { ...state, step: previous, review: false }, cards: [] }
        : { kind: "invalid" };
    }
    case "choose": {
      if (current.type !== "choice") return { kind: "invalid" };
      const option = current.options[action.option];
      if (!option) return { kind: "invalid" };
      const answers = { ...state.answers, [state.step]: option.id };
      let next = nextAfter(flow, routing, state.step, answers);
      if (state.review) next = skipAnswered(flow, routing, next, answers);
      const cards = option.card ? [option.card] : [];
      const review = state.review && next !== SUBMIT && step(flow, next).type !== "summary";
      return { kind: "show", state: { ...state, answers, step: next, review }, cards };
    }
    case "summary-ok":
      if (current.type !== "summary") return { kind: "invalid" };
      return show(state, nextAfter(flow, routing, state.step, state.answers));
    case "summary-change":
      return current.type === "summary" ? { kind: "pick", state } : { kind: "invalid" };
    case "edit": {
      if (current.type !== "summary") return { kind: "invalid" };
      const target = path(flow, routing, state.answers)[action.step];
      if (!target || step(flow, target).type !== "choice") return { kind: "invalid" };
      return { kind: "show", state: { ...state, step: target, review: true }, cards: [] };
    }
    case "skip":
      if (current.type !== "message" || !current.optional) return { kind: "invalid" };
      return current.next === SUBMIT
        ? { kind: "submit", state }
        : show(state, resolve(flow, routing, current.next, state.answers));
  }
}

function show(state: FlowState, next: string): StepOutcome {
  if (next === SUBMIT) return { kind: "submit", state };
  return { kind: "show", state: { ...state, step: next, review: false }, cards: [] };
}

/** In review mode, answered choice steps are passed over until an unanswered one or the summary. */
function skipAnswered(flow: Flow, routing: Routing, from: string, answers: Answers): string {
  let current = from;
  while (current !== SUBMIT) {
    const s = step(flow, current);
    if (s.type !== "choice" || answers[current] === undefined) return current;
    current = nextAfter(flow, routing, current, answers);
  }
  return current;
}
