/**
 * A QR code as inline SVG: the matrix comes from `uqr` (unjs; a port of Nayuki's reference
 * encoder, ~4 KB gzip in the bundle), the drawing is ours so that it can carry a label for screen
 * readers and print with crisp module edges at any size.
 */
import { encode } from "uqr";

/**
 * The matrix's dark modules as one path of horizontal runs: a few hundred short commands instead of
 * a rectangle per module, and no hairline seams between neighbours when a printer scales it.
 */
export function qrPath(data: readonly (readonly boolean[])[]): string {
  let d = "";
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      let end = x;
      while (end < row.length && row[end]) end++;
      d += `M${x} ${y}h${end - x}v1h${x - end}z`;
      x = end;
    }
  });
  return d;
}

export function QrCode({ text, label }: { text: string; label: string }) {
  // M recovers ~15 % of a scuffed or shadowed poster; boostEcc raises it for free when the link
  // fits the same size anyway. The 4-module quiet zone is part of the standard and of the matrix,
  // so the code scans on whatever the poster is pinned to.
  const qr = encode(text, { ecc: "M", boostEcc: true, border: 4 });
  return (
    <svg
      class="qr"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
      data-version={String(qr.version)}
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qrPath(qr.data)} fill="#000" />
    </svg>
  );
}
