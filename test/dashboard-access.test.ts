/**
 * Who sees what on the dashboard: a principal their school, a partner its schools (each and
 * together), a programme admin everything; a lead or an adviser a kind page, anyone else a 403 —
 * and none of those refusals carries a figure.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { translate } from "../src/i18n/translate.ts";
import { keys } from "../src/storage/keys.ts";
import { countsOf, facts, gather, lastMonth } from "./dashboard/counts.ts";
import { ADMIN, get, putMember, putPartner, signIn, textOf } from "./dashboard/helpers.ts";
import { SCHOOLS, seedSchools } from "./support/schools.ts";

const [XK, AL, MK] = [SCHOOLS.XK, SCHOOLS.AL, SCHOOLS.MK];
const ID = {
  principal: 810001,
  principalAL: 810002,
  lead: 810003,
  adviser: 810004,
  partner: 810005,
  stranger: 810006,
};
const cookies: Record<string, string> = {};

beforeAll(async () => {
  await seedSchools();
  const m = lastMonth();
  await gather(XK, countsOf(facts(m, 30)));
  await gather(AL, countsOf(facts(m, 12, { category: "insults" })));
  await gather(MK, countsOf(facts(m, 3)));
  await putMember(ID.principal, "principal", XK.code);
  await putMember(ID.principalAL, "principal", AL.code);
  await putMember(ID.lead, "lead", XK.code);
  await putMember(ID.adviser, "adviser", XK.code);
  await putPartner(ID.partner, [XK.code]);
  for (const [who, id] of Object.entries({ ...ID, admin: ADMIN })) cookies[who] = await signIn(id);
});

const status = async (who: string, path: string) => (await get(path, cookies[who])).status;
const muni = (s: typeof XK) => `/dashboard/municipality/${s.country}/${encodeURIComponent(s.municipality)}`;
const t = (id: string, args?: Record<string, string>) => translate("en", id, args);

/** A refusal shows no chart, no table and no number but the ones in its sentence. */
async function refused(who: string, path: string, text: string, code = 403) {
  const res = await get(path, cookies[who]);
  expect(res.status, `${who} ${path}`).toBe(code);
  const html = await res.text();
  expect(textOf(html)).toContain(text);
  expect(html).not.toMatch(/<svg|<table/);
}

describe("a principal", () => {
  it("sees their own school, as their home page and by its address, and its CSV", async () => {
    const home = await get("/dashboard", cookies.principal);
    expect(home.status).toBe(200);
    expect(textOf(await home.text())).toContain(XK.name);
    expect(await status("principal", `/dashboard/school/${XK.code}`)).toBe(200);
    expect(await status("principal", `/dashboard/school/${XK.code}.csv`)).toBe(200);
  });

  it("sees no other school, no municipality, country or programme — not as CSV either", async () => {
    for (const path of [
      `/dashboard/school/${AL.code}`,
      `/dashboard/school/${AL.code}.csv`,
      muni(XK),
      `/dashboard/country/XK`,
      "/dashboard/programme",
      "/dashboard/partner",
    ])
      await refused("principal", path, t("dash-forbidden-scope"));
  });

  it("loses access the moment they are no principal any more", async () => {
    const cookie = await signIn(810099);
    await putMember(810099, "principal", MK.code);
    expect((await get("/dashboard", cookie)).status).toBe(200);
    await env.KV.delete(keys.member(810099));
    expect((await get("/dashboard", cookie)).status).toBe(403);
  });
});

describe("a partner NGO's member", () => {
  it("sees its schools together, and each of them", async () => {
    const home = await get("/dashboard", cookies.partner);
    expect(home.status).toBe(200);
    expect(textOf(await home.text())).toContain(t("dash-scope-partner", { name: "Partner NGO" }));
    expect(await status("partner", "/dashboard/partner")).toBe(200);
    expect(await status("partner", `/dashboard/school/${XK.code}`)).toBe(200);
    expect(await status("partner", "/dashboard/partner.csv")).toBe(200);
  });

  it("sees no school outside its set, and no municipality, country or the programme", async () => {
    for (const path of [
      `/dashboard/school/${AL.code}`,
      `/dashboard/school/${MK.code}.csv`,
      muni(XK),
      "/dashboard/country/XK",
      "/dashboard/programme",
    ])
      await refused("partner", path, t("dash-forbidden-scope"));
  });
});

describe("a programme admin", () => {
  it("sees the programme, each country, each municipality and each school", async () => {
    const home = await get("/dashboard", cookies.admin);
    expect(home.status).toBe(200);
    expect(textOf(await home.text())).toContain(t("dash-scope-programme"));
    for (const path of [
      "/dashboard/programme",
      "/dashboard/country/XK",
      "/dashboard/country/AL",
      "/dashboard/country/MK",
      muni(XK),
      muni(AL),
      muni(MK),
      `/dashboard/school/${XK.code}`,
      `/dashboard/school/${AL.code}`,
      `/dashboard/school/${MK.code}`,
      "/dashboard/programme.csv",
    ])
      expect(await status("admin", path), path).toBe(200);
  });

  it("is told plainly about a page that does not exist", async () => {
    await refused("admin", "/dashboard/school/NOPE22", t("dash-not-found"), 404);
    await refused("admin", "/dashboard/country/DE", t("dash-not-found"), 404);
    await refused("admin", "/dashboard/elsewhere/x/y/z", t("dash-not-found"), 404);
  });
});

describe("everyone else", () => {
  it("a lead and an adviser get a kind page that says who can see trends", async () => {
    for (const who of ["lead", "adviser"]) {
      await refused(who, "/dashboard", t("dash-not-for-staff"));
      await refused(who, `/dashboard/school/${XK.code}`, t("dash-forbidden"));
    }
  });

  it("a stranger with genuine Telegram data gets a 403 and no data", async () => {
    await refused("stranger", "/dashboard", t("dash-forbidden"));
    await refused("stranger", "/dashboard/programme", t("dash-forbidden"));
    await refused("stranger", `/dashboard/school/${XK.code}.csv`, t("dash-forbidden"));
  });

  it("without a session, the boot page signs in from Telegram (or says how); CSV is refused", async () => {
    const res = await get("/dashboard/programme");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(textOf(html)).toContain(t("dash-open-in-telegram"));
    expect(html).toContain("tgWebAppData");
    expect(html).not.toMatch(/<svg|<table/);
    expect((await get("/dashboard/programme.csv")).status).toBe(401);
  });

  it("outside the playground, its signed Telegram launch does not exist", async () => {
    for (const who of ["principal", "admin", "1000004"])
      expect((await get(`/dashboard/dev/${who}`)).status).toBe(404);
  });
});
