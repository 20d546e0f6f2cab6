/**
 * The playground's fake Telegram users. Playground only: these ids never meet real children.
 * The admin persona's id is the playground's default ADMIN_IDS (src/config.ts). Staff personas
 * (adviser, principal, lead) join the demo school when it is seeded, as real staff do.
 */
import { PLAYGROUND_ADMIN_ID } from "../config.ts";

export interface Persona {
  id: number;
  role: "student" | "adviser" | "principal" | "lead" | "admin";
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
];

export const DEMO_SCHOOL = {
  code: "DEM2XK",
  name: "Shkolla Demo “Ura”",
  municipality: "Prizren",
  country: "XK",
  lang: "sq",
} as const;
