/**
 * The playground's demo schools: never real ones. They live in the domain because a desk must know
 * them too — it takes the playground's season of trends facts only for one of these, by code *and*
 * name (storage/desk/season.ts) — and storage may not import the playground.
 */
import type { School } from "./school.ts";

export type DemoSchool = Omit<School, "timeZone" | "createdAt">;

export const DEMO_SCHOOLS = [
  { code: "DEM2XK", name: "Shkolla Demo “Ura”", municipality: "Prizren", country: "XK", lang: "sq" },
  { code: "DEM3XK", name: "Shkolla Demo “Lumbardhi”", municipality: "Prizren", country: "XK", lang: "sq" },
  { code: "DEM4XK", name: "Shkolla Demo “Erenik”", municipality: "Gjakova", country: "XK", lang: "sq" },
] as const satisfies readonly DemoSchool[];

/** Is this school one of the demo schools, by its code and its name? */
export const isDemoSchool = (school: Pick<School, "code" | "name">): boolean =>
  DEMO_SCHOOLS.some((d) => d.code === school.code && d.name === school.name);
