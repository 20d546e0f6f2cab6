/**
 * The trends pages: /dashboard (the viewer's own scope) and /dashboard/<scope>[.csv]?month=…&lang=….
 * Without a session, the boot page signs in from Telegram's initData (or says how to get in);
 * with one, the viewer is looked up and the scope checked against what they may see — a lead or an
 * adviser gets a kind page saying who can see trends, anyone else a 403 without a single figure.
 */
import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { schoolYearStart } from "../../domain/register.ts";
import { localIsoDay } from "../../domain/time.ts";
import { toCsv } from "../../domain/trends/csv.ts";
import type { AppEnv } from "../app-env.ts";
import { loadScope } from "./data.ts";
import { wordsFor } from "./labels.ts";
import { monthAsked, pageModel } from "./model.ts";
import { TRENDS_ZONE } from "../../domain/trends/periods.ts";
import { BootPage, NoticePage } from "./notices.tsx";
import { TrendsPage } from "./page.tsx";
import { REGISTER_PATH } from "./register-path.ts";
import { frameFor, guessFrame, noStore, page } from "./respond.ts";
import { DASHBOARD, parseScopePath, type ScopeRef, scopePath } from "./scopes.ts";
import { readSession, type Session, sessionCookieOf } from "./session.ts";
import { chosenLocale, homeOf, mayView, type Viewer, viewerOf } from "./viewer.ts";

export interface SignedIn {
  session: Session;
  viewer: Viewer;
}

export async function signedIn(c: Context<AppEnv>): Promise<SignedIn | null> {
  const services = c.get("services");
  const session = await readSession(services.config.pseudonymKey, sessionCookieOf(c), services.now());
  if (!session) return null;
  return { session, viewer: await viewerOf(services, session, c.req.header("Accept-Language")) };
}

/** The boot page: it signs in from Telegram's data, or says how to open the dashboard. */
function boot(c: Context<AppEnv>, csv: boolean) {
  if (csv) {
    noStore(c);
    return c.text("Sign in first: open the dashboard from Telegram.", 401);
  }
  const { frame, words } = guessFrame(c);
  // 200, not 401: it is the way in (a Mini App's first page), not an error, and holds nothing.
  return page(c, frame, BootPage({ frame, words, ended: sessionCookieOf(c) !== undefined }));
}

async function show(c: Context<AppEnv>, who: SignedIn | null, ref: ScopeRef | null, csv: boolean) {
  if (!who) return boot(c, csv);
  const { session, viewer } = who;
  const services = c.get("services");
  const locale = chosenLocale(c.req.query("lang"), viewer);
  const words = wordsFor(locale, services.config.trendsMinCell);
  const frame = frameFor(locale, session.theme);
  const refuse = (id: string, status: 403 | 404) =>
    page(c, frame, NoticePage({ frame, words, text: words.t(id), signedIn: true }), status);
  const scope = ref ?? homeOf(viewer);
  if (!scope) return refuse(viewer.kind === "staff" ? "dash-not-for-staff" : "dash-forbidden", 403);
  if (!mayView(viewer, scope)) return refuse(homeOf(viewer) ? "dash-forbidden-scope" : "dash-forbidden", 403);
  const month = monthAsked(c.req.query("month"), services.now());
  const loaded = await loadScope(services, viewer, scope, month, words);
  if (!loaded) return refuse("dash-not-found", 404);
  if (csv) {
    noStore(c);
    const name = `ura-${scope.kind}-${scope.id.replace(/[^A-Za-z0-9]+/g, "-")}-${month}.csv`;
    c.header("Content-Disposition", `attachment; filename="${name}"`);
    return c.body(toCsv(loaded.view, words.t, words.value), 200, {
      "Content-Type": "text/csv; charset=utf-8",
    });
  }
  const lang = c.req.query("lang") === locale ? locale : undefined;
  const model = pageModel(
    loaded,
    scope,
    { path: scopePath(scope), month, ...(lang ? { lang } : {}) },
    services.now(),
    words,
  );
  const own = viewer.kind === "principal" && scope.kind === "school" && scope.id === viewer.school;
  if (own) {
    const today = localIsoDay(services.now(), TRENDS_ZONE);
    model.register = {
      action: REGISTER_PATH,
      from: schoolYearStart(today),
      to: today,
      ...(lang ? { lang } : {}),
    };
  }
  return page(c, frame, TrendsPage({ frame, model }));
}

export const pages = new Hono<AppEnv>()
  .get("/", async (c) => show(c, await signedIn(c), null, false))
  .get("/*", async (c) => {
    const rest = new URL(c.req.url).pathname.slice(DASHBOARD.length + 1);
    const who = await signedIn(c);
    const parsed = parseScopePath(rest, who?.viewer.id ?? 0);
    if (!parsed) {
      const { frame, words } = guessFrame(c);
      return page(c, frame, NoticePage({ frame, words, text: words.t("dash-not-found") }), 404);
    }
    return show(c, who, parsed.scope, parsed.csv);
  });
