import { env } from "cloudflare:workers";
import type { School } from "../../src/domain/school.ts";
import type { Kv } from "../../src/storage/kv-counter.ts";
import { deskOf } from "../../src/storage/desk/client.ts";

export const SCHOOLS: Record<"XK" | "AL" | "MK", School> = {
  XK: {
    code: "PRZ2XK",
    name: "Shkolla “Ismail Qemali”",
    municipality: "Prizren",
    country: "XK",
    lang: "sq",
    timeZone: "Europe/Belgrade",
    createdAt: 0,
  },
  AL: {
    code: "TRN3AB",
    name: "Shkolla “Naim Frashëri”",
    municipality: "Tiranë",
    country: "AL",
    lang: "sq",
    timeZone: "Europe/Tirane",
    createdAt: 0,
  },
  MK: {
    code: "SKP4MK",
    name: "ООУ „Браќа Миладиновци“",
    municipality: "Скопје",
    country: "MK",
    lang: "mk",
    timeZone: "Europe/Skopje",
    createdAt: 0,
  },
};

export const kv = env.KV as unknown as Kv;

/** A school's desk, as the Worker reaches it. */
export const desk = (code: string) => deskOf(env, code);

/** The test schools, created the way /newschool does: through their desks, which write KV through. */
export async function seedSchools(): Promise<void> {
  for (const s of Object.values(SCHOOLS)) await desk(s.code).init(Date.now(), s);
}

/** Every key in KV with its value and metadata: what the anonymity scan searches. */
export async function dumpKv(): Promise<Array<{ name: string; value: string; metadata: string }>> {
  const out: Array<{ name: string; value: string; metadata: string }> = [];
  let cursor: string | undefined;
  do {
    const page = await env.KV.list(cursor ? { cursor } : {});
    for (const k of page.keys) {
      out.push({
        name: k.name,
        value: (await env.KV.get(k.name)) ?? "",
        metadata: JSON.stringify(k.metadata ?? null),
      });
    }
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return out;
}
