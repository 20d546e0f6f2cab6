/**
 * The figures of a page: a principal's school from its own desk (live, strongly consistent); a
 * partner's or an admin's whole reach from the programme's desk (gathered by the cron), suppressed
 * as one system so that no view can be subtracted from another (domain/trends/view.ts).
 */
import type { Services } from "../../bot/context.ts";
import type { Scope, TrendsView } from "../../domain/trends/types.ts";
import { localIsoDay } from "../../domain/time.ts";
import { TRENDS_ZONE, weekOfDay } from "../../domain/trends/periods.ts";
import type { Reach } from "../../domain/trends/reach.ts";
import { viewOfScope } from "../../domain/trends/view.ts";
import { deskOf, programmeOf } from "../../storage/desk/client.ts";
import type { Words } from "./labels.ts";
import { partnerScopeId, type ScopeRef } from "./scopes.ts";
import { breakdownValues } from "../../flow/breakdowns.ts";
import type { Viewer } from "./viewer.ts";

export interface Loaded {
  view: TrendsView;
  /** Every scope the viewer may open (the navigation), in the reach's order. */
  scopes: Scope[];
  /** When the oldest of these counts was gathered; absent for a school's own live page. */
  gathered?: number;
}

/** The programme, a country and a partner's sum are named in the viewer's language (reach.ts names them by id). */
function named(scope: Scope, viewer: Viewer, words: Words): Scope {
  switch (scope.kind) {
    case "programme":
      return { ...scope, name: words.t("dash-scope-programme") };
    case "country":
      return { ...scope, name: words.t(`country-${scope.id}`) };
    case "partner":
      return viewer.kind === "partner"
        ? { ...scope, name: words.t("dash-scope-partner", { name: viewer.partner.org }) }
        : scope;
    default:
      return scope;
  }
}

/** The view of one scope for a month, with the scopes the viewer may open; null when it has none. */
export async function loadScope(
  services: Services,
  viewer: Viewer,
  ref: ScopeRef,
  monthId: string,
  words: Words,
): Promise<Loaded | null> {
  const options = {
    values: breakdownValues(),
    lastWeek: weekOfDay(localIsoDay(services.now(), TRENDS_ZONE)),
  };
  if (viewer.kind === "principal") {
    const desk = deskOf(services.env, viewer.school, services.deskCalls);
    const [school, counts] = await Promise.all([desk.school(), desk.stats(services.now())]);
    if (!school || ref.kind !== "school" || ref.id !== school.code) return null;
    const scope: Scope = { kind: "school", id: school.code, name: school.name };
    return { view: viewOfScope(scope, counts, monthId, words.threshold, options), scopes: [scope] };
  }
  if (viewer.kind !== "admin" && viewer.kind !== "partner") return null;
  const reach: Reach =
    viewer.kind === "admin"
      ? { kind: "admin" }
      : { kind: "partner", id: partnerScopeId(viewer.id), schools: viewer.partner.schools };
  const found = await programmeOf(services.env, services.deskCalls).view(
    reach,
    { kind: ref.kind, id: ref.id },
    monthId,
    words.threshold,
    options,
  );
  if (!found) return null;
  const name = (scope: Scope) => named(scope, viewer, words);
  const { view } = found;
  return {
    view: {
      ...view,
      scope: name(view.scope),
      ...(view.parts ? { parts: view.parts.map((p) => ({ ...p, scope: name(p.scope) })) } : {}),
    },
    scopes: found.scopes.map(name),
    ...(found.gathered ? { gathered: found.gathered } : {}),
  };
}
