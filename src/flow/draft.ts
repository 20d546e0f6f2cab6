import type { Locale } from "../i18n/locales.ts";
import { localDayNumber } from "../domain/time.ts";
import type { FlowState } from "./engine.ts";
import { timeZoneOf } from "./registry.ts";

/**
 * A report in progress, kept in the session only when it must outlive its buttons: on entering a
 * step that waits for a message, or on quick exit. Choice answers otherwise travel in callback data.
 */
export interface Draft {
  state: FlowState;
  locale: Locale;
  /** The form message waiting for the student's words: its buttons go once the words arrive. */
  msg?: number;
}

/** Minutes since the epoch: the unit of FlowState.startedAt. */
export const toMinutes = (ms: number) => Math.floor(ms / 60_000);

export function isExpired(state: FlowState, nowMs: number, hours: number): boolean {
  return toMinutes(nowMs) - state.startedAt > hours * 60;
}

/** The school-local day a report was started: the daily limit and "my cases" count these. */
export function dayOf(state: FlowState): number {
  return localDayNumber(state.startedAt * 60_000, timeZoneOf(state.country));
}
