/**
 * The trends page as HTML, from a view written out by hand: every chart is an image with a title
 * and a text alternative and has the table of its numbers under it; every label is a translated
 * word in every language; the page prints on A4; a month with too few cases shows that alone.
 */
import { describe, expect, it } from "vitest";
import { LOCALES } from "../src/i18n/locales.ts";
import { translate } from "../src/i18n/translate.ts";
import { wordsFor } from "../src/web/dashboard/labels.ts";
import { pageModel } from "../src/web/dashboard/model.ts";
import { TrendsPage } from "../src/web/dashboard/page.tsx";
import { frameFor } from "../src/web/dashboard/respond.ts";
import { STYLE } from "../src/web/dashboard/style.ts";
import { fixtureView } from "./dashboard/fixture.ts";
import { textOf } from "./dashboard/helpers.ts";

const NOW = Date.UTC(2026, 11, 2, 9);

function render(locale: (typeof LOCALES)[number], view = fixtureView()) {
  const words = wordsFor(locale, 5);
  const here = { kind: "school" as const, id: view.scope.id };
  const model = pageModel(
    { view, scopes: [view.scope] },
    here,
    { path: "/dashboard/school/PRZ2XK", month: view.period.id },
    NOW,
    words,
  );
  return String(TrendsPage({ frame: frameFor(locale), model }));
}

describe("the trends page", () => {
  it("gives every chart a title and a text alternative, and a table of the same numbers under it", () => {
    const html = render("en");
    const sections = [
      ...html.matchAll(/<section class="panel[^"]*" aria-labelledby="([^"]+)">([\s\S]*?)<\/section>/g),
    ];
    expect(sections.length).toBe(10);
    for (const [, , body = ""] of sections) {
      const svg = /<svg class="chart(?: dense)?" role="img" aria-labelledby="(\S+)-t \1-d"/.exec(body);
      if (!svg) {
        // A breakdown with no values at all says so instead of drawing an empty chart.
        expect(textOf(body)).toContain(translate("en", "dash-none"));
        continue;
      }
      const id = svg[1];
      expect(body).toMatch(new RegExp(`<title id="${id}-t">[^<]+</title><desc id="${id}-d">[^<]+</desc>`));
      expect(body.indexOf("<table")).toBeGreaterThan(body.indexOf("</svg>"));
      // As many bars as table rows.
      const bars = (body.match(/<text class="lab"/g) ?? []).length;
      expect((body.match(/<th scope="row">/g) ?? []).length).toBe(bars);
    }
  });

  it("shows each figure of the view, and the hidden ones as 'not shown' (never 'fewer than 5': some are not)", () => {
    const text = textOf(render("en"));
    expect(text).toContain("Reports (November 2026) 41");
    expect(text).toContain("The month before (October 2026) 33");
    expect(text).toContain("+8 (+24%)");
    expect(text).toContain("Median time to first response 1 day");
    expect(text).toContain("Median time to closing 7 days");
    expect(text).toContain(`Urgent reports — ${translate("en", "dash-not-enough")}`);
    expect(text).toContain(`${translate("en", "dash-category-selfharm")} not shown`);
    expect(text).not.toContain("fewer than");
  });

  it.each(LOCALES)("%s: every label is a translated word, never a message id", (locale) => {
    const html = render(locale);
    expect(textOf(html)).not.toMatch(/\b(dash|q-what|q-where|route|urgency|event|staff-status)-[a-z]/);
    expect(textOf(html)).toContain(translate(locale, "dash-hidden"));
  });

  it("prints on A4 without the navigation", () => {
    expect(STYLE).toMatch(/@media print\{[\s\S]*@page\{size:A4/);
    expect(STYLE).toMatch(/@media print\{[\s\S]*nav\.bar,details\.views[^{]*\{display:none\}/);
  });

  it("shows a month with too few cases as that fact alone", () => {
    const view = {
      ...fixtureView(),
      tooFew: true,
      total: { hidden: true as const },
      weeks: [],
      months: [],
      breakdowns: [],
      open: [],
      openAge: [],
    };
    const html = render("sq", view);
    expect(textOf(html)).toContain(
      translate("sq", "dash-too-few", { limit: 5, when: wordsFor("sq", 5).month("2026-11") }),
    );
    expect(html).not.toMatch(/<svg|<table|<dl/);
  });
});
