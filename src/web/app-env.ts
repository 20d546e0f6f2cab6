import type { Services } from "../bot/context.ts";
import type { Env } from "../config.ts";
import type { CountingKv } from "../storage/kv-counter.ts";

/** Hono typing shared by the route modules: the Worker's bindings and per-request services. */
export interface AppEnv {
  Bindings: Env;
  Variables: { services: Services & { kv: CountingKv } };
}
