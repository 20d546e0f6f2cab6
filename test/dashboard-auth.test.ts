/**
 * Getting into the dashboard: from Telegram (initData posted by the boot page) and from a desktop
 * (a one-time link valid 15 minutes) — both ending in the same signed, 15-minute session cookie.
 */
import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../src/config.ts";
import { translate } from "../src/i18n/translate.ts";
import { dashboardLink } from "../src/web/dashboard/link.ts";
import { signToken } from "../src/web/dashboard/signed.ts";
import {
  ADMIN,
  BASE,
  cookieOf,
  get,
  initDataFor,
  postAuth,
  putMember,
  signIn,
  textOf,
} from "./dashboard/helpers.ts";
import { SCHOOLS, seedSchools } from "./support/schools.ts";

const config = parseConfig(env as never);
/** Without PUBLIC_URL (whatever the test env says): links are paths. */
const cfg = { pseudonymKey: config.pseudonymKey };
const t = (id: string) => translate("en", id);
const PRINCIPAL = 830001;

beforeAll(async () => {
  await seedSchools();
  await putMember(PRINCIPAL, "principal", SCHOOLS.XK.code);
});

const post = (path: string, cookie?: string) =>
  exports.default.fetch(
    new Request(`${BASE}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: cookie ? { Cookie: cookie } : {},
    }),
  );

describe("signing in from Telegram", () => {
  it("sets a signed, 15-minute, HttpOnly cookie for the dashboard only, and goes on to the page asked for", async () => {
    const res = await postAuth(initDataFor(PRINCIPAL), {
      next: `/dashboard/school/${SCHOOLS.XK.code}?month=2026-10`,
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`/dashboard/school/${SCHOOLS.XK.code}?month=2026-10`);
    const set = res.headers.get("Set-Cookie") ?? "";
    expect(set).toMatch(/^ura_dashboard=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43};/);
    for (const part of [
      "Max-Age=900",
      "Path=/dashboard",
      "HttpOnly",
      "Secure",
      "SameSite=None",
      "Partitioned",
    ])
      expect(set).toContain(part);
    expect((await get("/dashboard", cookieOf(res))).status).toBe(200);
  });

  it("goes nowhere but a dashboard page after signing in", async () => {
    for (const next of [
      "https://evil.example/",
      "//evil.example/dashboard",
      "/dashboard/../telegram/webhook",
      "/playground",
      "/dashboard\\evil",
      "",
    ]) {
      const res = await postAuth(initDataFor(PRINCIPAL), { next });
      expect(res.headers.get("Location"), next).toBe("/dashboard");
    }
  });

  it("refuses forged, stale, another bot's and missing data, and sets no cookie", async () => {
    const cases: Array<[string, number, string]> = [
      [initDataFor(PRINCIPAL, { token: "654321:ANOTHER-bot-token-xxxxxxxxxxxxx" }), 403, "dash-forged"],
      [initDataFor(PRINCIPAL).replace("Q830001", "Q830002"), 403, "dash-forged"],
      [initDataFor(PRINCIPAL, { ago: 3700 }), 401, "dash-stale"],
      ["", 403, "dash-forged"],
      [initDataFor(PRINCIPAL).replace(/&hash=[0-9a-f]+/, ""), 403, "dash-forged"],
    ];
    for (const [data, status, text] of cases) {
      const res = await postAuth(data);
      expect(res.status).toBe(status);
      expect(res.headers.get("Set-Cookie")).toBeNull();
      expect(textOf(await res.text())).toContain(t(text));
    }
  });

  it("signs in once with the same Telegram data: presented again (replayed) it is refused, without a cookie", async () => {
    const data = initDataFor(PRINCIPAL);
    const first = await postAuth(data);
    expect(first.status).toBe(303);
    expect(first.headers.get("Set-Cookie")).toContain("ura_dashboard=");
    for (const again of [data, data]) {
      const res = await postAuth(again);
      expect(res.status).toBe(401);
      expect(res.headers.get("Set-Cookie")).toBeNull();
      expect(textOf(await res.text())).toContain(t("dash-session-ended"));
    }
    // A new opening of the Mini App (new data) signs in again.
    expect((await postAuth(initDataFor(PRINCIPAL))).status).toBe(303);
  });

  it("speaks an admin's Telegram language, and the language the viewer picks", async () => {
    const sq = await signIn(ADMIN, "sq");
    expect(textOf(await (await get("/dashboard", sq)).text())).toContain(
      translate("sq", "dash-scope-programme"),
    );
    const mk = await (await get("/dashboard?lang=mk", sq)).text();
    expect(mk).toContain('<html lang="mk">');
    expect(textOf(mk)).toContain(translate("mk", "dash-scope-programme"));
  });

  it("accepts no tampered, foreign or expired session cookie", async () => {
    const good = await signIn(PRINCIPAL);
    const [body, mac] = good.slice("ura_dashboard=".length).split(".") as [string, string];
    const wire = { u: ADMIN, t: {}, e: Date.now() + 60_000 };
    const forgedBody = btoa(JSON.stringify(wire))
      .replace(/=+$/, "")
      .replaceAll("+", "-")
      .replaceAll("/", "_");
    const link = (await dashboardLink(cfg, PRINCIPAL, Date.now())).split("/").pop() ?? "";
    const cookies = [
      `ura_dashboard=${forgedBody}.${mac}`,
      `ura_dashboard=${body}.${mac.replace(/^./, (c) => (c === "A" ? "B" : "A"))}`,
      `ura_dashboard=${link}`,
      `ura_dashboard=${await signToken(config.pseudonymKey, "dashboard-session", { u: PRINCIPAL, t: {}, e: Date.now() - 1 })}`,
      `ura_dashboard=${await signToken("another-key-0123456789abcdefghijklmnopqrstuvwxyz", "dashboard-session", wire)}`,
    ];
    for (const cookie of cookies) {
      const res = await get("/dashboard", cookie);
      // The boot page: it says the session ended, and shows nothing.
      expect(textOf(await res.text()), cookie).toContain(t("dash-session-ended"));
    }
  });

  it("sends pages that load nothing from elsewhere, run only their own inline script, and are not cached", async () => {
    const res = await get("/dashboard", await signIn(PRINCIPAL));
    const csp = res.headers.get("Content-Security-Policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'nonce-${nonce}'`);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const html = await res.text();
    // Its one script signs in from Telegram's data in the address, and keeps none of it.
    expect(html.match(/<script/g)?.length).toBe(1);
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(|@font-face/);
    expect(html).not.toMatch(/https?:\/\//);
    const bootRes = await get("/dashboard");
    const bootNonce = /'nonce-([^']+)'/.exec(bootRes.headers.get("Content-Security-Policy") ?? "")?.[1];
    const boot = await bootRes.text();
    expect(boot).toContain(`<script nonce="${bootNonce}">`);
    expect(boot).not.toContain("sessionStorage");
    expect(boot).not.toMatch(/<script[^>]+src=|https?:\/\//);
  });
});

