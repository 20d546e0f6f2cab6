/**
 * Nothing lost, nothing doubled, on the staff side (issue 8): a KV or desk operation that fails at
 * each position of take → write to the student → the student answers → a note, then Telegram
 * redelivering the failed update with storage healthy; Telegram failing at each Bot API call of a
 * take and a relay; a cron run whose desk fails; and 200 students of one school at once.
 */
import { env } from "cloudflare:workers";
import { reset } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { Desk } from "../src/storage/desk/desk.ts";
import { runJobs } from "../src/cron/jobs.ts";
import { servicesFor } from "../src/bot/services.ts";
import { answerFlow, PEER_CONFLICT } from "./support/report.ts";
import { SCHOOLS, seedSchools } from "./support/schools.ts";
import { fileCase } from "./support/seed.ts";
import { enrolSchoolStaff } from "./support/staff.ts";
import { FakeTelegram, Person, postUpdate } from "./support/telegram.ts";
import { inDesk, storedCases, t, useWorld } from "./support/world.ts";

let tg: FakeTelegram;
useWorld((fresh) => {
  tg = fresh;
});

const ADVISER = 51_001;
const STUDENT = 51_500;

/** Posts an update as Telegram does: a 5xx is redelivered (here at once, storage healthy again). */
async function deliver(update: unknown, retries = 3): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i <= retries; i++) {
    const res = await postUpdate(update);
    statuses.push(res.status);
    if (res.status < 500) break;
  }
  return statuses;
}

/** Every KV and desk operation counts; the k-th (from 0) fails once. */
function failAt(k: number): { seen: () => number; failed: () => boolean } {
  let n = 0;
  let hit = false;
  const maybeFail = () => {
    if (n++ === k && !hit) {
      hit = true;
      throw new Error("injected storage failure");
    }
  };
  const kv = env.KV as KVNamespace;
  for (const m of ["get", "put", "delete", "list", "getWithMetadata"] as const) {
    const real = (kv[m] as (...a: unknown[]) => unknown).bind(kv);
    vi.spyOn(kv, m).mockImplementation(((...args: unknown[]) => {
      maybeFail();
      return real(...args);
    }) as never);
  }
  for (const m of ["change", "open", "relayFromStudent", "relayFromStaff", "addNote", "members"] as const) {
    const real = Desk.prototype[m];
    vi.spyOn(Desk.prototype, m).mockImplementation(function (this: Desk, ...args: unknown[]) {
      maybeFail();
      return (real as (...a: unknown[]) => unknown).apply(this, args);
    } as never);
  }
  return { seen: () => n, failed: () => hit };
}

/** A mediation case filed by a student, and its school's staff. */
async function world() {
  await enrolSchoolStaff(tg, SCHOOLS.XK.code, 51_000, 1);
  const student = new Person(tg, STUDENT, { first_name: "Era", language_code: "sq" });
  await student.send(`/start s-${SCHOOLS.XK.code}`);
  await answerFlow(student, PEER_CONFLICT, "They push me.");
  await tg.settle();
  return { student, adviser: new Person(tg, ADVISER, { first_name: "Adviser1", language_code: "en" }) };
}

/** The staff scenario, each update delivered as Telegram would (redelivered after a 5xx). */
async function scenario(student: Person, adviser: Person): Promise<number> {
  let retried = 0;
  const count = async (update: unknown) => {
    const s = await deliver(update);
    retried += s.length - 1;
  };
  const press = async (who: Person, label: string) => {
    await tg.settle(80);
    const board = tg.keyboards(who.user.id).find((b) => b.buttons.some((x) => x.text.includes(label)));
    const button = board?.buttons.find((x) => x.text.includes(label));
    if (!board || !button) throw new Error(`no "${label}" for ${who.user.id}`);
    await count(who.callbackUpdate(button.callback_data, board.messageId));
  };
  await press(adviser, t("en", "notice-open"));
  await press(adviser, t("en", "act-take"));
  await press(adviser, t("en", "act-write"));
  await count(adviser.messageUpdate("Can we talk tomorrow?"));
  await press(student, t("sq", "relay-reply"));
  await count(student.messageUpdate("Po, faleminderit."));
  await press(adviser, t("en", "act-note"));
  await count(adviser.messageUpdate("Student agreed to talk."));
  await tg.settle(300);
  return retried;
}

async function outcome() {
  const [c] = await storedCases(SCHOOLS.XK.code);
  const notes = await inDesk(SCHOOLS.XK.code, (sql) => sql.exec("SELECT count(*) AS n FROM notes").one().n);
  const toStudent = tg.textsTo(STUDENT);
  const toAdviser = tg.textsTo(ADVISER);
  return {
    status: c?.status,
    assignee: c?.assignee?.id,
    notes,
    taken: toStudent.filter((x) => x.includes(t("sq", "student-taken-mediation"))).length,
    relayed: toStudent.filter((x) => x.includes("Can we talk tomorrow?")).length,
    answered: toAdviser.filter((x) => x.includes("Po, faleminderit.")).length,
  };
}

