/**
 * Charts as server-rendered SVG: no script, no library, nothing to download (measured against
 * ECharts' SSR and uPlot in the report). Positions are percentages of the chart's width, so text
 * keeps its size on a phone and on A4 and nothing is scaled. Each chart is an image with a title
 * and a text alternative; the table under it (tables.tsx) holds the same numbers.
 *
 * A hidden count is drawn as a small dashed stub labelled "—": never as a bar whose height would
 * tell the number.
 */
import type { Shown } from "../../domain/trends/types.ts";

export interface Bar {
  label: string;
  shown: Shown;
  /** The same label in full, for the text alternative ("week of 2 Nov" for a bar labelled "2 Nov"). */
  long?: string;
}

interface ChartProps {
  id: string;
  title: string;
  bars: Bar[];
  /** How a value reads in a label ("12", "—") and in the text alternative ("not shown"). */
  short: (s: Shown) => string;
  long: (s: Shown) => string;
}

const pct = (x: number) => `${Math.round(x * 100) / 100}%`;
const max = (bars: Bar[]) => Math.max(1, ...bars.map((b) => ("n" in b.shown ? b.shown.n : 0)));
const alt = (p: ChartProps) =>
  `${p.title}: ${p.bars.map((b) => `${b.long ?? b.label} ${p.long(b.shown)}`).join("; ")}`;

const STUB = 6;

/** Upright bars over time (weeks of a month, months of a year): value above, label below. */
export function Columns(p: ChartProps) {
  const height = 190;
  const [top, bottom] = [22, 30];
  const plot = height - top - bottom;
  const n = Math.max(1, p.bars.length);
  const most = max(p.bars);
  return (
    // Twelve months on a phone leave ~28 px a label: smaller type keeps "korr" and "gush" apart.
    <svg
      class={n > 8 ? "chart dense" : "chart"}
      role="img"
      aria-labelledby={`${p.id}-t ${p.id}-d`}
      width="100%"
      height={height}
    >
      <title id={`${p.id}-t`}>{p.title}</title>
      <desc id={`${p.id}-d`}>{alt(p)}</desc>
      <line class="axis" x1="0" x2="100%" y1={top + plot + 0.5} y2={top + plot + 0.5} />
      {p.bars.map((b, i) => {
        const hidden = !("n" in b.shown);
        const h = hidden ? STUB : Math.round((("n" in b.shown ? b.shown.n : 0) / most) * plot);
        const y = top + plot - h;
        const centre = pct(((i + 0.5) / n) * 100);
        return (
          <g>
            {hidden ? (
              <rect
                class="hidden"
                x={pct(((i + 0.2) / n) * 100)}
                width={pct((0.6 / n) * 100)}
                y={y}
                height={h}
              />
            ) : h > 0 ? (
              <rect
                class="bar"
                x={pct(((i + 0.2) / n) * 100)}
                width={pct((0.6 / n) * 100)}
                y={y}
                height={h}
                rx="2"
              />
            ) : null}
            <text class="val" x={centre} y={y - 6} text-anchor="middle">
              {p.short(b.shown)}
            </text>
            <text class="lab" x={centre} y={height - 10} text-anchor="middle">
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Horizontal bars for a breakdown: each label on its own line above its bar, so long labels fit a phone. */
export function Rows(p: ChartProps) {
  const row = 42;
  const height = Math.max(1, p.bars.length) * row;
  const most = max(p.bars);
  // The longest bar leaves room for its value after it.
  const room = 86;
  return (
    <svg class="chart" role="img" aria-labelledby={`${p.id}-t ${p.id}-d`} width="100%" height={height}>
      <title id={`${p.id}-t`}>{p.title}</title>
      <desc id={`${p.id}-d`}>{alt(p)}</desc>
      {p.bars.map((b, i) => {
        const y = i * row;
        const hidden = !("n" in b.shown);
        const w = hidden ? 0 : (("n" in b.shown ? b.shown.n : 0) / most) * room;
        return (
          <g>
            <text class="lab" x="0" y={y + 14}>
              {b.label}
            </text>
            {hidden ? (
              <rect class="hidden" x="0" y={y + 20} width="10" height="14" />
            ) : w > 0 ? (
              <rect class="bar" x="0" y={y + 20} width={pct(w)} height="14" rx="2" />
            ) : null}
            <text class="val" x={hidden ? "16" : w > 0 ? pct(w + 1) : "0"} y={y + 32}>
              {p.short(b.shown)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
