/** The shape of flows/*.json (mirrored by flows/flow.schema.json for editors). */
import type { CardKind } from "../domain/country.ts";
import type { Condition } from "../domain/routing.ts";

/** A step's condition may also test `$route`: the route the answers so far lead to. */
export type { CardKind, Condition };

export interface ChoiceOption {
  id: string;
  /** Fluent message id of the button label. */
  label: string;
  /** Overrides the step's `next` for this answer. */
  next?: string;
  /** A help card shown at once, before anything else, when this answer is chosen. */
  card?: CardKind;
}

interface StepBase {
  prompt: string;
  /** The step is asked only when this holds; otherwise the flow goes on to its `next`. */
  when?: Condition;
  next: string;
}

export interface ChoiceStep extends StepBase {
  type: "choice";
  options: ChoiceOption[];
}

export interface SummaryStep extends StepBase {
  type: "summary";
}

/** Waits for a message (text, or a photo with caption): the last step, whose answer sends the report. */
export interface MessageStep extends StepBase {
  type: "message";
  maxLength: number;
  acceptsPhoto?: boolean;
  optional?: boolean;
}

export type Step = ChoiceStep | SummaryStep | MessageStep;

export interface Flow {
  id: string;
  start: string;
  expiresAfterHours: number;
  steps: Record<string, Step>;
}

export const SUBMIT = "$submit";
