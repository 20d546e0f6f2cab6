/** Triage: answers → route and urgency, by the first matching rule of flows/routing.json. Pure. */
import type { Condition, Route, Routing, Urgency } from "../flow/types.ts";

export type Answers = Readonly<Record<string, string>>;

export interface Triage {
  route: Route;
  urgency: Urgency;
}

export function matches(condition: Condition, answers: Answers, routing?: Routing): boolean {
  return Object.entries(condition).every(([key, allowed]) => {
    const value = key === "$route" ? (routing ? triage(routing, answers).route : undefined) : answers[key];
    return value !== undefined && allowed.includes(value);
  });
}

export function triage(routing: Routing, answers: Answers): Triage {
  for (const rule of routing.rules) {
    if (matches(rule.when, answers)) return { route: rule.route, urgency: rule.urgency };
  }
  // The validator requires a catch-all rule; staff is the safe default if one is ever missing.
  return { route: "staff", urgency: "normal" };
}
