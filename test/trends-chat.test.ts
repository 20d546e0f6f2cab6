/**
 * Trends in the chat: /trends for each role (principal: the school, live; admin: the programme;
 * partner: its schools only; adviser: told who sees trends; student: an unknown command), with the
 * dashboard's suppression — a small category is never listed — and `/trends link`.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { dashboardButton } from "../src/bot/views/digest-view.ts";
import type { Fact } from "../src/domain/trends/types.ts";
import { keys } from "../src/storage/keys.ts";
import { checkLink } from "../src/web/dashboard/link.ts";
import { localIsoDay } from "../src/domain/time.ts";
import { reportingMonth } from "../src/domain/trends/periods.ts";
import { wordsFor } from "../src/web/dashboard/labels.ts";
import { countsOf, facts, gather } from "./dashboard/counts.ts";
import { SCHOOLS } from "./support/schools.ts";
import { ADMIN_ID, enrolSchoolStaff } from "./support/staff.ts";
import { type FakeTelegram, Person } from "./support/telegram.ts";
import { inDesk, t, useWorld } from "./support/world.ts";

let tg: FakeTelegram;
useWorld((fresh) => {
  tg = fresh;
});

const school = SCHOOLS.XK;
/** The month /trends reports on today: the last whole one during a month's first week. */
const month = () => reportingMonth(localIsoDay(Date.now(), "Europe/Belgrade"));

/** A month at the school: 12 quarrels, 9 insults, 3 left out (too few to list), 24 in all. */
const MIX = (): Fact[] => [
  ...facts(month(), 12, { category: "conflict", place: "class" }),
  ...facts(month(), 9, { category: "insults", place: "yard" }),
  ...facts(month(), 3, { category: "exclusion", place: "online" }),
];

async function intoDesk(code: string, all: Fact[]): Promise<void> {
  await inDesk(code, (sql) => {
    all.forEach((f, i) => {
      sql.exec("INSERT INTO facts (id, fact) VALUES (?, ?)", `test-${i}`, JSON.stringify(f));
    });
  });
}

const last = (id: number) => tg.textsTo(id).at(-1) ?? "";

describe("the month a summary or a page opens on (pure, takes today)", () => {
  it("is the last whole month during a month's first week, this month after", () => {
    expect(reportingMonth("2026-12-02")).toBe("2026-11");
    // 30 November falls in December's first week (trends count a week in its Thursday's month).
    expect(reportingMonth("2026-11-30")).toBe("2026-11");
    expect(reportingMonth("2026-12-06")).toBe("2026-11");
    expect(reportingMonth("2026-12-07")).toBe("2026-12");
    expect(reportingMonth("2026-12-31")).toBe("2026-12");
    expect(reportingMonth("2027-01-04")).toBe("2026-12");
    expect(reportingMonth("2027-01-11")).toBe("2027-01");
  });
});

