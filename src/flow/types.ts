/** The shape of flows/*.json (mirrored by flows/flow.schema.json for editors). */

/** Step id → allowed option ids; `$route` tests the route the answers so far lead to. */
export type Condition = Record<string, string[]>;

export interface ChoiceOption {
  id: string;
  /** Fluent message id of the button label. */
  label: string;
  /** Overrides the step's `next` for this answer. */
  next?: string;
  /** A help card shown at once, before anything else, when this answer is chosen. */
  card?: CardKind;
}

export type CardKind = "emergency" | "helpline" | "referral";

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

export type Route = "mediation" | "staff" | "protection" | "wellbeing";
export type Urgency = "urgent" | "high" | "normal";
export const ROUTES: readonly Route[] = ["mediation", "staff", "protection", "wellbeing"];
export const URGENCIES: readonly Urgency[] = ["urgent", "high", "normal"];

export interface RoutingRule {
  when: Condition;
  route: Route;
  urgency: Urgency;
}

export interface Routing {
  rules: RoutingRule[];
}

export type Country = "XK" | "AL" | "MK";
export const COUNTRIES: readonly Country[] = ["XK", "AL", "MK"];

export interface DirectoryEntry {
  label: string;
  number?: string;
  hours: string;
}

export interface CountryDirectory {
  timeZone: string;
  emergency: DirectoryEntry[];
  helpline: DirectoryEntry[];
  referral: DirectoryEntry[];
}

export interface Directory {
  countries: Record<Country, CountryDirectory>;
}
