/**
 * Fuzz: at least 10,000 generated updates (fast-check; the seed is printed — rerun one with
 * FUZZ_SEED=<seed>) from students, strangers and groups: random and huge texts, commands with
 * random arguments, stickers and documents, edits, forged and other people's buttons, real buttons
 * pressed in any order, malformed updates. Whatever comes: never a 5xx, never an escaped error,
 * never a stack trace to a person, and never a change to another person's data.
 */
import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { answerFlow, PEER_CONFLICT } from "./support/report.ts";
import { SCHOOLS } from "./support/schools.ts";
import { enrolSchoolStaff, takeCase } from "./support/staff.ts";
import { type FakeTelegram, Person, postUpdate } from "./support/telegram.ts";
import { storedCases, useWorld } from "./support/world.ts";

let tg: FakeTelegram;
useWorld((fresh) => {
  tg = fresh;
});

const RUNS = Number(env.FUZZ_RUNS || 10_000);
const SEED = Number(env.FUZZ_SEED || Date.now() % 2_147_483_647);

const COMMANDS = [
  "/start",
  "/help",
  "/privacy",
  "/mycases",
  "/forget",
  "/language",
  "/clear",
  "/queue",
  "/advisers",
  "/invite",
  "/join",
  "/name",
  "/newschool",
  "/schools",
  "/linkgroup",
  "/start s-",
  "/start j-",
];
const FUZZERS = [61_001, 61_002, 61_003, 63_000];

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom(
    SCHOOLS.XK.code,
    SCHOOLS.AL.code.toLowerCase(),
    "DEM2XK",
    "K7Q4MZ",
    "💣".repeat(2000),
    "a".repeat(5000),
  ),
  // Often a real poster link, so the fuzzers get into reports and press their way through them.
  fc.constantFrom(
    `/start s-${SCHOOLS.XK.code}`,
    `/start s-${SCHOOLS.AL.code}`,
    `/start s-${SCHOOLS.MK.code}`,
  ),
  fc.tuple(fc.constantFrom(...COMMANDS), fc.string({ maxLength: 80 })).map(([c, a]) => `${c} ${a}`),
  fc
    .tuple(fc.constantFrom(...COMMANDS), fc.string({ unit: "grapheme", maxLength: 700 }))
    .map(([c, a]) => `${c}${a}`),
);

type Action =
  | { kind: "text"; who: number; text: string; group: boolean }
  | { kind: "other"; who: number; what: "sticker" | "document" | "voice" | "location" | "photo" }
  | { kind: "edit"; who: number; text: string }
  | { kind: "forged"; who: number; data: string }
  | { kind: "press"; who: number; whose: number; pick: number }
  | { kind: "malformed"; body: unknown }
  /** A whole report with random answers, through the real buttons (so reports exist to fuzz). */
  | { kind: "report"; who: number; picks: number[] };

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("text" as const),
      who: fc.constantFrom(...FUZZERS),
      text,
      group: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("other" as const),
      who: fc.constantFrom(...FUZZERS),
      what: fc.constantFrom("sticker", "document", "voice", "location", "photo") as fc.Arbitrary<"photo">,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("edit" as const),
      who: fc.constantFrom(...FUZZERS),
      text: fc.string(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("forged" as const),
      who: fc.constantFrom(...FUZZERS),
      data: fc.oneof(
        fc.string({ maxLength: 64 }),
        fc
          .tuple(fc.constantFrom(..."FNRWVKDELAGBOCQXY"), fc.nat(9), fc.string({ maxLength: 50 }))
          .map(([k, d, r]) => `${k}${d}${r}`),
        fc
          .tuple(
            fc.constantFrom(..."OCGBAVW"),
            fc.nat(4),
            fc.string({ maxLength: 20 }),
            fc.string({ minLength: 8, maxLength: 8 }),
          )
          .map(([k, d, r, m]) => `${k}${d}${r}~${m}`),
      ),
    }),
  },
  // Real buttons: the fuzzer's own (exploring every path), or someone else's (the staff's, the victim's).
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("press" as const),
      who: fc.constantFrom(...FUZZERS),
      whose: fc.constantFrom(...FUZZERS, ...FUZZERS, 62_001, 62_000, 61_000),
      pick: fc.oneof(fc.constant(0), fc.nat(50)),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("report" as const),
      who: fc.constantFrom(...FUZZERS),
      picks: fc.array(fc.nat(20), { minLength: 12, maxLength: 12 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("malformed" as const),
      body: fc.oneof(
        fc.anything(),
        fc.record({ update_id: fc.nat(), message: fc.anything() }),
        fc.record({
          update_id: fc.nat(),
          callback_query: fc.record({ id: fc.string(), data: fc.string(), from: fc.anything() }),
        }),
        fc.record({ update_id: fc.nat(), poll: fc.anything() }),
      ),
    }),
  },
);

