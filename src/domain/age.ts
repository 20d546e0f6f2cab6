/** "3 h", "2 d": how staff see a case's age — never its exact time. */
export function ageParts(createdAt: number, now: number): { unit: "minutes" | "hours" | "days"; n: number } {
  const minutes = Math.max(0, Math.floor((now - createdAt) / 60_000));
  if (minutes < 60) return { unit: "minutes", n: minutes };
  if (minutes < 48 * 60) return { unit: "hours", n: Math.floor(minutes / 60) };
  return { unit: "days", n: Math.floor(minutes / 1440) };
}
