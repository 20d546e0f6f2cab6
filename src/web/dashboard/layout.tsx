/**
 * The HTML around every dashboard page: language, theme colours, the inline stylesheet and (where a
 * page signs in from Telegram) the inline sign-in script — each allowed by the page's nonce and
 * nothing else (csp below): no external scripts, fonts or stylesheets.
 */
import type { Child } from "hono/jsx";
import type { Locale } from "../../i18n/locales.ts";
import { SignIn } from "./signin.tsx";
import { STYLE } from "./style.ts";
import { type Theme, themeCss } from "./theme.ts";

/** The page's `lang`: Ura's "sr" is Serbian in Latin script. */
const HTML_LANG: Record<Locale, string> = {
  sq: "sq",
  sr: "sr-Latn",
  mk: "mk",
  en: "en",
  "sr-Cyrl": "sr-Cyrl",
};

export interface Frame {
  locale: Locale;
  theme: Theme;
  nonce: string;
}

/** `signIn`: the page signs in from Telegram's data in its address (signin.tsx). */
export function Layout(props: { frame: Frame; title: string; signIn?: boolean; children?: Child }) {
  const { frame } = props;
  return (
    <html lang={HTML_LANG[frame.locale]}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex" />
        <title>{props.title}</title>
        <style nonce={frame.nonce} dangerouslySetInnerHTML={{ __html: themeCss(frame.theme) + STYLE }} />
      </head>
      <body>
        <div class="wrap">{props.children}</div>
        {props.signIn ? <SignIn nonce={frame.nonce} /> : null}
      </body>
    </html>
  );
}

/** The Content-Security-Policy of a page with this nonce. Telegram Web shows Mini Apps in a frame. */
export const csp = (nonce: string) =>
  [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'self' https://web.telegram.org",
  ].join("; ");

export const newNonce = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
};
