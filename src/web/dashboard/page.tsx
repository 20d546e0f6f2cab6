/**
 * The trends page of one scope and month: at a glance, over time, by category, place, route and
 * urgency, open cases, outcomes, and the scope's parts. Everything comes from one suppressed
 * TrendsView; a month with too few cases shows that fact and nothing else.
 */
import type { Dimension, Scope, TrendsView } from "../../domain/trends/types.ts";
import { type Bar, Rows } from "./charts.tsx";
import type { Words } from "./labels.ts";
import { type Frame, Layout } from "./layout.tsx";
import { Glance } from "./glance.tsx";
import { Header, type Nav } from "./header.tsx";
import { NumbersTable, Panel } from "./panels.tsx";

export interface PageModel {
  view: TrendsView;
  words: Words;
  /** The month shown is still going on: its change against a whole month says nothing yet. */
  running: boolean;
  /** The scope as people call it ("Shkolla …", "Kosovo", "The whole programme"). */
  name: string;
  nav: Nav;
  /** Where each part of the scope has its own page, when the viewer may open it. */
  partHref: (scope: Scope) => string | undefined;
  /** When the programme's desk last gathered these counts (a school's own page is live). */
  gathered?: number;
  /** The case register's form: a principal on their own school's page only. */
  register?: RegisterForm;
}

export interface RegisterForm {
  action: string;
  from: string;
  to: string;
  lang?: string;
}

const BREAKDOWNS: Array<{ dimension: Dimension; title: string; head: string }> = [
  { dimension: "category", title: "dash-by-category", head: "dash-col-category" },
  { dimension: "place", title: "dash-by-place", head: "dash-col-place" },
  { dimension: "route", title: "dash-by-route", head: "dash-col-route" },
  { dimension: "urgency", title: "dash-by-urgency", head: "dash-col-urgency" },
  { dimension: "outcome", title: "dash-outcomes", head: "dash-col-outcome" },
  { dimension: "checkIn", title: "dash-checkins", head: "dash-col-checkin" },
];

export function TrendsPage(props: { frame: Frame; model: PageModel }) {
  const { view, words, name } = props.model;
  const { t } = words;
  const month = words.month(view.period.id);
  return (
    <Layout frame={props.frame} title={`${name} · ${month}`} signIn>
      <Header name={name} month={month} nav={props.model.nav} words={words} />
      <main>
        {view.tooFew ? (
          <p class="card notice">{t("dash-too-few", { limit: view.threshold, when: month })}</p>
        ) : (
          <Figures model={props.model} />
        )}
        {props.model.register ? <Register form={props.model.register} words={words} /> : null}
        <p class="note">
          {t("dash-footnote", { limit: view.threshold })}
          {props.model.gathered ? ` ${t("dash-gathered", { date: words.date(props.model.gathered) })}` : ""}
        </p>
      </main>
    </Layout>
  );
}

function Figures({ model }: { model: PageModel }) {
  const { view, words } = model;
  const { t } = words;
  const weeks: Bar[] = view.weeks.map((w) => ({
    label: words.week(w.week),
    long: t("dash-week-of", { date: words.week(w.week) }),
    shown: w.count,
  }));
  const months: Bar[] = view.months.map((m) => ({
    label: words.monthShort(m.period),
    long: words.capital(words.month(m.period)),
    shown: m.count,
  }));
  const breakdown = (dimension: Dimension): Bar[] =>
    (view.breakdowns.find((b) => b.dimension === dimension)?.cells ?? []).map((c) => ({
      label: words.value(dimension, c.value),
      shown: c.count,
    }));
  const open: Bar[] = view.open.map((o) => ({ label: words.value("status", o.status), shown: o.count }));
  const ages: Bar[] = view.openAge.map((o) => ({ label: words.value("age", o.age), shown: o.count }));
  const panel = (
    id: string,
    title: string,
    head: string,
    bars: Bar[],
    shape: "columns" | "rows" = "rows",
  ) => ({
    id,
    title: t(title),
    head: t(head),
    bars,
    shape,
  });
  const byDimension = (b: (typeof BREAKDOWNS)[number]) =>
    panel(b.dimension, b.title, b.head, breakdown(b.dimension));
  // Over time, then what, where, to whom and how urgent, then open cases, then how they ended.
  const panels = [
    panel("weeks", "dash-per-week", "dash-col-week", weeks, "columns"),
    panel("months", "dash-per-month", "dash-col-month", months, "columns"),
    ...BREAKDOWNS.slice(0, 4).map(byDimension),
    panel("open", "dash-open-status", "dash-col-status", open),
    panel("age", "dash-open-age", "dash-col-age", ages),
    ...BREAKDOWNS.slice(4).map(byDimension),
  ];
  return (
    <>
      <Glance view={view} words={words} running={model.running} />
      <div class="grid">
        {panels.map((p) => (
          <Panel id={p.id} title={p.title} head={p.head} bars={p.bars} words={words} shape={p.shape} />
        ))}
        {view.parts?.length ? <Parts model={model} /> : null}
      </div>
    </>
  );
}

function Parts({ model }: { model: PageModel }) {
  const { view, words } = model;
  const parts = view.parts ?? [];
  const kind = parts[0]?.scope.kind ?? "school";
  const title = words.t(`dash-parts-${kind}`);
  const bars: Bar[] = parts.map((p) => ({ label: p.scope.name, shown: p.count }));
  return (
    <section class="panel wide" aria-labelledby="parts-h">
      <h2 id="parts-h">{title}</h2>
      <Rows id="parts" title={title} bars={bars} short={words.short} long={words.count} />
      <NumbersTable
        caption={title}
        head={words.t(`dash-col-${kind}`)}
        rows={bars.map((b) => [b.label, b.shown])}
        words={words}
        links={parts.map((p) => model.partHref(p.scope))}
      />
    </section>
  );
}

/** A plain GET form: the file downloads with the session cookie, and works without script. */
function Register({ form, words }: { form: RegisterForm; words: Words }) {
  const { t } = words;
  return (
    <section class="card register" aria-labelledby="register-h">
      <h2 id="register-h">{t("register-title")}</h2>
      <p>{t("register-about")}</p>
      <form method="get" action={form.action}>
        <label>
          {t("register-from")} <input type="date" name="from" value={form.from} max={form.to} required />
        </label>
        <label>
          {t("register-to")} <input type="date" name="to" value={form.to} max={form.to} required />
        </label>
        {form.lang ? <input type="hidden" name="lang" value={form.lang} /> : null}
        <button type="submit">{t("register-download")}</button>
      </form>
    </section>
  );
}