describe("storage failing at each step of take → write → answer → note", () => {
  it("after Telegram's redelivery: taken once, every message relayed once, one note", {
    timeout: 300_000,
  }, async () => {
    const healthy = await world();
    const probe = failAt(Number.POSITIVE_INFINITY);
    await scenario(healthy.student, healthy.adviser);
    const positions = probe.seen();
    expect(await outcome()).toEqual({
      status: "taken",
      assignee: ADVISER,
      notes: 1,
      taken: 1,
      relayed: 1,
      answered: 1,
    });
    expect(positions).toBeGreaterThan(10);
    for (let k = 0; k < positions; k++) {
      vi.restoreAllMocks();
      tg = new FakeTelegram().install();
      await reset();
      await seedSchools();
      const { student, adviser } = await world();
      const fault = failAt(k);
      const retried = await scenario(student, adviser);
      const got = await outcome();
      expect(fault.failed(), `position ${k}`).toBe(true);
      expect(got, `position ${k} (retried ${retried})`).toEqual({
        status: "taken",
        assignee: ADVISER,
        notes: 1,
        taken: 1,
        relayed: 1,
        answered: 1,
      });
    }
  });
});

describe("Telegram failing", () => {
  it.each(["429", "500", "network"] as const)(
    "at each Bot API call of a take and a relay (%s): nothing lost, nothing doubled",
    { timeout: 120_000 },
    async (kind) => {
      const fault = kind === "429" ? { kind, retryAfter: 1 } : { kind };
      for (let k = 0; k < 6; k++) {
        vi.restoreAllMocks();
        tg = new FakeTelegram().install();
        await reset();
        await seedSchools();
        const { student, adviser } = await world();
        // The k-th call after this point meets the fault.
        let n = 0;
        const real = tg.sim.call.bind(tg.sim);
        vi.spyOn(tg.sim, "call").mockImplementation((method, payload) => {
          if (n++ === k) tg.sim.failNext(method, fault as never);
          return real(method, payload);
        });
        await scenario(student, adviser);
        await tg.settle(2_500);
        const got = await outcome();
        expect(got, `${kind} at call ${k}`).toMatchObject({
          status: "taken",
          assignee: ADVISER,
          taken: 1,
          relayed: 1,
          answered: 1,
          notes: 1,
        });
      }
    },
  );
});

describe("a cron run whose desk fails", () => {
  it("fails that school's part; the next run does it, once", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.AL.code, 52_000, 1);
    const now = Date.now();
    for (let i = 0; i < 3; i++)
      await fileCase(SCHOOLS.AL, {
        route: "staff",
        urgency: "urgent",
        ageMs: 3 * 3_600_000,
        chat: 52_500 + i,
        now,
      });
    await tg.settle();
    tg.clear();
    const runDue = vi.spyOn(Desk.prototype, "runDue").mockRejectedValueOnce(new Error("desk unavailable"));
    await expect(runJobs(servicesFor(env, () => now))).rejects.toThrow();
    runDue.mockRestore();
    const second = await runJobs(servicesFor(env, () => now));
    expect(second.acted["urgent-unclaimed"]).toBe(3);
    const third = await runJobs(servicesFor(env, () => now));
    expect(third.acted["urgent-unclaimed"]).toBe(0);
    await tg.settle();
    expect(
      tg
        .textsTo(52_000)
        .filter((x) => x.includes(t("sq", "cron-urgent", { code: "" }).split(" ")[0] ?? "🔴")),
    ).toHaveLength(3);
  });
});

describe("200 students of one school at once", () => {
  it("make 200 cases, each adviser told of each once", { timeout: 120_000 }, async () => {
    await enrolSchoolStaff(tg, SCHOOLS.MK.code, 53_000, 1);
    const students = Array.from(
      { length: 200 },
      (_, i) => new Person(tg, 54_000 + i, { first_name: `S${i}`, language_code: "mk" }),
    );
    // Up to the last step one by one (that part touches nobody else), then everyone sends at once.
    const sends = [];
    for (const s of students) {
      await s.send(`/start s-${SCHOOLS.MK.code}`);
      const { answerUntil, actionUpdate } = await import("./support/report.ts");
      await answerUntil(s, PEER_CONFLICT, "describe");
      sends.push(actionUpdate(s, "k"));
    }
    const statuses = await Promise.all(sends.map((u) => postUpdate(u).then((r) => r.status)));
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    await tg.settle(500, 60_000);
    expect(await storedCases(SCHOOLS.MK.code)).toHaveLength(200);
    const notices = tg.textsTo(53_001).filter((x) => x.startsWith(t("en", "notice-new")));
    expect(notices).toHaveLength(200);
    expect(new Set(notices).size).toBe(200);
  });
});
