/**
 * Countries the programme works in, and what a child in each can call (flows/directory.json,
 * checked by the deploying organization). The domain owns the vocabulary; the data is in flows/.
 */
export type Country = "XK" | "AL" | "MK";
export const COUNTRIES: readonly Country[] = ["XK", "AL", "MK"];

/** The help cards a child can be shown: numbers for danger now, listening lines, referral services. */
export type CardKind = "emergency" | "helpline" | "referral";

export interface DirectoryEntry {
  /** Fluent message id of the service's name. */
  label: string;
  number?: string;
  /** Fluent message id of its hours. */
  hours: string;
}

export interface CountryDirectory {
  /** Schools keep local time (DESIGN "Time"). */
  timeZone: string;
  emergency: DirectoryEntry[];
  /** Listening lines only; empty where none is confirmed. */
  helpline: DirectoryEntry[];
  referral: DirectoryEntry[];
}

export interface Directory {
  countries: Record<Country, CountryDirectory>;
}

/** 112 answers in every country the programme works in (the validator insists on it). */
export const EMERGENCY_NUMBER = "112";
