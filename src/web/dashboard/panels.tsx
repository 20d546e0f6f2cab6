/**
 * A chart with the table of its numbers under it: the building block of the trends page. The table
 * is the chart's equal for a screen reader and on paper, so both come from the same bars.
 */
import type { Shown } from "../../domain/trends/types.ts";
import { type Bar, Columns, Rows } from "./charts.tsx";
import type { Words } from "./labels.ts";

export interface PanelProps {
  id: string;
  title: string;
  /** The table's first column: "Week", "Category"… */
  head: string;
  bars: Bar[];
  words: Words;
  shape: "columns" | "rows";
  wide?: boolean;
}

export function Panel(p: PanelProps) {
  const { words } = p;
  const chart = { id: p.id, title: p.title, bars: p.bars, short: words.short, long: words.count };
  return (
    <section class={`panel${p.wide ? " wide" : ""}`} aria-labelledby={`${p.id}-h`}>
      <h2 id={`${p.id}-h`}>{p.title}</h2>
      {p.bars.length === 0 ? (
        <p class="sub">{words.t("dash-none")}</p>
      ) : (
        <>
          {p.shape === "columns" ? <Columns {...chart} /> : <Rows {...chart} />}
          <NumbersTable
            caption={p.title}
            head={p.head}
            rows={p.bars.map((b) => [b.long ?? b.label, b.shown])}
            words={words}
          />
        </>
      )}
    </section>
  );
}

export function NumbersTable(p: {
  caption: string;
  head: string;
  rows: Array<[string, Shown]>;
  words: Words;
  links?: Array<string | undefined>;
}) {
  return (
    <table>
      <caption class="sr-only">{p.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{p.head}</th>
          <th scope="col" class="n">
            {p.words.t("dash-col-count")}
          </th>
        </tr>
      </thead>
      <tbody>
        {p.rows.map(([label, shown], i) => (
          <tr>
            <th scope="row">{p.links?.[i] ? <a href={p.links[i]}>{label}</a> : label}</th>
            <td class="n">{p.words.count(shown)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
