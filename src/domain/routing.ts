/**
 * Triage: answers → route and urgency, by the first matching rule of flows/routing.json, plus the
 * escalations above the school that apply. Pure. The domain owns this vocabulary; the flow engine
 * and the JSON files use it.
 */

export type Route = "mediation" | "staff" | "protection" | "wellbeing";
export type Urgency = "urgent" | "high" | "normal";
export const ROUTES: readonly Route[] = ["mediation", "staff", "protection", "wellbeing"];
export const URGENCIES: readonly Urgency[] = ["urgent", "high", "normal"];

/** Step id → allowed option ids. Every entry must hold (a conjunction). */
export type Condition = Record<string, string[]>;

export interface RoutingRule {
  when: Condition;
  /** The rule does not apply when any of these answers was given. */
  unless?: Condition;
  route: Route;
  urgency: Urgency;
}

/** Someone above the school hears of a case too (today: the programme's admins). */
export interface Escalation {
  when: Condition;
  unless?: Condition;
  to: "programme";
}

export interface Routing {
  rules: RoutingRule[];
  escalations?: Escalation[];
}

export type Answers = Readonly<Record<string, string>>;

export interface Triage {
  route: Route;
  urgency: Urgency;
  /** Escalations above the school that apply to these answers. */
  above: Array<Escalation["to"]>;
}

/** How a condition reads a value: an answer, or something the caller derives (the flow's `$route`). */
export type Lookup = (key: string) => string | undefined;

export const lookupIn =
  (answers: Answers): Lookup =>
  (key) =>
    answers[key];

/** Every entry holds: the value is given and allowed. An unanswered step matches nothing. */
export function matches(condition: Condition, lookup: Lookup): boolean {
  return Object.entries(condition).every(([key, allowed]) => {
    const value = lookup(key);
    return value !== undefined && allowed.includes(value);
  });
}

/** Any entry holds: the answer given is one of those listed. */
export function excludedBy(unless: Condition | undefined, lookup: Lookup): boolean {
  if (!unless) return false;
  return Object.entries(unless).some(([key, listed]) => {
    const value = lookup(key);
    return value !== undefined && listed.includes(value);
  });
}

const applies = (rule: { when: Condition; unless?: Condition }, lookup: Lookup) =>
  matches(rule.when, lookup) && !excludedBy(rule.unless, lookup);

export function triage(routing: Routing, answers: Answers): Triage {
  const lookup = lookupIn(answers);
  const above = (routing.escalations ?? []).filter((e) => applies(e, lookup)).map((e) => e.to);
  for (const rule of routing.rules) {
    if (applies(rule, lookup)) return { route: rule.route, urgency: rule.urgency, above };
  }
  // The validator requires a catch-all rule; staff is the safe default if one is ever missing.
  return { route: "staff", urgency: "normal", above };
}
