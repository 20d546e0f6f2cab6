/**
 * The playground's season (src/playground/season.ts) put into a demo school's desk: anonymized
 * trends facts only — no case, no owner, no words — as if its students had reported all semester.
 *
 * Harmless in production, three ways over:
 * - the only caller is the playground's /api/seed, a route that exists only with PLAYGROUND=1 and
 *   only over the playground's own KV namespace (playground/routes.ts: 404 and 403 otherwise);
 * - the desk itself refuses unless it is a demo school (domain/demo.ts): a demo code *and* that
 *   code's name. A real school drawing a demo code at random (one in 243 million
 *   a school) would still bear another name;
 * - it adds facts under ids of their own ("season:…"), never touching a real case's fact, and only
 *   once: a desk that holds any season fact takes no second season (two tabs seeding at once, or a
 *   restart, add nothing).
 */
import type { Fact } from "../../domain/trends/types.ts";
import { isDemoSchool } from "../../domain/demo.ts";
import type { DeskState } from "./state.ts";

export type SeasonResult = { seeded: number } | { refused: "not a demo school" | "already seeded" };

/** At most this many facts a call: a season is a few hundred; anything far bigger is a mistake. */
const MAX_FACTS = 5_000;

export function seedSeason(d: DeskState, facts: readonly Fact[]): SeasonResult {
  const school = d.school();
  if (!school || !isDemoSchool(school)) return { refused: "not a demo school" };
  if (facts.length > MAX_FACTS) throw new Error(`a season of ${facts.length} facts is not a season`);
  const any = d.sql.exec("SELECT 1 FROM facts WHERE id LIKE 'season:%' LIMIT 1").toArray();
  if (any.length > 0) return { refused: "already seeded" };
  for (const [i, fact] of facts.entries())
    d.sql.exec("INSERT INTO facts (id, fact) VALUES (?, ?)", `season:${i}`, JSON.stringify(fact));
  return { seeded: facts.length };
}
