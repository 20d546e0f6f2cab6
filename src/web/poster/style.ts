/**
 * The poster's stylesheet, inlined (the page loads nothing: no fonts, no scripts, no images).
 * Black on white only — it is photocopied in grey and read in a dim corridor — and sized in mm so
 * the printed A4 is what was designed. The QR code takes the height the rest leaves (60–115 mm),
 * so a long school name or a third language never pushes the poster onto a second page. Below A4's
 * width on a screen it becomes a phone page.
 */
export const POSTER_CSS = `
*{box-sizing:border-box;margin:0;padding:0}
html{color-scheme:light;background:#e8e8e8;color:#000;-webkit-text-size-adjust:100%;
font-family:system-ui,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{padding:8mm 0}
.sheet{background:#fff;width:210mm;max-width:100%;height:297mm;margin:0 auto;padding:12mm;
display:flex;flex-direction:column;align-items:center;justify-content:space-between;gap:4mm;
box-shadow:0 1px 8px rgba(0,0,0,.3)}
.brand{display:flex;align-items:center;gap:2.5mm;font-weight:800;font-size:15pt;letter-spacing:.16em;text-transform:uppercase}
.brand svg{width:13mm;height:auto;display:block}
h1{font-size:28pt;line-height:1.15;font-weight:800;text-align:center;max-width:180mm;overflow-wrap:anywhere}
.qr{display:block;flex:1 1 0;min-height:60mm;max-height:115mm;width:auto;aspect-ratio:1/1}
.code-box{border:.9mm solid #000;border-radius:4mm;padding:2mm 9mm 2.5mm;text-align:center}
.code{font:800 44pt/1.1 ui-monospace,"DejaVu Sans Mono","Liberation Mono",Menlo,Consolas,monospace;
letter-spacing:.14em;margin-right:-.14em}
.handle{font-size:13pt;margin-top:.5mm}
.langs{display:grid;grid-template-columns:repeat(var(--langs),minmax(0,1fr));width:100%}
.lang{padding:0 5mm;border-left:.5mm solid #000}
.lang:first-child{border-left:0;padding-left:0}
.lang:last-child{padding-right:0}
.langs.one .lang{max-width:160mm;margin:0 auto;text-align:center}
.lang p{font-size:16pt;line-height:1.28;margin-bottom:2mm;hyphens:auto}
.lang .danger{font-weight:800}
.lang .how{font-size:11pt;margin:3mm 0 0}
.langs-3 .lang p{font-size:13pt}
.langs-3 .lang .how{font-size:9.5pt}
.missing{justify-content:flex-start;gap:8mm}
.missing h1{margin-top:20mm}
.missing p{font-size:14pt;text-align:center;max-width:150mm}
@page{size:A4;margin:12mm}
@media print{
html{background:#fff}
body{padding:0}
.sheet{width:auto;max-width:none;height:271mm;padding:0;margin:0;box-shadow:none}
}
@media screen and (max-width:760px){
body{padding:0}
.sheet{width:auto;height:auto;min-height:100vh;padding:20px 16px 28px;gap:16px;justify-content:flex-start;box-shadow:none}
.brand{font-size:16px}
.brand svg{width:40px}
h1{font-size:24px}
.qr{flex:none;width:min(80vw,340px);height:auto;min-height:0;max-height:none}
.code-box{border-width:3px;border-radius:14px;padding:8px 20px}
.code{font-size:34px}
.handle{font-size:15px}
.langs{grid-template-columns:1fr;margin-top:8px}
.lang,.lang:first-child,.lang:last-child{border:0;border-top:2px solid #000;padding:14px 0 4px}
.langs.one .lang{text-align:left}
.lang p,.langs-3 .lang p{font-size:17px;margin-bottom:8px}
.lang .how,.langs-3 .lang .how{font-size:14px;margin-top:10px}
.missing p{font-size:17px}
}
`;