describe("the one-time desktop link", () => {
  it("is a path (or URL) under /dashboard/link/; opening it uses nothing, its button signs in once", async () => {
    const path = await dashboardLink(cfg, PRINCIPAL, Date.now());
    expect(path).toMatch(/^\/dashboard\/link\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(await dashboardLink(cfg, PRINCIPAL, Date.now(), "https://ura.example/")).toMatch(
      /^https:\/\/ura\.example\/dashboard\/link\//,
    );
    // A preview or a prefetch (GET) shows the button and spends nothing, however often.
    for (let i = 0; i < 2; i++) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`action="${path}"`);
    }
    const used = await post(path);
    expect(used.status).toBe(303);
    expect(used.headers.get("Location")).toBe("/dashboard");
    expect((await get("/dashboard", cookieOf(used))).status).toBe(200);
    // The second use is refused and sets no cookie.
    const again = await post(path);
    expect(again.status).toBe(410);
    expect(again.headers.get("Set-Cookie")).toBeNull();
    expect(textOf(await again.text())).toContain(t("dash-link-used"));
  });

  it("refuses an expired link and a forged one", async () => {
    const expired = await dashboardLink(cfg, PRINCIPAL, Date.now() - 15 * 60_000 - 1000);
    const res = await post(expired);
    expect(res.status).toBe(410);
    expect(textOf(await res.text())).toContain(t("dash-link-expired"));
    const fresh = await dashboardLink(cfg, PRINCIPAL, Date.now());
    const token = fresh.split("/").pop() as string;
    const [body, mac] = token.split(".") as [string, string];
    const other = (await dashboardLink(cfg, ADMIN, Date.now())).split("/").pop()?.split(".")[0] as string;
    const session = (await signIn(PRINCIPAL)).slice("ura_dashboard=".length);
    for (const forged of [
      `${other}.${mac}`,
      `${body}.${mac.split("").reverse().join("")}`,
      session,
      "nonsense",
      `${body}`,
    ]) {
      const r = await post(`/dashboard/link/${forged}`);
      expect(r.status, forged).toBe(403);
      expect(r.headers.get("Set-Cookie")).toBeNull();
      expect(textOf(await r.text())).toContain(t("dash-link-invalid"));
    }
    // The genuine link still works once after all that.
    expect((await post(fresh)).status).toBe(303);
  });
});
