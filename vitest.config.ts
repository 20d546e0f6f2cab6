import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

/** Tests run inside workerd against miniflare's KV (storage is isolated per test file). */
export default defineConfig({
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
          CLAIM_SETTLE_MS: "40",
        },
      },
    }),
  ],
  test: {
    include: ["test/**/*.test.ts"],
  },
});
