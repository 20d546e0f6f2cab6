import type { Locale } from "../i18n/locales.ts";
import type { FlowState } from "./engine.ts";

/**
 * A report in progress, kept in the session only when it must outlive its buttons: on entering a
 * step that waits for a message, or on quick exit. Choice answers otherwise travel in callback data.
 */
export interface Draft {
  state: FlowState;
  locale: Locale;
}

/** Minutes since the epoch: the unit of FlowState.startedAt. */
export const toMinutes = (ms: number) => Math.floor(ms / 60_000);

export function isExpired(state: FlowState, nowMs: number, hours: number): boolean {
  return toMinutes(nowMs) - state.startedAt > hours * 60;
}
