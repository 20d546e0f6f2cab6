/** Small statistics and table helpers shared by `npm run bench` and `npm run load`. */

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
export const mean = (xs: readonly number[]): number => (xs.length ? sum(xs) / xs.length : Number.NaN);
export const max = (xs: readonly number[]): number => (xs.length ? Math.max(...xs) : Number.NaN);
export const min = (xs: readonly number[]): number => (xs.length ? Math.min(...xs) : Number.NaN);

/** Nearest-rank percentile: p99 of 200 samples is the 198th smallest, never an interpolation. */
export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export const median = (xs: readonly number[]): number => percentile(xs, 50);

/** A number with at most `digits` decimals, trailing zeros dropped; "n/a" for NaN. */
export const fmt = (n: number, digits = 2): string =>
  // Trailing zeros go only after a decimal point: fmt(120, 0) is "120", fmt(1.50) is "1.5".
  Number.isFinite(n)
    ? n
        .toFixed(digits)
        .replace(/(\.\d*?)0+$/, "$1")
        .replace(/\.$/, "")
    : "n/a";

/** Milliseconds with three decimals kept: CPU figures sit in tenths of a millisecond. */
export const ms3 = (n: number): string => (Number.isFinite(n) ? n.toFixed(3) : "n/a");

/** Plain-text table, columns padded to their widest cell. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => String(c).padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)];
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
