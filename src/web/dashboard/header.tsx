/**
 * The top of a trends page: the scope and month, the months before and after, the CSV of the same
 * figures, the languages, and the other views this viewer may open. None of it is printed.
 */
import type { Locale } from "../../i18n/locales.ts";
import type { Words } from "./labels.ts";

export interface NavLink {
  href: string;
  text: string;
  current?: boolean;
}

export interface Nav {
  previous: NavLink;
  next?: NavLink;
  csv: string;
  langs: Array<NavLink & { locale: Locale }>;
  /** Other views, grouped ("Countries", "Schools"…); empty when the viewer has one. */
  groups: Array<{ title: string; links: NavLink[] }>;
}

const HREFLANG: Record<Locale, string> = {
  sq: "sq",
  sr: "sr-Latn",
  mk: "mk",
  en: "en",
  "sr-Cyrl": "sr-Cyrl",
};

export function Header(props: { name: string; month: string; nav: Nav; words: Words }) {
  const { nav, words } = props;
  const { t } = words;
  return (
    <>
      <header class="top">
        <div>
          <h1>{props.name}</h1>
          <p class="sub">
            {t("dash-title")} · {props.month}
          </p>
        </div>
      </header>
      <nav class="bar" aria-label={t("dash-nav")}>
        <span class="months">
          <a href={nav.previous.href} rel="prev">
            ‹ {nav.previous.text}
          </a>
          {nav.next ? (
            <a href={nav.next.href} rel="next">
              {nav.next.text} ›
            </a>
          ) : null}
        </span>
        <a href={nav.csv} download>
          {t("dash-csv")}
        </a>
        <span class="langs">
          {nav.langs.map((l) =>
            l.current ? (
              <a href={l.href} lang={HREFLANG[l.locale]} aria-current="true">
                {l.text}
              </a>
            ) : (
              <a href={l.href} lang={HREFLANG[l.locale]} hreflang={HREFLANG[l.locale]}>
                {l.text}
              </a>
            ),
          )}
        </span>
      </nav>
      {nav.groups.length > 0 ? (
        <details class="views">
          <summary>{t("dash-other-views")}</summary>
          <nav aria-label={t("dash-other-views")}>
            {nav.groups.map((g) => (
              <>
                <h2>{g.title}</h2>
                <ul>
                  {g.links.map((l) => (
                    <li>
                      {l.current ? (
                        <strong aria-current="page">{l.text}</strong>
                      ) : (
                        <a href={l.href}>{l.text}</a>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ))}
          </nav>
        </details>
      ) : null}
    </>
  );
}
