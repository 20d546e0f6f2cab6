/**
 * Who is looking, and what they may see — looked up on every page from the session's Telegram id:
 * a programme admin (config), a school's staff (KV member record), or a partner NGO's member (KV
 * partner record). Principals see their school; partners their schools, each and together; admins
 * everything. Leads and advisers work cases in the chat and see no trends here.
 */
import type { Services } from "../../bot/context.ts";
import type { Partner } from "../../domain/partner.ts";
import { isLocale, type Locale, localeFromTelegram } from "../../i18n/locales.ts";
import { keys } from "../../storage/keys.ts";
import { getMember } from "../../storage/members.ts";
import type { Session } from "./session.ts";
import { partnerScopeId, type ScopeRef } from "./scopes.ts";

export type Viewer =
  | { kind: "admin"; id: number; locale: Locale }
  | { kind: "principal"; id: number; school: string; locale: Locale }
  | { kind: "partner"; id: number; partner: Partner; locale: Locale }
  | { kind: "staff"; id: number; locale: Locale }
  | { kind: "none"; id: number; locale: Locale };

/** The first language of an Accept-Language header that Ura speaks (a desktop browser's). */
export function localeFromHeader(header: string | undefined): Locale | undefined {
  for (const part of (header ?? "").split(",")) {
    const locale = localeFromTelegram(part.split(";")[0]?.trim());
    if (locale) return locale;
  }
  return undefined;
}

export async function viewerOf(
  services: Services,
  session: Session,
  acceptLanguage?: string,
): Promise<Viewer> {
  const id = session.userId;
  const guessed = localeFromTelegram(session.telegramLang) ?? localeFromHeader(acceptLanguage) ?? "en";
  if (services.config.adminIds.has(id)) return { kind: "admin", id, locale: guessed };
  const member = await getMember(services.kv, id);
  if (member?.role === "principal")
    return { kind: "principal", id, school: member.school, locale: member.lang };
  const raw = await services.kv.get(keys.partner(id));
  const partner = raw ? (JSON.parse(raw) as Partner) : null;
  if (partner)
    return { kind: "partner", id, partner, locale: isLocale(partner.lang) ? partner.lang : guessed };
  if (member) return { kind: "staff", id, locale: member.lang };
  return { kind: "none", id, locale: guessed };
}

/** The page a viewer lands on: their school, their schools together, the programme. */
export function homeOf(viewer: Viewer): ScopeRef | null {
  switch (viewer.kind) {
    case "admin":
      return { kind: "programme", id: "programme" };
    case "principal":
      return { kind: "school", id: viewer.school };
    case "partner":
      return { kind: "partner", id: partnerScopeId(viewer.id) };
    default:
      return null;
  }
}

/**
 * Whether the viewer may see a scope at all (whether it exists is the data's question). An admin may
 * see any; a partner its own schools and their sum; a principal their school.
 */
export function mayView(viewer: Viewer, scope: ScopeRef): boolean {
  switch (viewer.kind) {
    case "admin":
      return scope.kind !== "partner";
    case "principal":
      return scope.kind === "school" && scope.id === viewer.school;
    case "partner":
      return (
        (scope.kind === "partner" && scope.id === partnerScopeId(viewer.id)) ||
        (scope.kind === "school" && viewer.partner.schools.includes(scope.id))
      );
    default:
      return false;
  }
}

/** A `?lang=` the viewer chose on the page wins over the one Ura guessed. */
export const chosenLocale = (query: string | undefined, viewer: Viewer): Locale =>
  isLocale(query) ? query : viewer.locale;
