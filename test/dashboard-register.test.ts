/**
 * The school's case register (issue 11): the principal downloads one row per case for a period —
 * code, category, route, urgency, days, status, outcome, referral — in their language, without a
 * word the student wrote or anything that leads to the student; nobody else gets it; a period that
 * cannot be meant gets a clear answer.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { CaseRecord } from "../src/domain/case.ts";
import { registerOf, registerPeriod, registerRow, schoolYearStart } from "../src/domain/register.ts";
import { localIsoDay } from "../src/domain/time.ts";
import { translate } from "../src/i18n/translate.ts";
import { ADMIN, get, putMember, putPartner, signIn, textOf } from "./dashboard/helpers.ts";
import { SCHOOLS, seedSchools } from "./support/schools.ts";
import { fileCase } from "./support/seed.ts";
import { FakeTelegram } from "./support/telegram.ts";

const XK = SCHOOLS.XK;
const DAY = 86_400_000;
const ID = { principal: 820001, principalSq: 820002, lead: 820003, adviser: 820004, partner: 820005 };
const cookies: Record<string, string> = {};
const CHATS = [777_000_111, 777_000_222, 777_000_333];

function record(patch: Partial<CaseRecord>): CaseRecord {
  return {
    v: 2,
    id: "2345678923",
    school: XK.code,
    country: "XK",
    flow: "report",
    answers: { what: "insults", where: "yard", danger: "no" },
    route: "mediation",
    urgency: "normal",
    programme: false,
    status: "new",
    hour: 0,
    day: "2026-10-05",
    hasText: true,
    hasPhoto: false,
    additions: 0,
    sealed: { content: "c", contact: "k" },
    history: [{ e: "new", d: "2026-10-05" }],
    flags: 0,
    ...patch,
  };
}

describe("a case's row (pure)", () => {
  it("keeps the days it was sent, taken and closed, its outcome and referral, and nothing sealed", () => {
    const row = registerRow(
      record({
        status: "referred",
        assignee: { id: 5, name: "Drita" },
        history: [
          { e: "new", d: "2026-10-05" },
          { e: "taken", d: "2026-10-06" },
          { e: "referred-external", d: "2026-10-09" },
        ],
      }),
    );
    expect(row).toMatchObject({
      category: "insults",
      place: "yard",
      route: "mediation",
      sent: "2026-10-05",
      taken: "2026-10-06",
      closed: "2026-10-09",
      status: "referred",
      referral: "external",
    });
    expect(JSON.stringify(row)).not.toMatch(/Drita|"c"|"k"/);
  });

  it("leaves the closing day empty while a case is open, and lists a period oldest first", () => {
    const open = record({ id: "3456789234", day: "2026-10-07", status: "taken", history: [] });
    expect(registerRow(open).closed).toBe("");
    const rows = registerOf(
      [open, record({}), record({ id: "4567892345", day: "2026-11-01" })],
      "2026-10-01",
      "2026-10-31",
    );
    expect(rows.map((r) => r.sent)).toEqual(["2026-10-05", "2026-10-07"]);
  });
});

describe("the period asked for (pure, takes today)", () => {
  it("defaults to this school year until today", () => {
    expect(registerPeriod(undefined, undefined, "2026-12-02")).toEqual({
      ok: true,
      from: "2026-09-01",
      to: "2026-12-02",
    });
    expect(registerPeriod("", "", "2027-03-15")).toEqual({ ok: true, from: "2026-09-01", to: "2027-03-15" });
    expect(schoolYearStart("2026-09-01")).toBe("2026-09-01");
    expect(schoolYearStart("2026-08-31")).toBe("2025-09-01");
  });

  it("refuses impossible days, a backwards or future period and more than a year", () => {
    const today = "2026-12-02";
    expect(registerPeriod("2026-02-30", today, today)).toEqual({ ok: false, reason: "bad-day" });
    expect(registerPeriod("2026-13-01", today, today)).toMatchObject({ reason: "bad-day" });
    expect(registerPeriod("1 Sept", today, today)).toMatchObject({ reason: "bad-day" });
    expect(registerPeriod("2026-11-01", "2026-10-01", today)).toMatchObject({ reason: "backwards" });
    expect(registerPeriod("2026-12-03", "2026-12-05", today)).toMatchObject({ reason: "future" });
    expect(registerPeriod("2025-09-01", "2026-09-02", today)).toMatchObject({ reason: "too-long" });
    expect(registerPeriod("2025-09-01", "2026-09-01", today)).toMatchObject({ ok: true });
  });
});

describe("GET /dashboard/register.csv", () => {
  beforeAll(async () => {
    // Notices of the filed cases go to a fake Telegram, never out of the test.
    new FakeTelegram({ knownChatsOnly: false }).install();
    await seedSchools();
    // Two cases this school year, one from well over a year ago.
    await fileCase(XK, { route: "mediation", urgency: "normal", ageMs: 0, chat: CHATS[0] as number });
    await fileCase(XK, { route: "protection", urgency: "urgent", ageMs: 3 * DAY, chat: CHATS[1] as number });
    await fileCase(XK, { route: "staff", urgency: "high", ageMs: 500 * DAY, chat: CHATS[2] as number });
    await putMember(ID.principal, "principal", XK.code, "en");
    await putMember(ID.principalSq, "principal", SCHOOLS.AL.code, "sq");
    await putMember(ID.lead, "lead", XK.code);
    await putMember(ID.adviser, "adviser", XK.code);
    await putPartner(ID.partner, [XK.code]);
    for (const [who, id] of Object.entries({ ...ID, admin: ADMIN })) cookies[who] = await signIn(id);
  });

  const today = () => localIsoDay(Date.now(), XK.timeZone);

  it("gives the principal this school year's cases, one row each, without words or the student", async () => {
    const res = await get("/dashboard/register.csv", cookies.principal);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("text/csv");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(res.headers.get("Content-Disposition")).toContain(`ura-register-${XK.code}-`);
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines[0]).toBe(
      "Case,Category,Place,Sent to,Urgency,Reported on,Taken on,Closed on,Status,Outcome,Referral",
    );
    expect(lines).toHaveLength(3);
    expect(lines.join("\n")).toContain("Child protection (never mediation),Urgent");
    expect(lines.at(-1)).toContain(`,${today()},`);
    for (const chat of CHATS) expect(lines.join("\n")).not.toContain(String(chat));
    expect(lines.join("\n")).not.toMatch(/owner-|T\d\d:\d\d/);
  });

  it("covers the period asked for, and old cases when asked", async () => {
    const old = localIsoDay(Date.now() - 500 * DAY, XK.timeZone);
    const res = await get(`/dashboard/register.csv?from=${old}&to=${old}`, cookies.principal);
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`School staff,High,${old}`);
  });

  it("answers a period that cannot be meant with a sentence in the principal's language", async () => {
    const bad = await get("/dashboard/register.csv?from=2026-11-10&to=2026-11-01", cookies.principal);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe(translate("en", "register-backwards"));
    const long = await get("/dashboard/register.csv?from=2024-09-01&to=2026-09-01", cookies.principal);
    expect(await long.text()).toBe(translate("en", "register-too-long"));
    const junk = await get("/dashboard/register.csv?from=%3Cscript%3E", cookies.principalSq);
    expect(junk.status).toBe(400);
    expect(await junk.text()).toBe(translate("sq", "register-bad-day"));
  });

  it("writes the columns in the principal's language", async () => {
    const res = await get("/dashboard/register.csv", cookies.principalSq);
    expect(res.status).toBe(200);
    expect((await res.text()).split("\r\n")[0]).toMatch(/^Rasti,.*,Referimi$/);
  });

  it("is the principal's alone: a partner, an admin, a lead, an adviser get a refusal and no row", async () => {
    for (const who of ["partner", "admin", "lead", "adviser"]) {
      const res = await get("/dashboard/register.csv", cookies[who]);
      expect(res.status, who).toBe(403);
      expect(await res.text()).toBe(translate("en", "register-principals-only"));
    }
    const anonymous = await get("/dashboard/register.csv");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toMatch(/\d{4}-\d\d-\d\d/);
  });

  it("is offered on the principal's own page only, with this school year filled in", async () => {
    const own = await (await get("/dashboard", cookies.principal)).text();
    expect(own).toContain('action="/dashboard/register.csv"');
    expect(own).toContain(`value="${schoolYearStart(today())}"`);
    expect(textOf(own)).toContain(translate("en", "register-download"));
    for (const who of ["admin", "partner"]) {
      const page = await (await get(`/dashboard/school/${XK.code}`, cookies[who])).text();
      expect(page, who).not.toContain("register.csv");
    }
  });
});

// The desk is the register's source: the KV row and value stay as they were (no new key per export).
it("reads the desk only: no KV key is written by an export", async () => {
  const before = (await env.KV.list()).keys.length;
  await get("/dashboard/register.csv", cookies.principal);
  expect((await env.KV.list()).keys.length).toBe(before);
});
