/** The flows, routing and referral directory shipped in flows/ (bundled as JSON modules). */
import directoryJson from "../../flows/directory.json" with { type: "json" };
import reportJson from "../../flows/report.json" with { type: "json" };
import routingJson from "../../flows/routing.json" with { type: "json" };
import type { Country, CountryDirectory, Directory } from "../domain/country.ts";
import type { Routing } from "../domain/routing.ts";
import type { Flow } from "./types.ts";

// JSON modules are typed by their content; the validator (npm run flows:check, and the tests)
// is what guarantees they match these types.
export const FLOWS: readonly Flow[] = [reportJson as unknown as Flow];
export const ROUTING = routingJson as unknown as Routing;
export const DIRECTORY = directoryJson as unknown as Directory;

export function flowById(id: string): Flow | undefined {
  return FLOWS.find((f) => f.id === id);
}

export function reportFlow(): Flow {
  return FLOWS[0] as Flow;
}

export function directoryFor(country: Country): CountryDirectory {
  return DIRECTORY.countries[country];
}

/** Schools keep local time (DESIGN "Time"): the zone of the school's country. */
export function timeZoneOf(country: Country): string {
  return directoryFor(country).timeZone;
}
