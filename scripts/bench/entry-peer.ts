/** The peer's entry as the bench builds it: bench/peer/src/index.ts wrapped by instrument.ts. */
import peer, { type Env } from "../../bench/peer/src/index.ts";
import { instrument } from "./instrument.ts";

export default instrument<Env>(peer).handler;
