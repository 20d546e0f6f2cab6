/**
 * `npm run setup` against a local stand-in for the Bot API: the webhook gets its secret and
 * allowed updates, and every language gets its descriptions and command menus, for students and for each admin.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A request to the fake Bot API: its path, the method (the path's last part) and its JSON body. */
interface Call {
  path: string;
  method: string;
  payload: unknown;
}

/** The bodies scripts/setup.ts posts, as far as this test reads them (the Bot API's parameters). */
interface Payloads {
  setWebhook: { url: string; secret_token: string; allowed_updates: string[] };
  setMyCommands: {
    commands: { command: string; description: string }[];
    scope: { type: string; chat_id?: number };
    language_code?: string;
  };
  setMyDescription: { description: string; language_code?: string };
  setMyShortDescription: { short_description: string; language_code?: string };
}

/** The calls of one method, their bodies read as that method's parameters. */
function callsTo<M extends keyof Payloads>(calls: Call[], method: M) {
  return calls.filter((c) => c.method === method) as { path: string; method: M; payload: Payloads[M] }[];
}

function fakeBotApi(): Promise<{ server: Server; calls: Call[]; port: number }> {
  const calls: Call[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      const path = req.url ?? "";
      calls.push({ path, method: path.split("/").at(-1) ?? "", payload: JSON.parse(body || "{}") });
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ ok: true, result: true }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, calls, port: (server.address() as AddressInfo).port }),
    ),
  );
}

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["scripts/ts.mjs", "scripts/setup.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let output = "";
    child.stdout.on("data", (d) => {
      output += d;
    });
    child.stderr.on("data", (d) => {
      output += d;
    });
    child.on("close", (code) => resolve({ code, output }));
  });
}

test("npm run setup sets the webhook and the command menus per language and scope", async () => {
  const { server, calls, port } = await fakeBotApi();
  try {
    const env = {
      BOT_TOKEN: "123456:SETUP-token-xxxxxxxxxxxxxxxxxxxx",
      WEBHOOK_SECRET: "setup-secret-0123456789",
      ADMIN_IDS: "11,22",
      TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`,
    };
    const { code, output } = await run(["https://ura.example.workers.dev/"], env);
    assert.equal(code, 0, output);
    assert.ok(
      !output.includes(env.BOT_TOKEN) && !output.includes(env.WEBHOOK_SECRET),
      "no secret is printed",
    );
    const [webhook] = callsTo(calls, "setWebhook");
    assert.ok(webhook, "the webhook is set");
    assert.deepEqual(webhook.payload.allowed_updates, ["message", "edited_message", "callback_query"]);
    assert.equal(webhook.payload.url, "https://ura.example.workers.dev/telegram/webhook");
    assert.equal(webhook.payload.secret_token, env.WEBHOOK_SECRET);
    assert.ok(webhook.path.startsWith(`/bot${env.BOT_TOKEN}/`));
    const menus = callsTo(calls, "setMyCommands");
    const students = menus.filter((c) => c.payload.scope.type === "all_private_chats");
    assert.deepEqual(students.map((c) => c.payload.language_code ?? "default").sort(), [
      "default",
      "en",
      "mk",
      "sq",
      "sr",
    ]);
    const sqStart = /^cmd-start = (.*)$/m.exec(readFileSync(`${ROOT}/locales/sq.ftl`, "utf8"))?.[1];
    const sq = students.find((c) => c.payload.language_code === "sq");
    const sqStartCommand = sq?.payload.commands.find((x) => x.command === "start");
    assert.ok(sqStartCommand, "the Albanian student menu has /start");
    assert.equal(sqStartCommand.description, sqStart);
    // The first thing a child reads, before Start: in their language, with the help number.
    const descriptions = callsTo(calls, "setMyDescription");
    assert.deepEqual(descriptions.map((c) => c.payload.language_code ?? "default").sort(), [
      "default",
      "en",
      "mk",
      "sq",
      "sr",
    ]);
    const sqDescription = /^bot-description = (.*)$/m.exec(
      readFileSync(`${ROOT}/locales/sq.ftl`, "utf8"),
    )?.[1];
    const sqDescriptionCall = descriptions.find((c) => c.payload.language_code === "sq");
    assert.ok(sqDescriptionCall, "the Albanian description is set");
    assert.equal(sqDescriptionCall.payload.description, sqDescription);
    const shorts = callsTo(calls, "setMyShortDescription");
    assert.equal(shorts.length, 5);
    assert.ok(
      shorts.every((c) => c.payload.short_description.length <= 120),
      "Telegram's limit: 120 characters",
    );
    assert.ok(
      descriptions.every((c) => c.payload.description.length <= 512),
      "Telegram's limit: 512 characters",
    );
    const admins = menus.filter((c) => c.payload.scope.type === "chat");
    assert.deepEqual([...new Set(admins.map((c) => c.payload.scope.chat_id))].sort(), [11, 22]);
    assert.ok(admins.every((c) => c.payload.commands.some((x) => x.command === "newschool")));
  } finally {
    server.close();
  }
});

test("npm run setup refuses without a URL or a token, naming what is missing", async () => {
  const { code, output } = await run([], { BOT_TOKEN: "", WEBHOOK_SECRET: "" });
  assert.notEqual(code, 0);
  assert.match(output, /usage: npm run setup/);
  assert.match(output, /BOT_TOKEN is not set/);
});
