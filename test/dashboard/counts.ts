/** Trends counts made up for the dashboard's tests, and given to the programme's desk as the cron would. */
import { env } from "cloudflare:workers";
import { countFacts } from "../../src/domain/trends/facts.ts";
import { month, previousMonth } from "../../src/domain/trends/periods.ts";
import type { Counts, Fact } from "../../src/domain/trends/types.ts";
import { programmeOf } from "../../src/storage/desk/client.ts";
import { currentMonth } from "../../src/web/dashboard/model.ts";
import type { School } from "../../src/domain/school.ts";

/** Last month (trends' month of whole weeks): complete, and never after "now". */
export const lastMonth = () => previousMonth(currentMonth(Date.now()));

const BASE: Fact = {
  week: "",
  category: "conflict",
  place: "class",
  route: "mediation",
  urgency: "normal",
  status: "resolved",
};

/** `n` facts like `f`, spread over the weeks of `monthId` (week i gets every k-th). */
export function facts(monthId: string, n: number, f: Partial<Fact> = {}): Fact[] {
  const weeks = month(monthId).weeks;
  return Array.from({ length: n }, (_, i) => ({ ...BASE, ...f, week: weeks[i % weeks.length] as string }));
}

export const countsOf = (all: Fact[]): Counts => countFacts(all, []);

export async function gather(school: School, counts: Counts): Promise<void> {
  await programmeOf(env).gather(
    Date.now(),
    { code: school.code, name: school.name, municipality: school.municipality, country: school.country },
    JSON.stringify(counts),
  );
}
