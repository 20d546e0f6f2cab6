/**
 * `npm run setup -- https://<your-worker>.workers.dev` — points Telegram at the deployed Worker and
 * installs the bot's descriptions and command menus in every language. Reads BOT_TOKEN, WEBHOOK_SECRET, ADMIN_IDS (and optionally
 * TELEGRAM_API_ROOT) from the environment or from .dev.vars; prints what it did, never the secrets.
 */
import { existsSync, readFileSync } from "node:fs";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { ADMIN_COMMANDS, ALLOWED_UPDATES, STUDENT_COMMANDS } from "../src/bot/commands.ts";

const root = new URL("../", import.meta.url);
const fileVars: Record<string, string> = {};
if (existsSync(new URL(".dev.vars", root))) {
  for (const line of readFileSync(new URL(".dev.vars", root), "utf8").split("\n")) {
    const m = /^\s*([A-Z_]+)\s*=\s*"?([^"]*)"?\s*$/.exec(line);
    if (m?.[1]) fileVars[m[1]] = m[2] ?? "";
  }
}
const v = (name: string) => process.env[name] ?? fileVars[name] ?? "";

const workerUrl = process.argv[2];
const token = v("BOT_TOKEN");
const secret = v("WEBHOOK_SECRET");
const apiRoot = v("TELEGRAM_API_ROOT") || "https://api.telegram.org";
const problems = [
  ...(workerUrl?.startsWith("https://") ? [] : ["usage: npm run setup -- https://<your-worker>.workers.dev"]),
  ...(token ? [] : ["BOT_TOKEN is not set (environment or .dev.vars)"]),
  ...(secret ? [] : ["WEBHOOK_SECRET is not set (environment or .dev.vars)"]),
];
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}

async function call(method: string, payload: unknown): Promise<void> {
  const res = await fetch(`${apiRoot}/bot${token}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(payload),
  });
  const body = (await res.json()) as { ok: boolean; description?: string };
  if (!body.ok) throw new Error(`${method} failed: ${body.description ?? res.status}`);
}

const bundles = new Map<string, FluentBundle>();
for (const locale of ["sq", "sr", "mk", "en"]) {
  const bundle = new FluentBundle(locale, { useIsolating: false });
  bundle.addResource(new FluentResource(readFileSync(new URL(`locales/${locale}.ftl`, root), "utf8")));
  bundles.set(locale, bundle);
}
const text = (locale: string, id: string): string | undefined => {
  const bundle = bundles.get(locale) as FluentBundle;
  const message = bundle.getMessage(id);
  return message?.value ? bundle.formatPattern(message.value) : undefined;
};
const menu = (locale: string, commands: typeof STUDENT_COMMANDS) =>
  commands.map(([command, id]) => ({ command, description: text(locale, id) ?? command }));

await call("setWebhook", {
  url: `${workerUrl?.replace(/\/$/, "")}/telegram/webhook`,
  secret_token: secret,
  allowed_updates: ALLOWED_UPDATES,
  max_connections: 40,
});
console.log(`webhook → ${workerUrl}/telegram/webhook (allowed updates: ${ALLOWED_UPDATES.join(", ")})`);

const admins = v("ADMIN_IDS")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);
for (const locale of ["en", "sq", "sr", "mk"]) {
  // English is also the menu for every language Ura does not speak (no language_code).
  const languages = locale === "en" ? [undefined, "en"] : [locale];
  for (const language_code of languages) {
    // What a student sees before pressing Start (description) and on the bot's profile (short).
    await call("setMyDescription", { description: text(locale, "bot-description"), language_code });
    await call("setMyShortDescription", {
      short_description: text(locale, "bot-short-description"),
      language_code,
    });
    await call("setMyCommands", {
      commands: menu(locale, STUDENT_COMMANDS),
      scope: { type: "all_private_chats" },
      language_code,
    });
    for (const chat_id of admins) {
      await call("setMyCommands", {
        commands: menu(locale, ADMIN_COMMANDS),
        scope: { type: "chat", chat_id: Number(chat_id) },
        language_code,
      });
    }
  }
}
console.log(
  `descriptions and command menus set in sq, sr, mk, en for students and ${admins.length} admin(s)`,
);
