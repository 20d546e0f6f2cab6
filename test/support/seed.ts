/**
 * Files cases straight through the desks — what a report's sending does, without the conversation
 * before it — so tests of the cron and the queue can work with thousands of cases of any age.
 */
import { env } from "cloudflare:workers";
import { singleKey } from "../../src/crypto/seal.ts";
import type { Route, Urgency } from "../../src/domain/routing.ts";
import type { School } from "../../src/domain/school.ts";
import { sealPart } from "../../src/storage/sealing.ts";
import { desk } from "./schools.ts";

let n = 0;
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A fresh, valid case id (10 characters of the code alphabet). */
export function caseId(): string {
  let x = ++n;
  let out = "";
  for (let i = 0; i < 10; i++) {
    out += ALPHABET[x % 30];
    x = Math.floor(x / 30);
  }
  return out;
}

export interface Filed {
  school: string;
  id: string;
  chat: number;
}

/** One case as if a student (`chat`) had sent it `ageMs` ago. */
export async function fileCase(
  school: School,
  opts: { route: Route; urgency: Urgency; ageMs: number; chat: number; now?: number; updateId?: number },
): Promise<Filed> {
  const id = caseId();
  const ring = singleKey(String(env.SEAL_KEY));
  const ref = { school: school.code, id };
  const now = opts.now ?? Date.now();
  const result = await desk(school.code).submit(now - opts.ageMs, {
    updateId: opts.updateId ?? 10_000_000 + n,
    owners: [`owner-${opts.chat}`],
    dailyLimit: 1_000,
    case: {
      id,
      country: school.country,
      flow: "report",
      answers: {
        danger: "no",
        who: "me",
        what: "conflict",
        by: "student",
        where: "class",
        when: "today",
        often: "once",
      },
      route: opts.route,
      urgency: opts.urgency,
      programme: false,
      hasText: false,
      hasPhoto: false,
      sealed: {
        content: await sealPart(ring, ref, "content", {}),
        contact: await sealPart(ring, ref, "contact", { chat: opts.chat, lang: "en" }),
      },
    },
  });
  if (result.kind !== "created") throw new Error(`not filed: ${result.kind}`);
  return { school: school.code, id, chat: opts.chat };
}
