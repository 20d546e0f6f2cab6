/**
 * Issue 7's reports in every language Ura speaks: after /language, the first screens of a report of
 * violence at home, of sexual images online and of self-harm read in Serbian (Cyrillic and Latin),
 * Macedonian and English — the words a child would tap, and the help card.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { botTextsAfter, lastKeyboard, newestId, send, tap } from "./chat.mts";
import { openPlayground, shootPhone, usePlayground } from "./helpers.mts";
import { firstLine, type Locale, t } from "./locale.mts";
import { answer, openSchoolLink } from "./report.mts";

/** As the language picker names them (src/bot/features/language.ts). */
const NAMES: Record<Exclude<Locale, "sq">, string> = {
  "sr-Cyrl": "Српски (ћирилица)",
  sr: "Srpski (latinica)",
  mk: "Македонски",
  en: "English",
};

const includesAll = (have: string[], want: string[]) => want.filter((w) => !have.includes(w));

describe("a report's first screens in every language", () => {
  const suite = usePlayground();

  for (const [locale, name] of Object.entries(NAMES) as Array<[Exclude<Locale, "sq">, string]>) {
    test(`${name}: home, online sexual images, self-harm`, async () => {
      const { page, errors, context } = await openPlayground(suite);
      const before = await newestId(page, "student");
      await send(page, "student", "/language");
      await tap(page, "student", name);
      const said = (await botTextsAfter(page, "student", before)).join("\n");
      assert.ok(said.includes(t(locale, "language-set")), `the bot confirms in ${name}:\n${said}`);

      // Violence at home: the questions up to where it happened, in this language.
      const start = await newestId(page, "student");
      await openSchoolLink(page);
      const welcome = (await botTextsAfter(page, "student", start)).join("\n");
      assert.ok(welcome.includes(firstLine(locale, "welcome")), `welcome in ${name}:\n${welcome}`);
      assert.ok(welcome.includes(t(locale, "q-danger")), `the first question in ${name}`);
      await answer(page, locale, { danger: "no", who: "me" });
      const what = await lastKeyboard(page, "student");
      const whats = ["physical", "online", "sexual", "selfharm"].map((o) =>
        t(locale, `q-what-${o}`, { who: "me" }),
      );
      assert.deepEqual(includesAll(what, whats), [], `what happened, in ${name}: ${what.join(" | ")}`);
      await answer(page, locale, { what: "physical", harm: "no", by: "adult" });
      assert.ok((await lastKeyboard(page, "student")).includes(t(locale, "q-where-home")), "at home");
      await tap(page, "student", t(locale, "nav-cancel"));

      // Sexual images online.
      await openSchoolLink(page);
      await answer(page, locale, { danger: "no", who: "me", what: "online" });
      assert.ok(
        (await lastKeyboard(page, "student")).includes(t(locale, "q-online-sexual")),
        "sexual images online",
      );
      await tap(page, "student", t(locale, "nav-cancel"));

      // Self-harm: the help card at once, then the summary.
      const selfharm = await newestId(page, "student");
      await openSchoolLink(page);
      await answer(page, locale, { danger: "no", who: "me", what: "selfharm" });
      const seen = (await botTextsAfter(page, "student", selfharm)).join("\n");
      assert.ok(
        seen.includes(firstLine(locale, "card-helpline-title")),
        `the help card in ${name}:\n${seen}`,
      );
      assert.ok(seen.includes(t(locale, "summary-title")), `then the summary in ${name}`);
      await shootPhone(suite, `language-${locale}-selfharm-390`, "student");
      await tap(page, "student", t(locale, "nav-cancel"));
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
