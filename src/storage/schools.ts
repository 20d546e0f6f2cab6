/**
 * Schools as KV holds them: one key per school (written through by its desk), the /schools row in
 * its metadata so listing every school is one list() call.
 */
import type { School } from "../domain/school.ts";
import type { StaffMember } from "../domain/staff.ts";
import { keys } from "./keys.ts";
import type { Kv } from "./kv-counter.ts";

export interface SchoolRow {
  name: string;
  municipality: string;
  country: string;
  principals: number;
  advisers: number;
  leads: number;
  archived?: true;
}

/**
 * Metadata travels in an HTTP header inside the runtime, where non-ASCII is a quirk: names are
 * stored percent-encoded there (the value itself stays plain JSON). Names are bounded at creation
 * (MAX_SCHOOL_NAME), so the row stays far below KV's 1,024 bytes of metadata.
 */
export function schoolRow(school: School, staff: readonly StaffMember[]): SchoolRow {
  const count = (role: StaffMember["role"]) => staff.filter((s) => s.role === role).length;
  return {
    name: encodeURIComponent(school.name),
    municipality: encodeURIComponent(school.municipality),
    country: school.country,
    principals: count("principal"),
    advisers: count("adviser"),
    leads: count("lead"),
    ...(school.archived ? { archived: true as const } : {}),
  };
}

export async function getSchool(kv: Kv, code: string): Promise<School | null> {
  const raw = await kv.get(keys.school(code));
  return raw ? (JSON.parse(raw) as School) : null;
}

export type ListedSchool = SchoolRow & { code: string };

export async function listSchools(kv: Kv): Promise<ListedSchool[]> {
  const prefix = keys.schoolsPrefix();
  const out: ListedSchool[] = [];
  for await (const k of listAll<SchoolRow>(kv, prefix)) {
    const m = k.metadata;
    if (!m) continue;
    out.push({
      ...m,
      code: k.name.slice(prefix.length),
      name: decodeURIComponent(m.name),
      municipality: decodeURIComponent(m.municipality),
    });
  }
  return out;
}

/** Every key under a prefix, page by page (1,000 a page; `prefix` on every page). */
export async function* listAll<M>(kv: Kv, prefix: string, maxPages = Number.POSITIVE_INFINITY) {
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const list = await kv.list<M>({ prefix, ...(cursor ? { cursor } : {}) });
    yield* list.keys;
    if (list.list_complete) return;
    cursor = list.cursor;
  }
}
