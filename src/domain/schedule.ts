/**
 * Reading "2026-12-03 10:30 Library" or "3.12.2026 10:30 Library" as a school-local time and a
 * place. Pure; the time zone comes from the school's country.
 */
import { offsetMinutes } from "./time.ts";

export interface PlannedSession {
  at: number;
  place: string;
}

export function parsePlannedSession(text: string, timeZone: string): PlannedSession | null {
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T]+(\d{1,2})[:.](\d{2})\s*(.*)$/s.exec(text);
  const local = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\.?\s+(\d{1,2})[:.](\d{2})\s*(.*)$/s.exec(text);
  const parts = iso
    ? { y: iso[1], m: iso[2], d: iso[3], h: iso[4], mi: iso[5], place: iso[6] }
    : local
      ? { y: local[3], m: local[2], d: local[1], h: local[4], mi: local[5], place: local[6] }
      : null;
  if (!parts) return null;
  const [y, m, d, h, mi] = [parts.y, parts.m, parts.d, parts.h, parts.mi].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const at = zonedToUtc(y, m, d, h, mi, timeZone);
  const check = new Date(at + offsetMinutes(at, timeZone) * 60_000);
  if (check.getUTCDate() !== d) return null; // 31 February and friends
  return { at, place: (parts.place ?? "").trim().slice(0, 200) };
}

export function zonedToUtc(y: number, m: number, d: number, h: number, mi: number, timeZone: string): number {
  const guess = Date.UTC(y, m - 1, d, h, mi);
  const first = guess - offsetMinutes(guess, timeZone) * 60_000;
  // Around a DST change the offset at the guess and at the result can differ: one correction.
  return guess - offsetMinutes(first, timeZone) * 60_000;
}

/** "2026-12-03 10:30" in the school's zone: language-neutral, shown back to student and adviser. */
export function formatLocal(at: number, timeZone: string): string {
  const local = new Date(at + offsetMinutes(at, timeZone) * 60_000);
  return local.toISOString().slice(0, 16).replace("T", " ");
}
