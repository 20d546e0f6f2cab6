/**
 * The playground's way into the dashboard (the playground's entry only, and PLAYGROUND=1; a 404 otherwise): signs initData
 * for a persona with the playground's development bot token and sends the browser to
 * /dashboard#tgWebAppData=… — exactly what Telegram does when a web_app button is pressed — so the
 * very same boot page and validator run as in production. `?theme=dark` plays Telegram's dark theme.
 */
import { Hono } from "hono/tiny";
import type { AppEnv } from "../web/app-env.ts";
import { dataCheckString, initDataHash } from "../web/dashboard/init-data.ts";
import { DASHBOARD } from "../web/dashboard/scopes.ts";
import { PERSONAS } from "./personas.ts";

/** Telegram's own default themes (as a Mini App receives them), so the playground looks like it. */
const THEMES = {
  light: {
    bg_color: "#ffffff",
    text_color: "#000000",
    hint_color: "#999999",
    link_color: "#2481cc",
    button_color: "#2481cc",
    button_text_color: "#ffffff",
    secondary_bg_color: "#efeff3",
    accent_text_color: "#2481cc",
    section_bg_color: "#ffffff",
    subtitle_text_color: "#999999",
    destructive_text_color: "#ff3b30",
  },
  dark: {
    bg_color: "#17212b",
    text_color: "#f5f5f5",
    hint_color: "#708499",
    link_color: "#6ab3f3",
    button_color: "#5288c1",
    button_text_color: "#ffffff",
    secondary_bg_color: "#232e3c",
    accent_text_color: "#6ab2f2",
    section_bg_color: "#17212b",
    subtitle_text_color: "#708499",
    destructive_text_color: "#ec3942",
  },
} as const;

/** initData as Telegram would send it for this user now. */
export async function signInitData(
  user: Record<string, unknown>,
  botToken: string,
  now: number,
): Promise<string> {
  const fields = new Map<string, string>([
    ["query_id", `AAplayground${now.toString(36)}`],
    ["user", JSON.stringify(user)],
    ["auth_date", String(Math.floor(now / 1000))],
  ]);
  fields.set("hash", await initDataHash(dataCheckString(fields), botToken));
  return new URLSearchParams([...fields]).toString();
}

export const devLogin = new Hono<AppEnv>().get("/dev/:who", async (c) => {
  const { config, now } = c.get("services");
  if (!config.playground) return c.notFound();
  const who = c.req.param("who");
  const persona = PERSONAS.find((p) => p.role === who || String(p.id) === who);
  if (!persona) return c.notFound();
  const user = { id: persona.id, first_name: persona.first_name, language_code: persona.language_code };
  const initData = await signInitData(user, config.botToken, now());
  const theme = THEMES[c.req.query("theme") === "dark" ? "dark" : "light"];
  const fragment = new URLSearchParams({
    tgWebAppData: initData,
    tgWebAppVersion: "8.0",
    tgWebAppPlatform: "web",
    tgWebAppThemeParams: JSON.stringify(theme),
  });
  c.header("Cache-Control", "no-store");
  return c.redirect(`${DASHBOARD}#${fragment}`, 302);
});
