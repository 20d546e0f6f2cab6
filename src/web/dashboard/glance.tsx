/**
 * The month at a glance: reports this month and last, the change, the urgent share, and how fast
 * the school answers and closes. A figure the view does not show (hidden, or too few cases to say)
 * reads "—" with the reason, never a guess.
 */
import type { TrendsView } from "../../domain/trends/types.ts";
import { previousMonth } from "../../domain/trends/periods.ts";
import type { Words } from "./labels.ts";

function Stat(props: { term: string; value: string; note?: string | undefined }) {
  // A number stands out; "not shown" or "—" is quieter.
  const plain = /^[+−-]?\d/.test(props.value) ? undefined : "soft";
  return (
    <div class="stat">
      <dt>{props.term}</dt>
      <dd class={plain}>
        {props.value}
        {props.note ? <small>{props.note}</small> : null}
      </dd>
    </div>
  );
}

export function Glance({ view, words, running }: { view: TrendsView; words: Words; running: boolean }) {
  const { t } = words;
  const none = t("dash-not-enough");
  const change = (() => {
    if (running || !("n" in view.total) || !("n" in view.previousTotal)) return null;
    const diff = view.total.n - view.previousTotal.n;
    const share =
      view.previousTotal.n > 0
        ? ` (${words.signedPercent(Math.round((diff / view.previousTotal.n) * 100))})`
        : "";
    return `${words.signed(diff)}${share}`;
  })();
  const days = (n: number | null) => (n === null ? "—" : t("dash-days", { days: n }));
  return (
    <section aria-labelledby="glance-h">
      <h2 id="glance-h" class="sr-only">
        {t("dash-glance")}
      </h2>
      <dl class="glance">
        <Stat term={t("dash-total", { when: words.month(view.period.id) })} value={words.count(view.total)} />
        <Stat
          term={t("dash-previous", { when: words.month(previousMonth(view.period.id)) })}
          value={words.count(view.previousTotal)}
        />
        <Stat
          term={t("dash-change")}
          value={change ?? "—"}
          note={running ? t("dash-month-running") : change === null ? none : undefined}
        />
        <Stat
          term={t("dash-urgent-share")}
          value={view.urgentShare === null ? "—" : words.percent(view.urgentShare)}
          note={view.urgentShare === null ? none : undefined}
        />
        {view.openTotal ? <Stat term={t("dash-open-total")} value={words.count(view.openTotal)} /> : null}
        <Stat
          term={t("dash-median-response")}
          value={days(view.medianResponseDays)}
          note={view.medianResponseDays === null ? none : undefined}
        />
        <Stat
          term={t("dash-median-resolve")}
          value={days(view.medianResolveDays)}
          note={view.medianResolveDays === null ? none : undefined}
        />
      </dl>
    </section>
  );
}
