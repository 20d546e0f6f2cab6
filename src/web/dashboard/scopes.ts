/**
 * Where a scope's page lives: /dashboard/school/<code>, /dashboard/municipality/<country>/<name>,
 * /dashboard/country/<code>, /dashboard/programme, /dashboard/partner (a partner's schools
 * together) — and `.csv` after the last segment for the same figures as a file.
 */
import type { ScopeKind } from "../../domain/trends/types.ts";

export interface ScopeRef {
  kind: ScopeKind;
  /** A school's code, "XK/Prizren", "XK", "programme", "partner:<id>" (the id is never in the path). */
  id: string;
}

export const DASHBOARD = "/dashboard";

export function scopePath(scope: ScopeRef): string {
  const seg = (s: string) => encodeURIComponent(s);
  switch (scope.kind) {
    case "school":
      return `${DASHBOARD}/school/${seg(scope.id)}`;
    case "municipality": {
      const cut = scope.id.indexOf("/");
      return `${DASHBOARD}/municipality/${seg(scope.id.slice(0, cut))}/${seg(scope.id.slice(cut + 1))}`;
    }
    case "country":
      return `${DASHBOARD}/country/${seg(scope.id)}`;
    case "programme":
      return `${DASHBOARD}/programme`;
    case "partner":
      return `${DASHBOARD}/partner`;
  }
}

const decode = (s: string): string | null => {
  try {
    const out = decodeURIComponent(s);
    return out.length > 0 && out.length <= 80 && !out.includes("/") ? out : null;
  } catch {
    return null;
  }
};

/**
 * The scope a path below /dashboard/ names (`partnerId` fills a partner's own scope), and whether
 * it asks for CSV; null for anything else.
 */
export function parseScopePath(rest: string, partnerId: number): { scope: ScopeRef; csv: boolean } | null {
  const csv = rest.endsWith(".csv");
  const parts = (csv ? rest.slice(0, -4) : rest).split("/").map(decode);
  if (parts.some((p) => p === null)) return null;
  const [kind, a, b, ...more] = parts as string[];
  if (more.length > 0) return null;
  const one = (scope: ScopeRef) => ({ scope, csv });
  if (kind === "programme" && a === undefined) return one({ kind: "programme", id: "programme" });
  if (kind === "partner" && a === undefined) return one({ kind: "partner", id: partnerScopeId(partnerId) });
  if (kind === "school" && a && b === undefined) return one({ kind: "school", id: a });
  if (kind === "country" && a && b === undefined) return one({ kind: "country", id: a });
  if (kind === "municipality" && a && b) return one({ kind: "municipality", id: `${a}/${b}` });
  return null;
}

/** A partner's schools together: an id no school code, place or country can take. */
export const partnerScopeId = (partnerId: number) => `partner:${partnerId}`;

export const sameScope = (x: ScopeRef, y: ScopeRef) => x.kind === y.kind && x.id === y.id;
