type AppEnv = import("../src/config.ts").Env;
declare namespace Cloudflare {
  interface Env extends AppEnv {}
  interface GlobalProps {
    mainModule: typeof import("../src/index.ts");
  }
}
