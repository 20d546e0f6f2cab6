/**
 * The playground's fake Telegram users. Playground only: these ids never meet real children.
 * The admin persona's id is the playground's default ADMIN_IDS (src/config.ts). Staff personas
 * (adviser, principal, lead) join the demo school when it is seeded, as real staff do; the partner
 * joins as a partner NGO's member of the Prizren demo schools, as `/invite partner` would have it.
 */
import { PLAYGROUND_ADMIN_ID } from "../config.ts";
import { DEMO_SCHOOLS } from "../domain/demo.ts";

export interface Persona {
  id: number;
  role: "student" | "adviser" | "principal" | "lead" | "admin" | "partner";
  first_name: string;
  last_name?: string;
  username?: string;
  language_code: string;
}

export const PERSONAS: readonly Persona[] = [
  {
    id: 1000001,
    role: "student",
    first_name: "Arta",
    last_name: "Krasniqi",
    username: "arta_k",
    language_code: "sq",
  },
  {
    id: 1000002,
    role: "adviser",
    first_name: "Drita",
    last_name: "Berisha",
    username: "drita_teacher",
    language_code: "en",
  },
  { id: 1000003, role: "principal", first_name: "Ilir", last_name: "Gashi", language_code: "sq" },
  // The school's child-protection lead (often the psychologist): cases outside mediation's scope.
  { id: 1000005, role: "lead", first_name: "Vjosa", last_name: "Hoxha", language_code: "en" },
  {
    id: Number(PLAYGROUND_ADMIN_ID),
    role: "admin",
    first_name: "Nora",
    username: "ngo_nora",
    language_code: "en",
  },
  // A local NGO's member who supports the two Prizren demo schools: their trends, on the dashboard.
  { id: 1000006, role: "partner", first_name: "Besa", last_name: "Morina", language_code: "en" },
];

/**
 * The personas with a chat column on the page. The partner is met in the dashboard panel (the Mini
 * App) instead: a sixth column would leave each too narrow on a laptop. What the bot sends the
 * partner (a notice of what a principal left untaken) is listed under the chats of no persona.
 */
export const CHAT_PERSONAS: readonly Persona[] = PERSONAS.filter((p) => p.role !== "partner");

/** Whose dashboard the page's panel opens (GET /dashboard/dev/<role>, playground/dashboard-login.ts). */
export const DASHBOARD_ROLES = ["principal", "partner", "admin"] as const;

/** The partner persona's organisation, as an admin's `/invite partner Partner NGO Prizren; XK/Prizren`. */
export const PARTNER_ORG = "Partner NGO Prizren";

export const DEMO_SCHOOL = DEMO_SCHOOLS[0];
