/**
 * The sealed parts of a case, and how each is sealed and opened: every purpose binds its value to
 * the case (keys.ts `sealedAad`), and every opened value is parsed with its schema, not cast. The
 * desk stores these strings without the key; only an update acting for an authorized reader opens
 * one (DESIGN, anonymity 1–2).
 */
import * as v from "valibot";
import { type KeyRing, open, seal } from "../crypto/seal.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { type SealPurpose, sealedAad } from "./keys.ts";

const Words = v.object({ text: v.optional(v.string()), photo: v.optional(v.string()) });
export type Words = v.InferOutput<typeof Words>;

const Contact = v.object({ chat: v.number(), lang: v.custom<Locale>(isLocale) });
export type Contact = v.InferOutput<typeof Contact>;

const SessionPlan = v.object({ at: v.number(), place: v.string() });
export type SessionPlan = v.InferOutput<typeof SessionPlan>;

const AuditEntry = v.object({ who: v.string(), role: v.string(), day: v.string() });
export type AuditEntry = v.InferOutput<typeof AuditEntry>;

const SCHEMAS = {
  content: Words,
  contact: Contact,
  note: v.string(),
  session: SessionPlan,
  agreement: v.string(),
  audit: AuditEntry,
  addition: Words,
  relay: Words,
} as const;

type Kind = keyof typeof SCHEMAS;
export type Opened<K extends Kind> = v.InferOutput<(typeof SCHEMAS)[K]>;

/** The case a part belongs to: its school and id. */
export interface CaseRef {
  school: string;
  id: string;
}

const purposeOf = (kind: Kind, n?: number): SealPurpose | string => (n === undefined ? kind : `${kind}:${n}`);

export function sealPart<K extends Kind>(
  ring: KeyRing,
  ref: CaseRef,
  kind: K,
  value: Opened<K>,
  n?: number,
): Promise<string> {
  return seal(ring, JSON.stringify(value), sealedAad(ref.school, ref.id, purposeOf(kind, n)));
}

export async function openPart<K extends Kind>(
  ring: KeyRing,
  ref: CaseRef,
  kind: K,
  sealed: string,
  n?: number,
): Promise<Opened<K>> {
  const text = await open(ring, sealed, sealedAad(ref.school, ref.id, purposeOf(kind, n)));
  return v.parse(SCHEMAS[kind], JSON.parse(text)) as Opened<K>;
}

/** A notice carries its sealed words with the purpose they were sealed for ("relay:123", "session"). */
export async function openByPurpose(
  ring: KeyRing,
  ref: CaseRef,
  purpose: string,
  sealed: string,
): Promise<Words | SessionPlan> {
  const kind = purpose.split(":")[0];
  if (kind !== "relay" && kind !== "session" && kind !== "addition")
    throw new Error("unknown sealed purpose");
  const text = await open(ring, sealed, sealedAad(ref.school, ref.id, purpose));
  return v.parse(SCHEMAS[kind], JSON.parse(text));
}
