/**
 * From loaded figures to what the page shows around them: its name, the months before and after,
 * the CSV link, the languages and the other views — every link keeping the month and the language.
 */
import { monthOfDay, previousMonth, reportingMonth, TRENDS_ZONE } from "../../domain/trends/periods.ts";
import type { Scope } from "../../domain/trends/types.ts";
import { localIsoDay } from "../../domain/time.ts";
import { type Locale, LOCALES } from "../../i18n/locales.ts";
import type { Loaded } from "./data.ts";
import type { Nav, NavLink } from "./header.tsx";
import type { Words } from "./labels.ts";
import type { PageModel } from "./page.tsx";
import { type ScopeRef, sameScope, scopePath } from "./scopes.ts";

const MONTH = /^(19|20)\d\d-(0[1-9]|1[0-2])$/;

export const currentMonth = (now: number) => monthOfDay(localIsoDay(now, TRENDS_ZONE));

/** The month asked for, or the one a page opens on (periods.ts); never one after the current. */
export function monthAsked(query: string | undefined, now: number): string {
  const latest = currentMonth(now);
  return query && MONTH.test(query) && query <= latest
    ? query
    : reportingMonth(localIsoDay(now, TRENDS_ZONE));
}

// Names, not flags (as the bot's /language): Serbian's school script first.
const LANGUAGE_NAMES: Record<Locale, string> = {
  sq: "Shqip",
  "sr-Cyrl": "Српски",
  sr: "Srpski",
  mk: "Македонски",
  en: "English",
};
const LANGUAGE_ORDER: Locale[] = ["sq", "sr-Cyrl", "sr", "mk", "en"];

export interface Place {
  path: string;
  month: string;
  /** The language the viewer chose on the page, kept in every link; none while Ura's guess stands. */
  lang?: Locale;
}

export function href(p: Place, overrides: Partial<Place> = {}): string {
  const q = { ...p, ...overrides };
  const params = new URLSearchParams({ month: q.month, ...(q.lang ? { lang: q.lang } : {}) });
  return `${q.path}?${params}`;
}

const GROUPS: Array<[Scope["kind"], string]> = [
  ["programme", "dash-views-programme"],
  // A partner's schools together head the list of its schools.
  ["partner", "dash-views-schools"],
  ["country", "dash-views-countries"],
  ["municipality", "dash-views-municipalities"],
  ["school", "dash-views-schools"],
];

export function pageModel(
  loaded: Loaded,
  here: ScopeRef,
  place: Place,
  now: number,
  words: Words,
): PageModel {
  const { t } = words;
  const latest = currentMonth(now);
  const next = nextMonth(place.month);
  const link = (scope: Scope): NavLink => ({
    href: href({ ...place, path: scopePath(scope) }),
    text: scope.name,
    current: sameScope(scope, here),
  });
  const nav: Nav = {
    previous: {
      href: href(place, { month: previousMonth(place.month) }),
      text: words.month(previousMonth(place.month)),
    },
    ...(next <= latest ? { next: { href: href(place, { month: next }), text: words.month(next) } } : {}),
    csv: href({ ...place, path: `${place.path}.csv` }),
    langs: LANGUAGE_ORDER.filter((l) => LOCALES.includes(l)).map((l) => ({
      locale: l,
      href: href(place, { lang: l }),
      text: LANGUAGE_NAMES[l],
      current: l === words.locale,
    })),
    groups:
      loaded.scopes.length > 1
        ? GROUPS.reduce<Nav["groups"]>((groups, [kind, title]) => {
            const links = loaded.scopes.filter((s) => s.kind === kind).map(link);
            const same = groups.find((g) => g.title === t(title));
            if (same) same.links.push(...links);
            else if (links.length > 0) groups.push({ title: t(title), links });
            return groups;
          }, [])
        : [],
  };
  const reachable = new Set(loaded.scopes.map((s) => `${s.kind}:${s.id}`));
  return {
    view: loaded.view,
    words,
    running: place.month === latest,
    name: loaded.view.scope.name,
    nav,
    partHref: (s) =>
      reachable.has(`${s.kind}:${s.id}`) ? href({ ...place, path: scopePath(s) }) : undefined,
    ...(loaded.gathered !== undefined ? { gathered: loaded.gathered } : {}),
  };
}

function nextMonth(id: string): string {
  const [y, m] = id.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
}
