/**
 * The poster a school hangs in its corridor: its name, a QR code of its student link, the code to
 * type by hand, and three short lines per language (what Ura is, that the school will not know who
 * you are, the number to call in danger). It shows nothing else about the school — not the
 * municipality, not its staff — because anyone can open it.
 */
import { html, raw } from "hono/html";
import type { School } from "../../domain/school.ts";
import type { Locale } from "../../i18n/locales.ts";
import { translate } from "../../i18n/translate.ts";
import type { PosterLines } from "./languages.ts";
import { QrCode } from "./qr.tsx";
import { POSTER_CSS } from "./style.ts";

/** Ura means "bridge": a plain line drawing, black like everything else on the sheet. */
function Bridge() {
  return (
    <svg
      viewBox="0 0 48 24"
      aria-hidden="true"
      fill="none"
      stroke="#000"
      stroke-width="3"
      stroke-linecap="round"
    >
      <path d="M3 19 Q24 -3 45 19" />
      <path d="M2 19 H46" />
      <path d="M14 10 V19 M24 6 V19 M34 10 V19" stroke-width="2" />
    </svg>
  );
}

function Head({ title, lang, children }: { title: string; lang: Locale; children: unknown }) {
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <style>{raw(POSTER_CSS)}</style>
      </head>
      {children}
    </html>
  );
}

export interface PosterProps {
  school: Pick<School, "code" | "name">;
  link: string;
  botUsername: string;
  lines: PosterLines[];
}

function Poster({ school, link, botUsername, lines }: PosterProps) {
  const first = lines[0]?.locale ?? "en";
  return (
    <Head title={`Ura · ${school.name}`} lang={first}>
      <body class={`langs-${lines.length}`}>
        <main class="sheet">
          <p class="brand" lang="sq">
            <Bridge />
            Ura
          </p>
          <h1>{school.name}</h1>
          <QrCode text={link} label={translate(first, "poster-qr-label", { school: school.name })} />
          <div class="code-box">
            <p class="code" data-testid="code">
              {school.code}
            </p>
            <p class="handle">Telegram: @{botUsername}</p>
          </div>
          <section class={`langs${lines.length === 1 ? " one" : ""}`} style={`--langs:${lines.length}`}>
            {lines.map((l) => (
              <div class="lang" lang={l.locale}>
                <p class="what">{l.what}</p>
                <p class="anonymous">{l.anonymous}</p>
                <p class="danger">{l.danger}</p>
                <p class="how">{l.how}</p>
              </div>
            ))}
          </section>
        </main>
      </body>
    </Head>
  );
}

/** The same answer for a code that never existed and a school that stopped using Ura. */
function Missing() {
  // No school, so no school language: each language says it once (Serbian in the school script).
  const locales: Locale[] = ["sq", "sr-Cyrl", "mk", "en"];
  return (
    <Head title="Ura" lang="en">
      <body>
        <main class="sheet missing">
          <p class="brand" lang="sq">
            <Bridge />
            Ura
          </p>
          <h1>404</h1>
          {locales.map((l) => (
            <p lang={l}>{translate(l, "poster-not-found")}</p>
          ))}
        </main>
      </body>
    </Head>
  );
}

export const posterPage = (props: PosterProps) => html`<!doctype html>${Poster(props)}`;
export const missingPage = () => html`<!doctype html>${Missing()}`;
