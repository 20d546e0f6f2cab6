import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

/**
 * Tests run inside workerd against miniflare's KV, Durable Objects and Queues (storage is isolated
 * per test file). Notices are not held for the hour here, and a retried one waits a second.
 */
export default defineConfig({
  // The deployed Worker's build (wrangler.toml's [define]); the playground's tests build it themselves.
  define: { URA_PLAYGROUND: "false" },
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          BOT_TOKEN: "123456:TEST-token-for-vitest-only-xxxxxxxx",
          BOT_USERNAME: "ura_test_bot",
          WEBHOOK_SECRET: "test-webhook-secret-0123456789",
          TELEGRAM_API_ROOT: "https://telegram.test",
          ADMIN_IDS: "900001,900002",
          PSEUDONYM_KEY: "test-pseudonym-key-0123456789abcdefghijklmnop",
          SEAL_KEY: "test-seal-key-0123456789abcdefghijklmnopqrstu",
          HOLD_NOTICES: "0",
          // A cron run in school hours would otherwise add the week's digest to what principals get;
          // test/trends-digest.test.ts turns it on.
          WEEKLY_DIGEST: "0",
          NOTICE_RETRY_SECONDS: "1",
          FUZZ_SEED: process.env.FUZZ_SEED ?? "",
          FUZZ_RUNS: process.env.FUZZ_RUNS ?? "",
        },
        queueConsumers: {
          "ura-notices": { maxBatchTimeout: 0, maxRetries: 3, retryDelay: 1 },
          "ura-notices-dead": { maxBatchTimeout: 0 },
        },
      },
    }),
  ],
  test: {
    // The Worker imports the playground's client bundle: build it first (runs in Node).
    globalSetup: ["./scripts/build-playground.ts"],
    include: ["test/**/*.test.ts"],
    // Script tests run under Node (`node --test`, scripts/test.mjs), browser tests in Chromium.
    exclude: ["test/node/**", "test/browser/**"],
  },
});