describe("fuzz", () => {
  it(`${RUNS} generated updates: never a 5xx, an escaped error, a stack trace or another person's data changed`, {
    timeout: 600_000,
  }, async () => {
    console.log(`fuzz seed ${SEED} (rerun with FUZZ_SEED=${SEED})`);
    const { principal, advisers } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 62_000, 1);
    const victim = new Person(tg, 61_000, { first_name: "Vera", language_code: "sq" });
    await victim.send(`/start s-${SCHOOLS.XK.code}`);
    await answerFlow(victim, PEER_CONFLICT, "They hurt me.");
    await tg.settle();
    await takeCase(tg, advisers[0]?.user.id ?? 0, "Adviser1", "en");
    await tg.settle();
    const before = JSON.stringify(await storedCases(SCHOOLS.XK.code));
    const staffBefore = JSON.stringify(await env.KV.get(`member:${principal.user.id}`));
    const errors = vi.spyOn(console, "error");
    const people = new Map(
      FUZZERS.map((id) => [
        id,
        new Person(tg, id, { first_name: `F${id}`, language_code: ["sq", "sr", "mk", "en"][id % 4] }),
      ]),
    );
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const samples = fc.sample(action, { numRuns: RUNS, seed: SEED });
    for (const [i, a] of samples.entries()) {
      if (a.kind === "report") {
        await randomReport(people.get(a.who), a.picks);
        continue;
      }
      const update = build(a, people);
      if (!update) continue;
      const res = await postUpdate(update);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500) failures.push(`#${i} ${res.status}: ${JSON.stringify(a).slice(0, 200)}`);
      if (failures.length > 5) break;
    }
    // Not a vacuous run: most updates were real ones the bot handled, some were refused as malformed,
    // and the fuzzers got as far as sending reports of their own.
    console.log("fuzz statuses", JSON.stringify([...statuses]));
    expect(statuses.get(200) ?? 0).toBeGreaterThan(RUNS * 0.7);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
    expect(
      (await storedCases(SCHOOLS.XK.code)).length + (await storedCases(SCHOOLS.AL.code)).length,
    ).toBeGreaterThan(1);
    await tg.settle();
    const escaped = errors.mock.calls.filter((c) =>
      /handler error|unhandled update error/.test(String(c[0])),
    );
    const traces = tg.calls.filter((c) =>
      /\bat \S+:\d+:\d+|TypeError|ReferenceError|\bstack\b/.test(
        String(c.payload.text ?? c.payload.caption ?? ""),
      ),
    );
    expect(failures, `seed ${SEED}`).toEqual([]);
    expect(
      escaped.map((c) => c.join(" ")),
      `seed ${SEED}`,
    ).toEqual([]);
    expect(traces, `seed ${SEED}`).toEqual([]);
    // Nobody but the victim and the school's staff may have touched the victim's case or the staff.
    const after = (await storedCases(SCHOOLS.XK.code)).filter((c) => before.includes(c.id));
    expect(JSON.stringify(after)).toBe(before);
    expect(JSON.stringify(await env.KV.get(`member:${principal.user.id}`))).toBe(staffBefore);
  });
});

let pressN = 0;

/** Starts a report and answers every step with the picked option, then sends it. */
async function randomReport(p: Person | undefined, picks: number[]) {
  if (!p) return;
  await p.send(`/start s-${SCHOOLS.XK.code}`);
  for (const pick of picks) {
    const board = tg.keyboards(p.user.id)[0];
    const options = board?.buttons.filter((b) => /\.(o\w|s|k)$/.test(b.callback_data)) ?? [];
    const button = options[pick % Math.max(1, options.length)];
    if (!board || !button) return;
    await postUpdate(p.callbackUpdate(button.callback_data, board.messageId));
  }
}

function build(a: Action, people: Map<number, Person>) {
  if (a.kind === "malformed") return a.body;
  const p = people.get(a.who);
  if (!p) return undefined;
  switch (a.kind) {
    case "text": {
      const u = p.messageUpdate(a.text) as { message: { chat: { id: number; type: string } } };
      if (a.group) u.message.chat = { id: -1_001_234, type: "supergroup" };
      return u;
    }
    case "other": {
      const extra = {
        sticker: {
          sticker: {
            file_id: "st",
            file_unique_id: "st",
            type: "regular",
            width: 1,
            height: 1,
            is_animated: false,
            is_video: false,
          },
        },
        document: { document: { file_id: "doc", file_unique_id: "doc" } },
        voice: { voice: { file_id: "v", file_unique_id: "v", duration: 1 } },
        location: { location: { latitude: 42.2, longitude: 20.7 } },
        photo: { photo: [{ file_id: "ph", file_unique_id: "ph", width: 1, height: 1 }] },
      }[a.what];
      const u = p.messageUpdate("", extra) as { message: { text?: string } };
      delete u.message.text;
      return u;
    }
    case "edit": {
      const u = p.messageUpdate(a.text) as { message?: unknown; edited_message?: unknown };
      u.edited_message = u.message;
      delete u.message;
      return u;
    }
    case "forged":
      return p.callbackUpdate(a.data, 1);
    case "press": {
      const boards = tg.keyboards(a.whose);
      const board = boards[a.pick % Math.max(1, boards.length)];
      const button = board?.buttons[(a.pick + pressN++) % Math.max(1, board.buttons.length)];
      if (!board || !button) return undefined;
      // Someone else's button pressed by the fuzzer: the signature is for its owner only.
      return p.callbackUpdate(button.callback_data, board.messageId);
    }
  }
}
