type AppEnv = import("../src/config.ts").Env;
declare namespace Cloudflare {
  interface Env extends AppEnv {
    /** `FUZZ_SEED=<seed> npm test` replays a fuzz run (vitest.config.ts passes them in). */
    FUZZ_SEED?: string;
    FUZZ_RUNS?: string;
  }
  interface GlobalProps {
    mainModule: typeof import("../src/index.ts");
  }
}
