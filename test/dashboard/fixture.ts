/** A TrendsView as the view module makes one, written out by hand: some cells shown, some hidden. */
import { lastMonths, month, previousMonth } from "../../src/domain/trends/periods.ts";
import type { Shown, TrendsView } from "../../src/domain/trends/types.ts";

const H: Shown = { hidden: true };
const n = (x: number): Shown => ({ n: x });

export function fixtureView(monthId = "2026-11", over: Partial<TrendsView> = {}): TrendsView {
  const period = month(monthId);
  return {
    scope: { kind: "school", id: "PRZ2XK", name: "Shkolla “Ismail Qemali”" },
    period,
    previous: month(previousMonth(monthId)),
    threshold: 5,
    tooFew: false,
    total: n(41),
    previousTotal: n(33),
    weeks: period.weeks.map((week, i) => ({ week, count: i === 1 ? H : n(8 + i) })),
    months: lastMonths(monthId, 12).map((period, i) => ({ period, count: i < 3 ? H : n(20 + i) })),
    breakdowns: [
      {
        dimension: "category",
        cells: [
          { value: "conflict", count: n(17) },
          { value: "insults", count: n(12) },
          { value: "selfharm", count: H },
          { value: "sexual", count: H },
        ],
      },
      {
        dimension: "place",
        cells: [
          { value: "class", count: n(21) },
          { value: "yard", count: n(11) },
          { value: "none", count: H },
        ],
      },
      {
        dimension: "route",
        cells: [
          { value: "mediation", count: n(29) },
          { value: "protection", count: H },
        ],
      },
      {
        dimension: "urgency",
        cells: [
          { value: "normal", count: n(33) },
          { value: "urgent", count: H },
        ],
      },
      {
        dimension: "outcome",
        cells: [
          { value: "agreement", count: n(9) },
          { value: "no-agreement", count: H },
        ],
      },
      { dimension: "checkIn", cells: [] },
    ],
    medianResponseDays: 1,
    medianResolveDays: 7,
    urgentShare: null,
    open: [
      { status: "new", count: H },
      { status: "taken", count: n(6) },
      { status: "mediation", count: n(5) },
    ],
    openAge: [
      { age: "0-1", count: H },
      { age: "2-7", count: n(7) },
      { age: "8-30", count: H },
      { age: "31+", count: n(0) },
    ],
    ...over,
  };
}