describe("/trends in the chat", () => {
  it("shows a principal their school this month, in their language, without the small cells", async () => {
    const { principal } = await enrolSchoolStaff(tg, school.code, 5100, 1);
    await intoDesk(school.code, MIX());
    await principal.send("/trends");
    const text = last(5100);
    const words = wordsFor("sq", 5);
    expect(text).toContain(t("sq", "trends-title", { name: school.name }));
    expect(text).toContain(
      t("sq", "trends-month", {
        when: words.month(month()),
        count: "24",
        before: words.count({ hidden: true }),
      }),
    );
    expect(text).toContain(`${words.value("category", "conflict")} — 12`);
    expect(text).toContain(`${words.value("category", "insults")} — 9`);
    // Three "left out" are fewer than five: never ranked, never named with a number.
    expect(text).not.toContain(words.value("category", "exclusion"));
    expect(text).toContain(t("sq", "trends-footnote", { limit: 5 }));
    // No https address in tests: no Mini App button, the computer's way is named instead.
    expect(text).toContain(t("sq", "trends-on-computer"));
  });

  it("says only 'too few' for a month with fewer reports than the threshold", async () => {
    const { principal } = await enrolSchoolStaff(tg, school.code, 5200, 0);
    await intoDesk(school.code, facts(month(), 4, { category: "conflict" }));
    await principal.send("/trends");
    const text = last(5200);
    expect(text).toContain(t("sq", "dash-too-few", { limit: 5, when: wordsFor("sq", 5).month(month()) }));
    expect(text).not.toContain(wordsFor("sq", 5).value("category", "conflict"));
  });

  it("tells an adviser who sees trends, and is an unknown command for a student", async () => {
    const { advisers } = await enrolSchoolStaff(tg, school.code, 5300, 1);
    await intoDesk(school.code, MIX());
    await (advisers[0] as Person).send("/trends");
    expect(last(5301)).toBe(t("en", "dash-not-for-staff"));
    const student = new Person(tg, 5399, { first_name: "Ana", language_code: "en" });
    await student.send("/trends");
    const said = tg.textsTo(5399).join("\n");
    expect(said).not.toContain(t("en", "trends-title", { name: school.name }));
    expect(said).not.toContain("12");
  });

  it("shows an admin the whole programme, and a partner only its own schools", async () => {
    await gather(SCHOOLS.XK, countsOf(facts(month(), 20, { category: "conflict" })));
    await gather(SCHOOLS.AL, countsOf(facts(month(), 30, { category: "insults" })));
    const admin = new Person(tg, ADMIN_ID, { first_name: "Nora", language_code: "en" });
    await admin.send("/trends");
    const words = wordsFor("en", 5);
    const before = words.count({ hidden: true });
    expect(last(ADMIN_ID)).toContain(t("en", "trends-title", { name: t("en", "dash-scope-programme") }));
    expect(last(ADMIN_ID)).toContain(
      t("en", "trends-month", { when: words.month(month()), count: "50", before }),
    );
    const partner = {
      id: 5400,
      org: "Partneri Prizren",
      name: "Drita",
      lang: "en",
      schools: [SCHOOLS.XK.code],
    };
    await env.KV.put(keys.partner(partner.id), JSON.stringify(partner));
    await new Person(tg, partner.id, { first_name: "Drita", language_code: "en" }).send("/trends");
    const seen = last(partner.id);
    expect(seen).toContain(t("en", "trends-month", { when: words.month(month()), count: "20", before }));
    expect(seen).not.toContain(words.value("category", "insults"));
  });

  it("gives a one-time dashboard link for a computer, without a preview", async () => {
    await enrolSchoolStaff(tg, school.code, 5500, 0);
    const principal = new Person(tg, 5500, { first_name: "Ilir", language_code: "sq" });
    await principal.send("/trends link");
    const call = tg.to(5500).findLast((c) => c.method === "sendMessage");
    const link = /\/dashboard\/link\/(\S+)/.exec(String(call?.payload.text))?.[1] ?? "";
    expect(call?.payload.link_preview_options).toEqual({ is_disabled: true });
    const checked = await checkLink(String(env.PSEUDONYM_KEY), link, Date.now());
    expect(checked).toMatchObject({ ok: true, userId: 5500 });
    expect(await checkLink(String(env.PSEUDONYM_KEY), link, Date.now() + 16 * 60_000)).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("offers the dashboard as a Mini App only over https, as Telegram requires", async () => {
    expect(dashboardButton({ publicUrl: "https://ura.example.workers.dev" }, "Open")).toEqual({
      text: "Open",
      web_app: { url: "https://ura.example.workers.dev/dashboard" },
    });
    expect(dashboardButton({ publicUrl: "http://localhost:8787" }, "Open")).toBeNull();
    expect(dashboardButton({ publicUrl: undefined }, "Open")).toBeNull();
    // The simulated Telegram refuses what the real one refuses.
    const refused = tg.apply("sendMessage", {
      chat_id: 5600,
      text: "x",
      reply_markup: {
        inline_keyboard: [[{ text: "Open", web_app: { url: "http://localhost:8787/dashboard" } }]],
      },
    });
    expect(refused.ok).toBe(false);
  });
});
