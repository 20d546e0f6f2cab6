/**
 * The scopes a viewer can reach, made of the schools they may see: a partner's schools and their sum;
 * or, for the programme's admins, every school, municipality, country and the programme. Pure.
 * Names of the programme, countries and a partner's sum are left as ids here (`programme`, `XK`,
 * `partner:…`): the page names them in the viewer's language, so one computed set of views serves
 * every language.
 */
import type { ReachScope } from "./view.ts";

export interface SchoolMeta {
  code: string;
  name: string;
  municipality: string;
  country: string;
}

/** Whose trends a viewer may see: every school, or a partner's (the id names their schools' sum). */
export type Reach = { kind: "admin" } | { kind: "partner"; id: string; schools: readonly string[] };

export function reachOf(reach: Reach, rows: readonly SchoolMeta[]): ReachScope[] {
  const schools = [...rows].sort((a, b) => a.name.localeCompare(b.name));
  const leaves: ReachScope[] = schools.map((s) => ({ scope: { kind: "school", id: s.code, name: s.name } }));
  if (reach.kind === "partner")
    return [
      { scope: { kind: "partner", id: reach.id, name: reach.id }, parts: schools.map((s) => s.code) },
      ...leaves,
    ];
  const munis = new Map<string, { country: string; name: string; schools: string[] }>();
  for (const s of schools) {
    const id = `${s.country}/${s.municipality}`;
    const m = munis.get(id) ?? { country: s.country, name: s.municipality, schools: [] };
    m.schools.push(s.code);
    munis.set(id, m);
  }
  const muniList = [...munis].sort(([, a], [, b]) => a.name.localeCompare(b.name));
  const countries = [...new Set(schools.map((s) => s.country))].sort();
  return [
    { scope: { kind: "programme", id: "programme", name: "programme" }, parts: countries },
    ...countries.map((c) => ({
      scope: { kind: "country" as const, id: c, name: c },
      parts: muniList.filter(([, m]) => m.country === c).map(([id]) => id),
    })),
    ...muniList.map(([id, m]) => ({
      scope: { kind: "municipality" as const, id, name: m.name },
      parts: m.schools,
    })),
    ...leaves,
  ];
}
