/**
 * The figures of a page: a principal's school from its own desk (live, strongly consistent); a
 * partner's or an admin's whole reach from the programme's desk (gathered by the cron), suppressed
 * as one system so that no view can be subtracted from another (domain/trends/view.ts).
 */
import type { Services } from "../../bot/context.ts";
import type { Scope, TrendsView } from "../../domain/trends/types.ts";
import { type ReachScope, viewOfScope, viewsFor } from "../../domain/trends/view.ts";
import { deskOf, programmeOf } from "../../storage/desk/client.ts";
import type { Gathered } from "../../storage/programme/programme.ts";
import type { Words } from "./labels.ts";
import { partnerScopeId, type ScopeRef, sameScope } from "./scopes.ts";
import { breakdownValues } from "../../flow/breakdowns.ts";
import type { Viewer } from "./viewer.ts";

export interface Loaded {
  view: TrendsView;
  /** Every scope the viewer may open (the navigation), in the reach's order. */
  scopes: Scope[];
  /** When the oldest of these counts was gathered; absent for a school's own live page. */
  gathered?: number;
}

/** A partner's schools and their sum; or every school, municipality, country and the programme. */
export function reachOf(viewer: Viewer, rows: readonly Gathered[], words: Words): ReachScope[] {
  const schools = [...rows].sort((a, b) => a.meta.name.localeCompare(b.meta.name));
  const leaves: ReachScope[] = schools.map((r) => ({
    scope: { kind: "school", id: r.meta.code, name: r.meta.name },
  }));
  if (viewer.kind === "partner") {
    const name = words.t("dash-scope-partner", { name: viewer.partner.org });
    return [
      {
        scope: { kind: "partner", id: partnerScopeId(viewer.id), name },
        parts: schools.map((r) => r.meta.code),
      },
      ...leaves,
    ];
  }
  const munis = new Map<string, { country: string; name: string; schools: string[] }>();
  for (const r of schools) {
    const id = `${r.meta.country}/${r.meta.municipality}`;
    const m = munis.get(id) ?? { country: r.meta.country, name: r.meta.municipality, schools: [] };
    m.schools.push(r.meta.code);
    munis.set(id, m);
  }
  const muniList = [...munis].sort(([, a], [, b]) => a.name.localeCompare(b.name));
  const countries = [...new Set(schools.map((r) => r.meta.country))].sort();
  return [
    {
      scope: { kind: "programme", id: "programme", name: words.t("dash-scope-programme") },
      parts: countries,
    },
    ...countries.map((c) => ({
      scope: { kind: "country" as const, id: c, name: words.t(`country-${c}`) },
      parts: muniList.filter(([, m]) => m.country === c).map(([id]) => id),
    })),
    ...muniList.map(([id, m]) => ({
      scope: { kind: "municipality" as const, id, name: m.name },
      parts: m.schools,
    })),
    ...leaves,
  ];
}

/** The view of one scope for a month, with the scopes the viewer may open; null when it has none. */
export async function loadScope(
  services: Services,
  viewer: Viewer,
  ref: ScopeRef,
  monthId: string,
  words: Words,
): Promise<Loaded | null> {
  const options = { values: breakdownValues() };
  if (viewer.kind === "principal") {
    const desk = deskOf(services.env, viewer.school, services.deskCalls);
    const [school, counts] = await Promise.all([desk.school(), desk.stats(services.now())]);
    if (!school || ref.kind !== "school" || ref.id !== school.code) return null;
    const scope: Scope = { kind: "school", id: school.code, name: school.name };
    return { view: viewOfScope(scope, counts, monthId, words.threshold, options), scopes: [scope] };
  }
  if (viewer.kind !== "admin" && viewer.kind !== "partner") return null;
  const programme = programmeOf(services.env, services.deskCalls);
  const rows = await programme.reach(
    viewer.kind === "admin" ? { kind: "admin" } : { kind: "partner", schools: viewer.partner.schools },
  );
  const reach = reachOf(viewer, rows, words);
  const at = reach.findIndex((r) => sameScope(r.scope, ref));
  if (at < 0) return null;
  const counts = Object.fromEntries(rows.map((r) => [r.meta.code, r.counts]));
  const views = viewsFor(reach, counts, monthId, words.threshold, options);
  const gathered = rows.length > 0 ? Math.min(...rows.map((r) => r.gathered)) : undefined;
  return {
    view: views[at] as TrendsView,
    scopes: reach.map((r) => r.scope),
    ...(gathered !== undefined ? { gathered } : {}),
  };
}
