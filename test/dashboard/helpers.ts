/** Signing in to the dashboard as Telegram would, and people of every role, for the dashboard's tests. */
import { env, exports } from "cloudflare:workers";
import type { Partner } from "../../src/domain/partner.ts";
import type { StaffMember } from "../../src/domain/staff.ts";
import { keys } from "../../src/storage/keys.ts";
import { SCHOOLS } from "../support/schools.ts";
import { initDataOf } from "./sha256.ts";

export const BASE = "https://ura.test";
export const ADMIN = 900001;

let openings = 0;

/** initData for a user, signed with the Worker's bot token by the test's own HMAC: a new opening each time. */
export function initDataFor(id: number, opts: { lang?: string; ago?: number; token?: string } = {}): string {
  const user = { id, first_name: "Someone", ...(opts.lang ? { language_code: opts.lang } : {}) };
  return initDataOf(
    {
      query_id: `Q${id}-${++openings}`,
      user: JSON.stringify(user),
      auth_date: String(Math.floor(Date.now() / 1000) - (opts.ago ?? 5)),
    },
    opts.token ?? String(env.BOT_TOKEN),
  );
}

export function postAuth(initData: string, extra: Record<string, string> = {}): Promise<Response> {
  return exports.default.fetch(
    new Request(`${BASE}/dashboard/auth`, {
      method: "POST",
      body: new URLSearchParams({ initData, theme: "", next: "", ...extra }),
      redirect: "manual",
    }),
  );
}

/** The `name=value` of the session cookie a response set, for the next request's Cookie header. */
export function cookieOf(res: Response): string {
  const set = res.headers.get("Set-Cookie") ?? "";
  const pair = set.split(";")[0] ?? "";
  if (!pair.startsWith("ura_dashboard=")) throw new Error(`no session cookie in: ${set}`);
  return pair;
}

/** Signs in as this Telegram user (the Mini App way) and returns the session cookie. */
export async function signIn(id: number, lang?: string): Promise<string> {
  const res = await postAuth(initDataFor(id, lang ? { lang } : {}));
  if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
  return cookieOf(res);
}

export function get(path: string, cookie?: string, headers: Record<string, string> = {}): Promise<Response> {
  return exports.default.fetch(
    new Request(`${BASE}${path}`, {
      headers: { ...(cookie ? { Cookie: cookie } : {}), ...headers },
      redirect: "manual",
    }),
  );
}

export async function putMember(
  id: number,
  role: StaffMember["role"],
  school = SCHOOLS.XK.code,
  lang: StaffMember["lang"] = "en",
) {
  const s = Object.values(SCHOOLS).find((x) => x.code === school) ?? SCHOOLS.XK;
  const member: StaffMember = {
    school,
    id,
    role,
    name: `P${id}`,
    lang,
    country: s.country,
    timeZone: s.timeZone,
  };
  await env.KV.put(keys.member(id), JSON.stringify(member));
}

export async function putPartner(
  id: number,
  schools: string[],
  lang: Partner["lang"] = "en",
  org = "Partner NGO",
) {
  const partner: Partner = { id, org, name: `N${id}`, lang, schools };
  await env.KV.put(keys.partner(id), JSON.stringify(partner));
}

/** Visible text of a page: tags out, entities for the few characters escaped. */
export const textOf = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

/** Every table row of a page as [label, value]. */
export function rowsOf(html: string): Array<[string, string]> {
  return [...html.matchAll(/<th scope="row">([\s\S]*?)<\/th><td class="n">([\s\S]*?)<\/td>/g)].map((m) => [
    textOf(m[1] ?? "").trim(),
    textOf(m[2] ?? "").trim(),
  ]);
}
