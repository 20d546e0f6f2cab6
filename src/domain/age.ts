/**
 * How old a report is, as staff and the student see it: "today", "yesterday", "N days ago" —
 * never finer than a day (DESIGN, anonymity 8: a minute-exact age next to a timetable identifies
 * a child). Counted in the school's calendar days.
 */
export function ageInDays(sentDay: string, today: string): number {
  const days = Math.round((Date.parse(today) - Date.parse(sentDay)) / 86_400_000);
  return Number.isFinite(days) ? Math.max(0, days) : 0;
}
