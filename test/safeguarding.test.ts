/**
 * Safeguarding end to end: what a child sees at once, and who at school (or above it) is told —
 * home violence, online sexual images, self-harm, danger, weapons, a bystander, an adult who may be
 * staff, and a school with nobody to receive a report.
 */
import { describe, expect, it } from "vitest";
import { answerFlow, PEER_CONFLICT, pressAction } from "./support/report.ts";
import { SCHOOLS } from "./support/schools.ts";
import { ADMIN_ID, enrolSchoolStaff } from "./support/staff.ts";
import { type FakeTelegram, Person } from "./support/telegram.ts";
import { storedCases, t, useWorld } from "./support/world.ts";

let tg: FakeTelegram;
let nextId = 40_000;

useWorld((fresh) => {
  tg = fresh;
});

const student = (lang = "en") =>
  new Person(tg, nextId++, { first_name: "Lira", username: `lira${nextId}`, language_code: lang });

/** A school with a principal (base), an adviser (base+1), and a child-protection lead (base+9). */
async function staffed(school: string, base: number) {
  const team = await enrolSchoolStaff(tg, school, base, 1);
  await team.principal.send("/invite lead");
  const invite = /start=j-([2-9A-Z]+)/.exec(tg.textsTo(base).at(-1) ?? "")?.[1];
  const lead = new Person(tg, base + 9, { first_name: "Vjosa", language_code: "en" });
  await lead.send(`/join ${invite}`);
  return { ...team, lead };
}

const texts = (id: number) => tg.textsTo(id).join("\n---\n");

describe("a child in danger, or thinking of self-harm, sees help at once", () => {
  it.each(["yes", "unsure"])(
    "danger '%s' shows the country's numbers in place of the question",
    async (answer) => {
      const s = student();
      await s.send(`/start s-${SCHOOLS.AL.code}`);
      await pressAction(s, answer === "yes" ? "o0" : "o1");
      const card = tg.textsTo(s.user.id).at(-2) ?? "";
      expect(card).toContain(t("en", "card-emergency-title"));
      for (const n of ["112", "129"]) expect(card).toContain(n);
      expect(card).not.toContain("192");
      expect(tg.textsTo(s.user.id).at(-1)).toBe(t("en", "q-who"));
    },
  );

  it("a weapon shows the emergency card at once and the report is urgent", async () => {
    const s = student();
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerFlow(s, { ...PEER_CONFLICT, what: "physical", harm: "weapon" });
    expect(texts(s.user.id)).toContain(t("en", "card-emergency-title"));
    expect((await storedCases(SCHOOLS.XK.code))[0]).toMatchObject({ route: "staff", urgency: "urgent" });
  });

  it.each([
    ["XK", undefined],
    ["MK", undefined],
    ["AL", "116 111"],
  ] as const)(
    "self-harm in %s: the safe-messaging card at once, no where/when/how often, a listening line only where one exists",
    async (country, line) => {
      const s = student();
      await s.send(`/start s-${SCHOOLS[country].code}`);
      await pressAction(s, "o2"); // danger: no
      await pressAction(s, "o0"); // who: me
      await pressAction(s, "o6"); // what: thoughts of hurting yourself or not wanting to live
      const card = tg.textsTo(s.user.id).at(-2) ?? "";
      expect(card).toContain(t("en", "card-helpline-title").split("\n")[0]);
      expect(card).toContain(t("en", "card-helpline-danger", { who: "me", number: "112" }));
      if (line) expect(card).toContain(line);
      else expect(card).not.toContain(t("en", "card-helpline-talk"));
      // Straight to the summary: a child with such thoughts is not asked where, when or how often.
      expect(tg.textsTo(s.user.id).at(-1)).toContain(t("en", "summary-title"));
      await pressAction(s, "s");
      await pressAction(s, "k");
      expect((await storedCases(SCHOOLS[country].code))[0]).toMatchObject({
        route: "wellbeing",
        urgency: "urgent",
      });
    },
  );
});

