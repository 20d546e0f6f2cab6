/**
 * DESIGN's KV budget, held as an invariant: a complete report costs at most two KV writes in the
 * whole system (the Worker's and the desk's), a button press of the report no KV at all, and
 * sending lists nothing.
 */
import { describe, expect, it } from "vitest";
import { countKv } from "../support/kv-spy.ts";
import { answerFlow, PEER_CONFLICT } from "../support/report.ts";
import { SCHOOLS } from "../support/schools.ts";
import { type FakeTelegram, kvLog, Person } from "../support/telegram.ts";
import { useWorld } from "../support/world.ts";

let tg: FakeTelegram;
useWorld((fresh) => {
  tg = fresh;
});

const newStudent = (lang: string) => new Person(tg, 5_900, { first_name: "Arta", language_code: lang });

describe("KV budget", () => {
  it("a complete report costs at most 2 KV writes in all (Worker and desk), and a button press no KV at all", async () => {
    const { enrolSchoolStaff } = await import("../support/staff.ts");
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 72_000, 1);
    const student = newStudent("en");
    await student.send(`/start s-${SCHOOLS.XK.code}`);
    kvLog.length = 0;
    const count = countKv();
    await answerFlow(student, PEER_CONFLICT, "They laugh at me.");
    await tg.settle();
    expect(count.writes).toBeLessThanOrEqual(2);
    expect(count.written.filter((k) => k.startsWith("case:"))).toHaveLength(1);
    // Choice presses carry their state in signed callback data: no KV at all (the first 8 presses).
    for (const ops of kvLog.slice(0, 8)) expect(ops.reads + ops.writes + ops.lists).toBe(0);
    // Nothing lists KV to send a report: the desk knows whom to tell.
    expect(count.lists).toBe(0);
  });
});
