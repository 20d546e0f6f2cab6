// The Worker's Env comes from `wrangler types` (src/worker-env.d.ts); tests add what vitest passes in.
declare namespace Cloudflare {
  interface Env {
    /** `FUZZ_SEED=<seed> npm test` replays a fuzz run (vitest.config.ts passes them in). */
    FUZZ_SEED?: string;
    FUZZ_RUNS?: string;
  }
}
