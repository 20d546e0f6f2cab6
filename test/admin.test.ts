import { describe, expect, it } from "vitest";
import { translate } from "../src/i18n/translate.ts";
import { currentStep } from "./support/report.ts";
import { dumpKv } from "./support/schools.ts";
import { type FakeTelegram, Person } from "./support/telegram.ts";
import { useWorld } from "./support/world.ts";

let tg: FakeTelegram;
useWorld((fresh) => {
  tg = fresh;
});

describe("schools", () => {
  it("an admin creates a school, gets its link, and a student reaches it by that link", async () => {
    const admin = new Person(tg, 900001, { first_name: "Nora", language_code: "en" });
    await admin.send("/newschool Shkolla “Naim Frashëri”; Prizren; xk; SQ");
    const reply = tg.textsTo(900001).at(-1) ?? "";
    const link = /https:\/\/t\.me\/ura_test_bot\?start=(s-([2-9A-Z]{6}))/.exec(reply);
    expect(link).not.toBeNull();
    expect(reply).toContain("Shkolla “Naim Frashëri”");
    await admin.send("/schools");
    expect(tg.textsTo(900001).at(-1)).toContain(`${link?.[2]} — Shkolla “Naim Frashëri” (Prizren, XK)`);
    const student = new Person(tg, 31337, { first_name: "S", language_code: "sq" });
    await student.send(`/start ${link?.[1]}`);
    expect(tg.textsTo(31337)[0]).toContain("Shkolla “Naim Frashëri”");
    expect(currentStep(student)?.step).toBe("danger");
  });

  it("explains the format and rejects a bad country or language", async () => {
    const admin = new Person(tg, 900002, { first_name: "Nora", language_code: "en" });
    await admin.send("/newschool");
    expect(tg.textsTo(900002).at(-1)).toBe(translate("en", "newschool-usage"));
    await admin.send("/newschool A; B; DE; sq");
    expect(tg.textsTo(900002).at(-1)).toBe(translate("en", "newschool-bad-country"));
    await admin.send("/newschool A; B; AL; de");
    expect(tg.textsTo(900002).at(-1)).toBe(translate("en", "newschool-bad-language"));
    // Only the three test schools: nothing was created.
    expect((await dumpKv()).filter((k) => k.name.startsWith("school:"))).toHaveLength(3);
  });

  it("a student cannot use admin commands", async () => {
    const student = new Person(tg, 4242, { first_name: "S", language_code: "mk" });
    await student.send("/newschool Evil; X; XK; sq");
    expect(tg.textsTo(4242).at(-1)).toBe(translate("mk", "admin-only"));
    await student.send("/schools");
    expect(tg.textsTo(4242).at(-1)).toBe(translate("mk", "admin-only"));
    expect((await dumpKv()).filter((k) => k.name.startsWith("school:"))).toHaveLength(3);
  });
});
