/**
 * What peer mediation must never receive (DESIGN, "Default routing"), and the proof on the routing
 * table itself: no rule that routes to mediation can match any of these answers, whatever rules
 * come before it. The check is static — over the rules, not over example reports — so an edit of
 * flows/routing.json that would let one protected report through fails `npm run flows:check`.
 */
import type { Condition, Routing, RoutingRule } from "./routing.ts";

export interface Protected {
  why: string;
  /** Answers that, given together, make a report unsuitable for peer mediation. */
  answers: Condition;
}

export const NEVER_MEDIATION: readonly Protected[] = [
  { why: "sexual abuse or harassment", answers: { what: ["sexual"] } },
  { why: "sexual images or messages online", answers: { online: ["sexual"] } },
  { why: "an adult or a stranger online (grooming, pressure)", answers: { online: ["stranger"] } },
  { why: "self-harm or not wanting to live", answers: { what: ["selfharm"] } },
  { why: "violence by an adult", answers: { by: ["adult"] } },
  { why: "dating violence", answers: { by: ["partner"] } },
  { why: "violence at home", answers: { where: ["home"] } },
  { why: "danger now, or not sure", answers: { danger: ["yes", "unsure"] } },
  { why: "a weapon", answers: { harm: ["weapon"] } },
  { why: "serious injury", answers: { harm: ["injury"] } },
  { why: "bullying: it happens all the time", answers: { often: ["repeated"] } },
  {
    why: "bullying: insults, exclusion or online harm a few times",
    answers: { what: ["insults", "exclusion", "online"], often: ["few"] },
  },
];

/**
 * Can some report satisfy both the rule and the protected answers? For every step the protected
 * entry names, the rule must leave at least one of its values possible: allowed by the rule's
 * `when` (if it constrains that step) and not listed in its `unless`.
 */
export function canMatch(rule: RoutingRule, answers: Condition): boolean {
  return Object.entries(answers).every(([step, values]) =>
    values.some(
      (value) =>
        (rule.when[step] === undefined || rule.when[step].includes(value)) &&
        !rule.unless?.[step]?.includes(value),
    ),
  );
}

/** One line per mediation rule that could receive a protected report. Empty means proven safe. */
export function mediationLeaks(routing: Routing): string[] {
  const leaks: string[] = [];
  for (const [i, rule] of routing.rules.entries()) {
    if (rule.route !== "mediation") continue;
    for (const p of NEVER_MEDIATION) {
      if (canMatch(rule, p.answers))
        leaks.push(`routing rule ${i} sends to mediation what must never go there: ${p.why}`);
    }
  }
  return leaks;
}
