/** Schools: one key per school, the /schools row in its metadata so the list is one list() call. */
import type { School } from "../domain/school.ts";
import { keys } from "./keys.ts";
import type { Kv } from "./kv-counter.ts";

export interface SchoolRow {
  name: string;
  municipality: string;
  country: string;
}

export async function getSchool(kv: Kv, code: string): Promise<School | null> {
  const raw = await kv.get(keys.school(code));
  return raw ? (JSON.parse(raw) as School) : null;
}

/**
 * Metadata travels in an HTTP header inside the runtime, where non-ASCII is a quirk: names are
 * stored percent-encoded there (the value itself stays plain JSON).
 */
export async function putSchool(kv: Kv, school: School): Promise<void> {
  const row: SchoolRow = {
    name: encodeURIComponent(school.name),
    municipality: encodeURIComponent(school.municipality),
    country: school.country,
  };
  await kv.put(keys.school(school.code), JSON.stringify(school), { metadata: row });
}

export async function listSchools(kv: Kv): Promise<Array<SchoolRow & { code: string }>> {
  const out: Array<SchoolRow & { code: string }> = [];
  let cursor: string | undefined;
  do {
    const page = await kv.list<SchoolRow>({ prefix: keys.schoolsPrefix(), cursor });
    for (const k of page.keys) {
      const m = k.metadata;
      if (!m) continue;
      const code = k.name.slice(keys.schoolsPrefix().length);
      out.push({
        code,
        name: decodeURIComponent(m.name),
        municipality: decodeURIComponent(m.municipality),
        country: m.country,
      });
    }
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return out;
}
