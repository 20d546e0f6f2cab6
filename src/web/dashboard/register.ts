/**
 * GET /dashboard/register.csv?from=YYYY-MM-DD&to=YYYY-MM-DD: the school's case register for its
 * country's system, for the school's principal only — one row per case with dates by day and no
 * words or identity (domain/register.ts). Partners and admins see trends, not case rows: the duty
 * to record cases is the school's. The period defaults to this school year until today.
 */
import { Hono } from "hono/tiny";
import { type RegisterRow, registerCsv, registerPeriod } from "../../domain/register.ts";
import { localIsoDay } from "../../domain/time.ts";
import { deskOf } from "../../storage/desk/client.ts";
import type { AppEnv } from "../app-env.ts";
import { type Words, wordsFor } from "./labels.ts";
import { signedIn } from "./pages.ts";
import { noStore } from "./respond.ts";
import { chosenLocale } from "./viewer.ts";

/** Column titles and values in the principal's language: the dashboard's words where they exist. */
const TITLES: Record<keyof RegisterRow, string> = {
  code: "register-col-code",
  category: "dash-col-category",
  place: "dash-col-place",
  route: "dash-col-route",
  urgency: "dash-col-urgency",
  sent: "register-col-sent",
  taken: "register-col-taken",
  closed: "register-col-closed",
  status: "dash-col-status",
  outcome: "dash-col-outcome",
  referral: "register-col-referral",
};
const AS_IS = new Set(["code", "sent", "taken", "closed"]);

export function registerLabel(words: Words) {
  return (column: string, value?: string): string => {
    if (value === undefined) return words.t(TITLES[column as keyof RegisterRow] ?? column);
    if (AS_IS.has(column)) return value;
    if (column === "referral") return words.capital(words.t(`event-referred-${value}`));
    return words.value(column, value);
  };
}

export const register = new Hono<AppEnv>().get("/register.csv", async (c) => {
  noStore(c);
  const who = await signedIn(c);
  if (!who) return c.text("Sign in first: open the dashboard from Telegram.", 401);
  const services = c.get("services");
  const words = wordsFor(chosenLocale(c.req.query("lang"), who.viewer), services.config.trendsMinCell);
  const viewer = who.viewer;
  if (viewer.kind !== "principal") return c.text(words.t("register-principals-only"), 403);
  const desk = deskOf(services.env, viewer.school, services.deskCalls);
  const school = await desk.school();
  if (!school) return c.text(words.t("dash-not-found"), 404);
  const today = localIsoDay(services.now(), school.timeZone);
  const period = registerPeriod(c.req.query("from"), c.req.query("to"), today);
  if (!period.ok) return c.text(words.t(`register-${period.reason}`), 400);
  const rows = await desk.register(period.from, period.to);
  c.header(
    "Content-Disposition",
    `attachment; filename="ura-register-${viewer.school}-${period.from}-${period.to}.csv"`,
  );
  return c.body(registerCsv(rows, registerLabel(words)), 200, { "Content-Type": "text/csv; charset=utf-8" });
});
