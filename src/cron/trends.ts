/**
 * Trends, gathered a few schools a cron run: the schools gathered longest ago give their counts
 * (computed by their desks from their own facts) to the programme's desk. No KV writes; at most
 * GATHER_PER_RUN desk calls a run, so with the due work the run stays within 50 subrequests. At 40
 * schools every school is gathered each hour; at 1,000, about once a day (trends are weekly). The
 * principals' weekly digest goes with a school's gathering: on Monday morning at 40 schools, within
 * the week's school hours at more (domain/trends/digest.ts).
 */
import type { Services } from "../bot/context.ts";
import { breakdownValues } from "../flow/breakdowns.ts";
import { deskOf, programmeOf } from "../storage/desk/client.ts";
import { listSchools } from "../storage/schools.ts";

export const GATHER_PER_RUN = 10;

export async function gatherTrends(services: Services): Promise<number> {
  const now = services.now();
  const programme = programmeOf(services.env, services.deskCalls);
  const schools = await listSchools(services.kv);
  const due = await programme.stalest(
    schools.map((s) => s.code),
    GATHER_PER_RUN,
  );
  const byCode = new Map(schools.map((s) => [s.code, s]));
  for (const code of due) {
    const s = byCode.get(code);
    if (!s) continue;
    // The principals' Monday digest rides on this call when it is due (storage/desk/gather.ts).
    const counts = await deskOf(services.env, code, services.deskCalls).gather(now, {
      send: services.config.weeklyDigest,
      threshold: services.config.trendsMinCell,
      values: breakdownValues(),
    });
    await programme.gather(
      now,
      { code, name: s.name, municipality: s.municipality, country: s.country },
      counts,
    );
  }
  return due.length;
}
