/** The schema of a FlowState kept in a session: what comes back from storage is checked, not cast. */
import * as v from "valibot";
import { COUNTRIES } from "../domain/country.ts";

export const FlowStateSchema = v.object({
  flow: v.string(),
  school: v.string(),
  country: v.picklist(COUNTRIES),
  nonce: v.string(),
  startedAt: v.number(),
  step: v.string(),
  answers: v.record(v.string(), v.string()),
  review: v.boolean(),
});
