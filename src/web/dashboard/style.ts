/**
 * The dashboard's stylesheet, inlined (no external files or fonts): Telegram's theme colours as
 * variables (theme.ts), the system font, a single column on a phone and two on a wide screen, and an
 * A4 print layout in black on white.
 */
export const STYLE = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--tg-secondary-bg-color);color:var(--tg-text-color);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
a{color:var(--tg-link-color)}
.wrap{max-width:1120px;margin:0 auto;padding:12px 14px 32px}
header.top{display:flex;flex-wrap:wrap;gap:6px 16px;align-items:baseline;justify-content:space-between;margin:4px 0 10px}
h1{font-size:1.35rem;line-height:1.25;margin:0}
.sub{color:var(--tg-hint-color);margin:2px 0 0}
nav.bar{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:center;margin:0 0 12px}
nav.bar a,nav.bar span{white-space:nowrap}
.months{display:flex;gap:10px;align-items:center}
.months strong{font-weight:600}
.langs{display:flex;flex-wrap:wrap;gap:4px 10px;font-size:.9rem}
.langs [aria-current]{font-weight:600;color:var(--tg-text-color);text-decoration:none}
.btn{display:inline-block;padding:6px 12px;border-radius:8px;background:var(--tg-button-color);color:var(--tg-button-text-color);text-decoration:none;font-weight:600;border:0;font:inherit;cursor:pointer}
details.views{background:var(--tg-section-bg-color);border-radius:12px;padding:8px 14px;margin:0 0 12px}
details.views summary{cursor:pointer;font-weight:600}
details.views h2{font-size:.95rem;margin:10px 0 4px}
details.views ul{margin:0;padding:0 0 0 18px;columns:2 220px}
.card{background:var(--tg-section-bg-color);border-radius:12px;padding:12px 14px;margin:0 0 12px}
.glance{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px;margin:0 0 12px}
.stat{background:var(--tg-section-bg-color);border-radius:12px;padding:10px 12px}
.stat dt{color:var(--tg-subtitle-text-color);font-size:.85rem}
.stat dd{margin:2px 0 0;font-size:1.35rem;font-weight:650}
.stat dd.soft{font-size:1.05rem;font-weight:600}
.stat dd small{display:block;font-size:.8rem;font-weight:400;color:var(--tg-hint-color)}
.grid{display:grid;grid-template-columns:1fr;gap:12px}
@media (min-width:860px){.grid{grid-template-columns:1fr 1fr}.wide{grid-column:1/-1}}
section.panel{background:var(--tg-section-bg-color);border-radius:12px;padding:12px 14px;min-width:0}
section.panel h2{font-size:1.05rem;margin:0 0 8px}
.chart{display:block;overflow:visible;margin:0 0 8px}
.chart .bar{fill:var(--tg-button-color)}
.chart .hidden{fill:none;stroke:var(--tg-hint-color);stroke-width:1.5;stroke-dasharray:3 2}
.chart .axis{stroke:var(--tg-section-separator-color);stroke-width:1}
.chart text{fill:var(--tg-text-color);font-size:12px}
.chart .lab{font-size:12.5px}
.chart .val{font-weight:600}
.chart.dense text{font-size:10px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
caption{text-align:left;color:var(--tg-hint-color);font-size:.8rem;padding:0 0 2px}
th,td{padding:4px 6px;border-bottom:1px solid var(--tg-section-separator-color);text-align:left;vertical-align:top}
td.n,th.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
tbody th{font-weight:400}
thead th{color:var(--tg-subtitle-text-color);font-weight:600}
.note{color:var(--tg-hint-color);font-size:.85rem;margin:14px 0 0}
.notice{font-size:1.05rem}
.register{margin:12px 0 0}
.register h2{font-size:1.05rem;margin:0 0 6px}
.register p{margin:0 0 8px;color:var(--tg-subtitle-text-color);font-size:.9rem}
.register form{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:end}
.register label{display:flex;flex-direction:column;gap:2px;font-size:.9rem}
.register input{font:inherit;padding:5px 8px;border-radius:8px;border:1px solid var(--tg-section-separator-color);background:var(--tg-bg-color);color:var(--tg-text-color)}
.register button{display:inline-block;padding:7px 12px;border-radius:8px;background:var(--tg-button-color);color:var(--tg-button-text-color);font:inherit;font-weight:600;border:0;cursor:pointer}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media print{
 @page{size:A4;margin:12mm}
 :root{--tg-bg-color:#fff;--tg-secondary-bg-color:#fff;--tg-section-bg-color:#fff;--tg-text-color:#000;--tg-hint-color:#444;--tg-subtitle-text-color:#333;--tg-button-color:#555;--tg-section-separator-color:#bbb;--tg-link-color:#000}
 body{font-size:10.5pt}
 .wrap{max-width:none;padding:0}
 nav.bar,details.views,.noprint,.register{display:none}
 .grid{grid-template-columns:1fr 1fr;gap:8px}
 section.panel,.stat{border:1px solid #ccc;break-inside:avoid;padding:8px}
 .glance{grid-template-columns:repeat(3,1fr)}
 a{text-decoration:none}
}
`;
