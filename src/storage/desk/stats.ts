/** A school's trends counts, from its desk's facts and its open cases (computed here: the cheapest place). */
import { ageInDays } from "../../domain/age.ts";
import type { CaseRecord } from "../../domain/case.ts";
import { countFacts } from "../../domain/trends/facts.ts";
import type { Counts, Fact } from "../../domain/trends/types.ts";
import type { DeskState } from "./state.ts";

export function stats(d: DeskState): Counts {
  const facts = d.sql
    .exec<{ fact: string }>("SELECT fact FROM facts")
    .toArray()
    .map((r) => JSON.parse(r.fact) as Fact);
  const today = d.when().day;
  const open = d.sql
    .exec<{ record: string }>(
      "SELECT record FROM cases WHERE json_extract(record, '$.status') IN ('new', 'taken', 'mediation')",
    )
    .toArray()
    .map((r) => JSON.parse(r.record) as CaseRecord)
    .map((c) => ({ status: c.status, ageDays: ageInDays(c.day, today) }));
  return countFacts(facts, open);
}
