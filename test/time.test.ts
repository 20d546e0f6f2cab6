import { describe, expect, it } from "vitest";
import { parsePlannedSession, formatLocal } from "../src/domain/schedule.ts";
import {
  firstSeen,
  isoWeek,
  localDayNumber,
  localIsoDay,
  localTime,
  offsetMinutes,
} from "../src/domain/time.ts";
import { translate } from "../src/i18n/translate.ts";

// 2026-12-05 is a Saturday; Belgrade is UTC+1 in winter, UTC+2 in summer.
const at = (iso: string) => Date.parse(iso);
const BELGRADE = "Europe/Belgrade";

describe("school hours, in the school's time zone", () => {
  it.each([
    ["Tuesday 10:00 local", "2026-12-01T09:00:00Z", { open: true }],
    ["Tuesday 07:00 local", "2026-12-01T06:00:00Z", { open: false, day: "today" }],
    ["Tuesday 16:00 local", "2026-12-01T15:00:00Z", { open: false, day: "tomorrow" }],
    ["Friday 16:00 local", "2026-12-04T15:00:00Z", { open: false, day: 1 }],
    ["Saturday noon", "2026-12-05T11:00:00Z", { open: false, day: 1 }],
    [
      "Sunday 23:30 local (still Sunday in Belgrade, Monday in no zone yet)",
      "2026-12-06T22:30:00Z",
      { open: false, day: "tomorrow" },
    ],
    ["Monday 00:30 local, which is Sunday 23:30 UTC", "2026-12-06T23:30:00Z", { open: false, day: "today" }],
  ])("%s", (_name, iso, expected) => {
    expect(firstSeen(at(iso), BELGRADE)).toEqual(expected);
  });

  it("follows summer time", () => {
    // 14:30 local in July is 12:30 UTC (UTC+2): open; 15:30 local is closed.
    expect(firstSeen(at("2026-07-07T12:30:00Z"), BELGRADE)).toEqual({ open: true });
    expect(firstSeen(at("2026-07-07T13:30:00Z"), BELGRADE)).toEqual({ open: false, day: "tomorrow" });
    expect(localTime(at("2026-07-07T12:30:00Z"), "Europe/Tirane")).toEqual({
      weekday: 2,
      minutes: 14 * 60 + 30,
    });
  });

  it("reads naturally in English", () => {
    const say = (day: string) =>
      translate("en", "first-seen-closed", {
        when: translate("en", "when-morning", { day: translate("en", `day-${day}`) }),
      });
    expect(say("1")).toContain("your report on Monday morning.");
    expect(say("today")).toContain("your report this morning.");
    expect(say("tomorrow")).toContain("your report tomorrow morning.");
  });

  it("a day is the school's day: 00:30 in Prizren is already tomorrow there", () => {
    const late = at("2026-12-01T23:30:00Z");
    expect(localIsoDay(late, BELGRADE)).toBe("2026-12-02");
    expect(localIsoDay(late, "UTC")).toBe("2026-12-01");
    expect(localDayNumber(late, BELGRADE)).toBe(localDayNumber(at("2026-12-02T10:00:00Z"), BELGRADE));
  });

  it("weeks are ISO weeks", () => {
    expect(isoWeek(at("2026-12-01T10:00:00Z"))).toBe("2026-W49");
    expect(isoWeek(at("2027-01-01T10:00:00Z"))).toBe("2026-W53");
  });
});

describe("a mediation session's time", () => {
  it("reads school-local dates in two formats and keeps the place", () => {
    const a = parsePlannedSession("2026-12-03 10:30 Biblioteka", BELGRADE);
    const b = parsePlannedSession("3.12.2026 10:30 Biblioteka", BELGRADE);
    expect(a).toEqual({ at: at("2026-12-03T09:30:00Z"), place: "Biblioteka" });
    expect(b).toEqual(a);
    expect(formatLocal(a?.at ?? 0, BELGRADE)).toBe("2026-12-03 10:30");
    expect(parsePlannedSession("2026-07-03 10:30 Sala", BELGRADE)?.at).toBe(at("2026-07-03T08:30:00Z"));
  });

  it.each(["tomorrow at ten", "2026-02-31 10:00 X", "2026-12-03 25:00 X", "31.13.2026 10:00"])(
    "rejects %s",
    (text) => {
      expect(parsePlannedSession(text, BELGRADE)).toBeNull();
    },
  );
});

describe("offsets across a clock change (kept per quarter hour)", () => {
  it.each([
    // Belgrade springs forward at 01:00 UTC on 2026-03-29 and falls back at 01:00 UTC on 2026-10-25.
    ["2026-03-29T00:59:59.999Z", BELGRADE, 60],
    ["2026-03-29T01:00:00Z", BELGRADE, 120],
    ["2026-10-25T00:59:59.999Z", BELGRADE, 120],
    ["2026-10-25T01:00:00Z", BELGRADE, 60],
    // A zone a quarter hour off the hour, and its own clock change (03:45 → 02:45 local on 2026-04-05).
    ["2026-04-04T13:59:59.999Z", "Pacific/Chatham", 825],
    ["2026-04-04T14:00:00Z", "Pacific/Chatham", 765],
  ])("%s in %s is %i minutes ahead of UTC", (iso, zone, minutes) => {
    // Asked twice, from both sides of the instant, so a cached neighbour cannot answer for it.
    for (const probe of [at(iso) - 60_000, at(iso) + 60_000, at(iso)]) offsetMinutes(probe, zone);
    expect(offsetMinutes(at(iso), zone)).toBe(minutes);
  });
});
