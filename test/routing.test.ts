/**
 * The safeguarding routes, proven two ways: statically on the routing table (flows:check's proof,
 * and that it fails on a table that would let a protected report through), and over every
 * combination of answers the report flow can produce — each one's route checked against DESIGN's
 * table, whatever the rule order.
 */
import { describe, expect, it } from "vitest";
import { type Answers, type Routing, triage } from "../src/domain/routing.ts";
import { mediationLeaks, NEVER_MEDIATION } from "../src/domain/safeguarding.ts";
import { nextAfter, resolve } from "../src/flow/engine.ts";
import { ROUTING, reportFlow } from "../src/flow/registry.ts";
import { SUBMIT } from "../src/flow/types.ts";
import { validateRouting } from "../src/flow/validate.ts";

const flow = reportFlow();

/** Every set of answers a student can give, following the flow's own branching (depth first). */
function everyReport(): Array<{ answers: Answers; visited: string[] }> {
  const out: Array<{ answers: Answers; visited: string[] }> = [];
  const walk = (stepId: string, answers: Record<string, string>, visited: string[]) => {
    if (stepId === SUBMIT) return void out.push({ answers, visited });
    const step = flow.steps[stepId];
    if (!step) throw new Error(stepId);
    if (step.type !== "choice")
      return walk(nextAfter(flow, ROUTING, stepId, answers), answers, [...visited, stepId]);
    for (const option of step.options) {
      const next = { ...answers, [stepId]: option.id };
      walk(nextAfter(flow, ROUTING, stepId, next), next, [...visited, stepId]);
    }
  };
  walk(resolve(flow, ROUTING, flow.start, {}), {}, []);
  return out;
}

const reports = everyReport();
const has = (a: Answers, step: string, ...values: string[]) =>
  a[step] !== undefined && values.includes(a[step] as string);

describe("every report the flow can produce", () => {
  it("is many thousands, each routed", () => {
    expect(reports.length).toBeGreaterThan(10_000);
  });

  it("never sends a protected category to mediation", () => {
    for (const { answers } of reports) {
      const protectedOne = NEVER_MEDIATION.some((p) =>
        Object.entries(p.answers).every(([step, values]) => has(answers, step, ...values)),
      );
      if (protectedOne) expect(triage(ROUTING, answers).route, JSON.stringify(answers)).not.toBe("mediation");
    }
  });

  it("routes as DESIGN's table says", () => {
    for (const { answers, visited } of reports) {
      const { route, urgency, above } = triage(ROUTING, answers);
      const why = JSON.stringify(answers);
      const danger = has(answers, "danger", "yes", "unsure");
      if (has(answers, "what", "selfharm")) {
        // Not an incident: no who/where/when/how-often questions; the help card, and urgent.
        expect([route, urgency], why).toEqual(["wellbeing", "urgent"]);
        for (const step of ["by", "where", "when", "often", "mediation"])
          expect(visited, why).not.toContain(step);
        continue;
      }
      const protection =
        has(answers, "what", "sexual") ||
        has(answers, "online", "sexual", "stranger") ||
        has(answers, "by", "adult", "partner") ||
        has(answers, "where", "home");
      if (protection) expect([route, urgency], why).toEqual(["protection", danger ? "urgent" : "high"]);
      else if (danger) expect([route, urgency], why).toEqual(["staff", "urgent"]);
      else if (has(answers, "harm", "weapon")) expect([route, urgency], why).toEqual(["staff", "urgent"]);
      else if (has(answers, "harm", "injury")) expect([route, urgency], why).toEqual(["staff", "high"]);
      else if (has(answers, "often", "repeated")) expect(route, why).toBe("staff");
      else if (has(answers, "often", "few") && has(answers, "what", "insults", "exclusion", "online"))
        expect(route, why).toBe("staff");
      else if (
        has(answers, "what", "conflict", "insults", "physical", "exclusion", "online") &&
        has(answers, "by", "student")
      )
        expect([route, urgency], why).toEqual(["mediation", "normal"]);
      else expect(route, why).toBe("staff");
      // An adult outside the child's home may be school staff: the programme hears of it too.
      expect(above.includes("programme"), why).toBe(
        has(answers, "by", "adult") && !has(answers, "where", "home"),
      );
    }
  });

  it("asks the mediation question only of a student reporting for themselves, and only where mediation applies", () => {
    for (const { answers, visited } of reports) {
      const asked = visited.includes("mediation");
      const { route } = triage(ROUTING, { ...answers, mediation: "yes" });
      expect(asked, JSON.stringify(answers)).toBe(route === "mediation" && answers.who === "me");
    }
  });
});

describe("the static proof (flows:check)", () => {
  const withRule = (rule: Routing["rules"][number], at = 0): Routing => {
    const rules = [...ROUTING.rules];
    rules.splice(at, 0, rule);
    return { ...ROUTING, rules };
  };

  it("holds for the shipped table", () => {
    expect(mediationLeaks(ROUTING)).toEqual([]);
  });

  it("fails on a rule that would send violence at home to mediation — even placed where earlier rules would catch it", () => {
    const leaky = withRule(
      { when: { what: ["physical"] }, route: "mediation", urgency: "normal" },
      ROUTING.rules.length - 1,
    );
    const problems = validateRouting(leaky, flow).join("\n");
    for (const why of [
      "violence at home",
      "a weapon",
      "serious injury",
      "violence by an adult",
      "danger now, or not sure",
    ])
      expect(problems).toContain(why);
  });

  it("fails when a mediation rule loses one exclusion", () => {
    const rules = ROUTING.rules.map((r) =>
      r.route === "mediation" && r.unless ? { ...r, unless: { ...r.unless, where: [] } } : r,
    );
    expect(validateRouting({ ...ROUTING, rules }, flow).join("\n")).toContain("violence at home");
  });

  it("fails when a protected answer is renamed in the flow (the proof must not go silently void)", () => {
    const renamed = structuredClone(flow);
    const where = renamed.steps.where;
    if (where?.type !== "choice") throw new Error("where is a choice");
    for (const o of where.options) if (o.id === "home") o.id = "house";
    expect(validateRouting(ROUTING, renamed).join("\n")).toContain('"where" has no option "home"');
  });
});
