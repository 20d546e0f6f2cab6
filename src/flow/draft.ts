/** Time in a report's flow state: when it was started, and when its form is too old to send. */
import type { FlowState } from "./engine.ts";

/** Minutes since the epoch: the unit of FlowState.startedAt. */
export const toMinutes = (ms: number) => Math.floor(ms / 60_000);

export function isExpired(state: FlowState, nowMs: number, hours: number): boolean {
  return toMinutes(nowMs) - state.startedAt > hours * 60;
}
