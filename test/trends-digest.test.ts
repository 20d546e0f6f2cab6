/**
 * The principals' weekly digest: from Monday 08:00 school time, once a week, about the week that
 * just ended and its month, suppressed as the dashboard is — and never at night, at the weekend,
 * twice in a week, or to anyone but the principals.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { servicesFor } from "../src/bot/services.ts";
import { gatherTrends } from "../src/cron/trends.ts";
import type { Counts } from "../src/domain/trends/types.ts";
import { deskOf } from "../src/storage/desk/client.ts";
import { digestDue } from "../src/domain/trends/digest.ts";
import { wordsFor } from "../src/web/dashboard/labels.ts";
import { facts } from "./dashboard/counts.ts";
import { SCHOOLS } from "./support/schools.ts";
import { ADMIN_ID, enrolSchoolStaff } from "./support/staff.ts";
import type { FakeTelegram } from "./support/telegram.ts";
import { inDesk, t, useWorld } from "./support/world.ts";

let tg: FakeTelegram;
useWorld((fresh) => {
  tg = fresh;
});

const school = SCHOOLS.XK;
const HOUR = 3_600_000;
/** Monday 11 January 2027, 08:30 in Prizren (UTC+1). */
const MONDAY = Date.UTC(2027, 0, 11, 7, 30);

async function gatherAt(now: number): Promise<void> {
  // The digest is off for the other tests (vitest.config.ts): on here.
  await gatherTrends({ ...servicesFor({ ...env, WEEKLY_DIGEST: "1" }), now: () => now });
  await tg.settle();
}

const digests = (id: number) =>
  tg.textsTo(id).filter((x) => x.startsWith(t("sq", "digest-title", { name: school.name })));

describe("when a digest may go out", () => {
  it.each([
    ["Monday 07:59 in Prizren", Date.UTC(2027, 0, 11, 6, 59), null],
    ["Monday 08:00 in Prizren", Date.UTC(2027, 0, 11, 7, 0), "2027-W02"],
    ["Friday 17:59", Date.UTC(2027, 0, 15, 16, 59), "2027-W02"],
    ["Friday 18:00", Date.UTC(2027, 0, 15, 17, 0), null],
    ["Saturday noon", Date.UTC(2027, 0, 16, 11, 0), null],
    ["Sunday 23:30 (Monday already in no school's zone)", Date.UTC(2027, 0, 17, 22, 30), null],
  ])("%s → %s", (_name, now, week) => {
    expect(digestDue(now, school.timeZone)?.week ?? null).toBe(week);
  });

  it("reports on the week that just ended, in the month that week counts in", () => {
    // Monday 1 February 2027: the week just ended (25–31 January) counts in January.
    expect(digestDue(Date.UTC(2027, 1, 1, 9, 0), school.timeZone)).toEqual({
      week: "2027-W05",
      reportOn: "2027-W04",
      month: "2027-01",
    });
  });
});

describe("what leaves the school", () => {
  it("the counts the cron passes on hold no week in progress; the school's own counts do", async () => {
    const now = MONDAY + 26 * HOUR; // Tuesday of 2027-W02
    await inDesk(school.code, (sql) => {
      for (const [i, week] of ["2027-W01", "2027-W02", "2027-W02"].entries())
        sql.exec(
          "INSERT INTO facts (id, fact) VALUES (?, ?)",
          `leave-${i}`,
          JSON.stringify({ ...facts("2027-01", 1)[0], week }),
        );
    });
    const desk = deskOf(env, school.code);
    const passedOn = JSON.parse(await desk.gather(now, { send: false, threshold: 5, values: {} })) as Counts;
    expect(Object.keys(passedOn.weeks)).toEqual(["2027-W01"]);
    const own = await desk.stats(now);
    expect(Object.keys(own.weeks).sort()).toEqual(["2027-W01", "2027-W02"]);
    expect(own.weeks["2027-W02"]?.total).toBe(2);
  });
});

describe("the Monday digest", () => {
  it("reaches the principal once a week, with the dashboard's suppressed figures, and nobody else", async () => {
    const { advisers } = await enrolSchoolStaff(tg, school.code, 5800, 1);
    // January 2027: 6 quarrels in its first week, 3 in its second.
    const january = [...facts("2027-01", 6, { category: "conflict" })].map((f) => ({
      ...f,
      week: "2027-W01",
    }));
    const second = facts("2027-01", 3, { category: "insults" }).map((f) => ({ ...f, week: "2027-W02" }));
    await inDesk(school.code, (sql) => {
      [...january, ...second].forEach((f, i) => {
        sql.exec("INSERT INTO facts (id, fact) VALUES (?, ?)", `digest-${i}`, JSON.stringify(f));
      });
    });
    tg.clear();

    await gatherAt(MONDAY - 12 * HOUR); // Sunday night: nothing
    expect(digests(5800)).toHaveLength(0);

    await gatherAt(MONDAY);
    expect(digests(5800)).toHaveLength(1);
    const words = wordsFor("sq", 5);
    const first = digests(5800)[0] as string;
    expect(first).toContain(t("sq", "trends-week", { date: words.week("2027-W01"), count: "6" }));
    expect(first).toContain(
      t("sq", "trends-month", {
        when: words.month("2027-01"),
        count: "9",
        before: words.count({ hidden: true }),
      }),
    );
    expect(first).toContain(`${words.value("category", "conflict")} — 6`);
    // Three insults are fewer than five: not listed.
    expect(first).not.toContain(words.value("category", "insults"));

    await gatherAt(MONDAY + 2 * HOUR); // later that morning: not again
    await gatherAt(MONDAY + 26 * HOUR); // Tuesday: not again
    expect(digests(5800)).toHaveLength(1);

    await gatherAt(MONDAY + 7 * 24 * HOUR); // the next Monday: about the second week
    expect(digests(5800)).toHaveLength(2);
    expect(digests(5800)[1]).toContain(
      t("sq", "trends-week", { date: words.week("2027-W02"), count: words.count({ hidden: true }) }),
    );

    // Advisers and the programme's admins are not sent digests (admins have /trends).
    const adviserId = 5801;
    expect(advisers).toHaveLength(1);
    expect(tg.textsTo(adviserId).filter((x) => x.includes("📅"))).toHaveLength(0);
    expect(tg.textsTo(ADMIN_ID).filter((x) => x.includes("📅"))).toHaveLength(0);
  });

  it("goes to no one at a school without a principal", async () => {
    tg.clear();
    await gatherAt(MONDAY);
    const sent = tg.calls.filter((c) => String(c.payload.text ?? "").includes("📅"));
    expect(sent).toHaveLength(0);
  });
});
