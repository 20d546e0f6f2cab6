/**
 * How the page names each persona's role and what it suggests first — shared by the server-rendered
 * page (page.tsx) and the client (client/), so both say the same.
 */
import type { Persona } from "./personas.ts";

export type Role = Persona["role"];

export const ROLE: Record<Role, { title: string; tab: string; hint: string; first?: string }> = {
  student: {
    title: "Student",
    tab: "Student",
    hint: "Tap the green button above — as if scanning the QR code on the school's poster. /language switches the language.",
  },
  adviser: {
    title: "Mediation-club adviser",
    tab: "Adviser",
    hint: "Drita advises the demo school's mediation club: peer conflicts arrive here.",
    first: "/queue",
  },
  principal: {
    title: "Principal",
    tab: "Principal",
    hint: "Ilir is the demo school's principal: urgent cases and those outside mediation arrive here. /trends sums up the school's month; the Dashboard button opens the charts.",
    first: "/queue",
  },
  lead: {
    title: "Child-protection lead",
    tab: "Protection",
    hint: "Vjosa protects the demo school's children: abuse, violence at home and self-harm arrive here.",
    first: "/queue",
  },
  admin: {
    title: "Programme admin",
    tab: "Admin",
    hint: "Nora runs the programme: schools (/newschool), their staff (/invite), undelivered notices, and the trends of every school (/trends, Dashboard).",
    first: "/schools",
  },
  partner: {
    title: "Partner NGO",
    tab: "Partner",
    hint: "Besa's NGO supports the two Prizren demo schools: their trends, together and each, on the dashboard.",
    first: "/trends",
  },
};

export const fullName = (p: Persona): string =>
  p.last_name ? `${p.first_name} ${p.last_name}` : p.first_name;
