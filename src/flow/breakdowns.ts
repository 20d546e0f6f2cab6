/**
 * Every value each trends breakdown lists, in the order a reader expects (the flow's): views list
 * them whether or not a month had any, so the rows — and what suppression decides about them — do
 * not shift as data arrives. The dashboard, /trends and the principals' digest use the same lists.
 */
import type { Dimension } from "../domain/trends/types.ts";
import { ROUTES, URGENCIES } from "../domain/routing.ts";
import { reportFlow } from "./registry.ts";

const optionsOf = (step: string): string[] => {
  const s = reportFlow().steps[step];
  return s?.type === "choice" ? s.options.map((o) => o.id) : [];
};

let cached: Partial<Record<Dimension, readonly string[]>> | undefined;

export function breakdownValues(): Partial<Record<Dimension, readonly string[]>> {
  cached ??= {
    category: optionsOf("what"),
    // Self-harm reports are not asked where: their place is "none".
    place: [...optionsOf("where"), "none"],
    route: ROUTES,
    urgency: URGENCIES,
    outcome: ["agreement", "no-agreement", "not-suitable", "referred-external", "withdrawn", "expired"],
    checkIn: ["better", "not-better"],
  };
  return cached;
}
