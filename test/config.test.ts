import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ConfigError, type Env, parseConfig } from "../src/config.ts";

const valid: Env = {
  KV: env.KV,
  BOT_TOKEN: "123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345",
  BOT_USERNAME: "ura_school_bot",
  WEBHOOK_SECRET: "a-long-webhook-secret_0123",
  PSEUDONYM_KEY: "p".repeat(40),
  SEAL_KEY: "s".repeat(40),
  ADMIN_IDS: "11, 22",
};

describe("config", () => {
  it("parses a valid configuration", () => {
    const config = parseConfig(valid);
    expect(config.playground).toBe(false);
    expect([...config.adminIds]).toEqual([11, 22]);
    expect(config.retentionDays).toBe(180);
    expect(config.apiRoot).toBeUndefined();
  });

  it("names every problem at once", () => {
    const bad: Env = {
      ...valid,
      BOT_USERNAME: "@x",
      WEBHOOK_SECRET: "short",
      ADMIN_IDS: "12,abc",
      SEAL_KEY: undefined,
      RETENTION_DAYS: "two",
      TELEGRAM_API_ROOT: "not a url",
    };
    let error: unknown;
    try {
      parseConfig(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join("\n");
    for (const name of [
      "BOT_USERNAME",
      "WEBHOOK_SECRET",
      "ADMIN_IDS",
      "SEAL_KEY",
      "RETENTION_DAYS",
      "TELEGRAM_API_ROOT",
    ]) {
      expect(problems).toContain(name);
    }
    expect((error as ConfigError).problems).toHaveLength(6);
    expect((error as Error).message).toMatch(/^Invalid configuration:/);
  });

  it("reports a missing KV binding", () => {
    expect(() => parseConfig({ ...valid, KV: undefined as unknown as KVNamespace })).toThrow(/KV/);
  });

  it("runs as the playground without a token, with dev-only keys, and never mixes the two", () => {
    const config = parseConfig({ KV: env.KV });
    expect(config.playground).toBe(true);
    expect(config.pseudonymKey).toContain("playground-only");
    expect(config.adminIds.size).toBe(1);
    // A real token without secrets is an error, not a silent fallback to dev keys.
    expect(() => parseConfig({ KV: env.KV, BOT_TOKEN: valid.BOT_TOKEN })).toThrow(ConfigError);
    // And a deployment that lost its token does not turn into an open playground over real keys.
    expect(() => parseConfig({ ...valid, BOT_TOKEN: "" })).toThrow(
      /BOT_TOKEN is missing but SEAL_KEY is set/,
    );
  });
});
