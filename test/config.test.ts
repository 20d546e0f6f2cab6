import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { app } from "../src/app.ts";
import { ConfigError, type Env, parseConfig } from "../src/config.ts";

const valid: Env = {
  KV: env.KV,
  DESK: env.DESK,
  PROGRAMME: env.PROGRAMME,
  NOTICES: env.NOTICES,
  BOT_TOKEN: "123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345",
  BOT_USERNAME: "ura_school_bot",
  WEBHOOK_SECRET: "a-long-webhook-secret_0123",
  PSEUDONYM_KEY: "p".repeat(40),
  SEAL_KEY: "s".repeat(40),
  ADMIN_IDS: "11, 22",
};

/** The bindings alone: what a deployment that lost every variable still has. */
const bindings: Env = { KV: env.KV, DESK: env.DESK, PROGRAMME: env.PROGRAMME, NOTICES: env.NOTICES };

function problemsOf(config: Env): string[] {
  try {
    parseConfig(config);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as Error).message).toMatch(/^Invalid configuration:/);
    return (e as ConfigError).problems;
  }
  throw new Error("the configuration was accepted");
}

describe("config", () => {
  it("parses a valid configuration, with safe defaults", () => {
    const config = parseConfig(valid);
    expect(config.playground).toBe(false);
    expect([...config.adminIds]).toEqual([11, 22]);
    expect(config.retentionDays).toBe(180);
    expect(config.apiRoot).toBeUndefined();
    // A real school's non-urgent notices wait for the hour (their arrival must not date a report).
    expect(config.holdNotices).toBe(true);
    expect(config.sealKeys).toEqual({ current: { id: "1", secret: "s".repeat(40) }, retired: [] });
    expect(config.retiredPseudonymKeys).toEqual([]);
  });

  it("reads the keys a rotation retired", () => {
    const old = "o".repeat(40);
    const config = parseConfig({
      ...valid,
      SEAL_KEY_ID: "k2",
      RETIRED_SEAL_KEYS: `k1:${old}`,
      RETIRED_PSEUDONYM_KEYS: `p1:${old}`,
    });
    expect(config.sealKeys).toEqual({
      current: { id: "k2", secret: "s".repeat(40) },
      retired: [{ id: "k1", secret: old }],
    });
    expect(config.retiredPseudonymKeys).toEqual([old]);
    // A retired key under the current id would open new values with the wrong key.
    expect(problemsOf({ ...valid, RETIRED_SEAL_KEYS: `1:${old}` }).join()).toContain("SEAL_KEY_ID");
  });

  it("names every problem at once", () => {
    const problems = problemsOf({
      ...valid,
      DESK: undefined as unknown as Env["DESK"],
      NOTICES: undefined as unknown as Env["NOTICES"],
      BOT_USERNAME: "@x",
      WEBHOOK_SECRET: "short",
      ADMIN_IDS: "12,abc",
      SEAL_KEY: undefined,
      SEAL_KEY_ID: "not an id",
      RETIRED_SEAL_KEYS: "k1:short",
      RETIRED_PSEUDONYM_KEYS: "no-colon",
      RETENTION_DAYS: "two",
      HOLD_NOTICES: "maybe",
      NOTICE_RETRY_SECONDS: "0",
      TELEGRAM_API_ROOT: "not a url",
    });
    const names = [
      "DESK",
      "NOTICES",
      "BOT_USERNAME",
      "WEBHOOK_SECRET",
      "ADMIN_IDS",
      "SEAL_KEY",
      "SEAL_KEY_ID",
      "RETIRED_SEAL_KEYS",
      "RETIRED_PSEUDONYM_KEYS",
      "RETENTION_DAYS",
      "HOLD_NOTICES",
      "NOTICE_RETRY_SECONDS",
      "TELEGRAM_API_ROOT",
    ];
    // One line per problem, each naming its variable.
    expect(problems).toHaveLength(names.length);
    for (const name of names)
      expect(
        problems.some((p) => p.includes(name)),
        name,
      ).toBe(true);
  });

  it("reports a missing KV binding", () => {
    expect(problemsOf({ ...valid, KV: undefined as unknown as KVNamespace }).join()).toContain("KV");
  });

  it("runs as the playground only when told so, with dev-only keys", () => {
    const config = parseConfig({ ...bindings, PLAYGROUND: "1" });
    expect(config.playground).toBe(true);
    expect(config.pseudonymKey).toContain("playground-only");
    expect(config.adminIds.size).toBe(1);
    expect(config.holdNotices).toBe(false);
  });

  it("a deployment that lost its variables fails loudly instead of becoming a playground", () => {
    expect(problemsOf(bindings).join("\n")).toMatch(/BOT_TOKEN is missing/);
    // A real token without its secrets is an error, not a silent fallback to dev keys.
    const problems = problemsOf({ ...bindings, BOT_TOKEN: valid.BOT_TOKEN });
    for (const name of ["WEBHOOK_SECRET", "PSEUDONYM_KEY", "SEAL_KEY"])
      expect(problems.join()).toContain(name);
  });

  it.each(["BOT_TOKEN", "WEBHOOK_SECRET", "PSEUDONYM_KEY", "SEAL_KEY"] as const)(
    "PLAYGROUND=1 with %s set refuses to start",
    (name) => {
      const problems = problemsOf({ ...bindings, PLAYGROUND: "1", [name]: valid[name] });
      expect(problems).toEqual([expect.stringMatching(new RegExp(`PLAYGROUND=1 but ${name} is set`))]);
    },
  );

  it("the Worker answers nothing but the configuration error when PLAYGROUND=1 meets a production secret", async () => {
    // The test Worker's own env carries real-looking secrets: adding PLAYGROUND=1 must not open a playground over them.
    const res = await app.fetch(new Request("https://ura.test/health"), { ...env, PLAYGROUND: "1" });
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: string; problems: string[] };
    expect(body.error).toBe("configuration");
    expect(body.problems.join("\n")).toContain("PLAYGROUND=1 but SEAL_KEY is set");
    const page = await app.fetch(new Request("https://ura.test/playground"), { ...env, PLAYGROUND: "1" });
    expect(page.status).toBe(500);
  });
});