describe("who hears of a report", () => {
  it("violence at home reaches the child-protection lead and the principal — never the club — and the child sees outside help", async () => {
    const { principal, advisers, lead } = await staffed(SCHOOLS.XK.code, 41_000);
    const s = student("sq");
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerFlow(s, { ...PEER_CONFLICT, what: "physical", by: "adult", where: "home" });
    await tg.settle();
    const [c] = await storedCases(SCHOOLS.XK.code);
    expect(c).toMatchObject({ route: "protection", urgency: "high", programme: false });
    expect(texts(lead.user.id)).toContain(t("en", "notice-new"));
    expect(texts(principal.user.id)).toContain(t("sq", "notice-new"));
    expect(texts(advisers[0]?.user.id ?? 0)).not.toContain(t("en", "notice-new"));
    // The mediation question was never asked; the referral card was shown after sending.
    expect(texts(s.user.id)).not.toContain(t("sq", "q-mediation").split("\n")[0]);
    expect(texts(s.user.id)).toContain(t("sq", "card-referral-title"));
  });

  it("sexual images online with danger now: urgent, child protection, the principal told at once", async () => {
    const { principal, advisers, lead } = await staffed(SCHOOLS.AL.code, 42_000);
    const s = student();
    await s.send(`/start s-${SCHOOLS.AL.code}`);
    await answerFlow(s, {
      ...PEER_CONFLICT,
      danger: "yes",
      what: "online",
      online: "sexual",
      where: "online",
    });
    await tg.settle();
    expect((await storedCases(SCHOOLS.AL.code))[0]).toMatchObject({ route: "protection", urgency: "urgent" });
    expect(texts(lead.user.id)).toContain(t("en", "notice-new-urgent"));
    expect(texts(principal.user.id)).toContain(t("sq", "notice-new-urgent"));
    expect(texts(advisers[0]?.user.id ?? 0)).not.toContain(t("en", "notice-new-urgent"));
  });

  it("an adult at school: the programme's admins hear of it too (no content), and the child sees the outside routes", async () => {
    await staffed(SCHOOLS.AL.code, 43_000);
    const admin = new Person(tg, ADMIN_ID, { first_name: "Nora", language_code: "en" });
    await admin.send("/start");
    const s = student();
    await s.send(`/start s-${SCHOOLS.AL.code}`);
    await answerFlow(
      s,
      { ...PEER_CONFLICT, what: "physical", by: "adult", where: "class" },
      "The teacher hit me.",
    );
    await tg.settle();
    const [c] = await storedCases(SCHOOLS.AL.code);
    expect(c).toMatchObject({ route: "protection", programme: true });
    // Admins read it in the school's language; the code, the school and the urgency — not the words.
    const notice = t("sq", "notice-programme", {
      school: SCHOOLS.AL.name,
      code: `${c?.id.slice(0, 5)} ${c?.id.slice(5)}`,
      urgency: t("sq", "urgency-high"),
    });
    expect(tg.textsTo(ADMIN_ID)).toContain(notice);
    expect(texts(ADMIN_ID)).not.toContain("teacher");
    const seen = texts(s.user.id);
    expect(seen).toContain(t("en", "card-referral-title"));
    expect(seen).toContain("116 111");
    expect(seen).toContain(t("en", "dir-child-protection-unit"));
  });

  it("a bystander is never asked to consent to mediation for the victim", async () => {
    const s = student();
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    const visited = await answerFlow(s, { ...PEER_CONFLICT, who: "other" });
    expect(visited).not.toContain("mediation");
    expect((await storedCases(SCHOOLS.XK.code))[0]).toMatchObject({ route: "mediation" });
  });

  it("a school with nobody on staff never swallows an urgent report: the admins are told, without content", async () => {
    const admin = new Person(tg, ADMIN_ID, { first_name: "Nora", language_code: "en" });
    await admin.send("/start");
    await admin.send("/newschool Shkolla e Re; Gjakovë; XK; sq");
    expect(tg.textsTo(ADMIN_ID).at(-1)).toContain("/invite principal");
    const code = /Code: ([2-9A-Z]{6})/.exec(tg.textsTo(ADMIN_ID).at(-1) ?? "")?.[1] ?? "";
    const s = student();
    await s.send(`/start s-${code}`);
    await answerFlow(s, { ...PEER_CONFLICT, danger: "yes" }, "Someone has a knife.");
    await tg.settle();
    const told = tg.textsTo(ADMIN_ID).filter((x) => x.startsWith("🚨"));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain("Shkolla e Re");
    expect(told[0]).not.toContain("knife");
  });

  it("an urgent report at a school with an adviser but no principal is told to the admins too", async () => {
    const admin = new Person(tg, ADMIN_ID, { first_name: "Nora", language_code: "en" });
    const { principal } = await enrolSchoolStaff(tg, SCHOOLS.MK.code, 44_000, 1);
    // The principal leaves the school (an admin removes them), the adviser stays.
    await admin.send(`/start`);
    await principal.send("/start");
    const { desk } = await import("./support/schools.ts");
    await desk(SCHOOLS.MK.code).remove(Date.now(), principal.user.id, "admin");
    const s = student();
    await s.send(`/start s-${SCHOOLS.MK.code}`);
    await answerFlow(s, { ...PEER_CONFLICT, danger: "unsure" });
    await tg.settle();
    expect(tg.textsTo(ADMIN_ID).some((x) => x.startsWith("🚨") && x.includes(SCHOOLS.MK.name))).toBe(true);
  });
});
