/**
 * Every kind of button data Ura makes, in one registry: its one-letter tag, its fields, and how
 * they are packed into `callback_data` (Telegram returns it verbatim; a client can send anything).
 *
 * Layout: `<tag><locale digit><fields…>~<mac:8>` — the locale digit tells the language of the
 * press without a KV read; the MAC (sign.ts) binds the data to the person it was made for. Flow
 * buttons put their action after the MAC (`F<locale><state>~<mac>.<action>`): one signature per
 * keyboard, and every action is one the engine checks against the step anyway.
 */
import { CODE_ALPHABET } from "../../crypto/encoding.ts";
import { CASE_ID_LENGTH } from "../../domain/case.ts";
import { SCHOOL_CODE_LENGTH } from "../../domain/school.ts";

type FieldSpec = { chars: RegExp; length?: number };

const code = (length: number): FieldSpec => ({
  chars: new RegExp(`^[${CODE_ALPHABET}]{${length}}$`),
  length,
});
const digits = (length?: number): FieldSpec => ({
  chars: length ? new RegExp(`^\\d{${length}}$`) : /^\d{1,15}$/,
  ...(length ? { length } : {}),
});
const word = (max: number): FieldSpec => ({ chars: new RegExp(`^[a-z0-9]{0,${max}}$`) });

/** A button kind: fields of fixed length, the last one may be of variable length. */
export interface Kind<F extends string> {
  tag: string;
  fields: ReadonlyArray<readonly [F, FieldSpec]>;
}

function kind<const F extends string>(tag: string, ...fields: Array<readonly [F, FieldSpec]>): Kind<F> {
  return { tag, fields };
}

export const KINDS = {
  /** Start a new report for a school (from /start's menu). */
  newReport: kind("N", ["school", code(SCHOOL_CODE_LENGTH)], ["country", digits(1)]),
  /** Continue the unfinished report. */
  resume: kind("R"),
  /** The student's report list: withdraw (ask), withdraw (confirmed), keep it. */
  withdrawAsk: kind("W", ["school", code(SCHOOL_CODE_LENGTH)], ["case", code(CASE_ID_LENGTH)]),
  withdraw: kind("V", ["school", code(SCHOOL_CODE_LENGTH)], ["case", code(CASE_ID_LENGTH)]),
  keep: kind("K"),
  /** /forget: yes, delete everything / no. */
  forget: kind("D"),
  forgetNot: kind("E"),
  /** The language picker: the chosen locale is the locale digit. */
  language: kind("L"),
  /** The student answers the club, consents to mediation, answers the check-in. */
  answer: kind("A", ["school", code(SCHOOL_CODE_LENGTH)], ["case", code(CASE_ID_LENGTH)]),
  consent: kind(
    "G",
    ["school", code(SCHOOL_CODE_LENGTH)],
    ["case", code(CASE_ID_LENGTH)],
    ["yes", digits(1)],
  ),
  checkIn: kind(
    "B",
    ["school", code(SCHOOL_CODE_LENGTH)],
    ["case", code(CASE_ID_LENGTH)],
    ["yes", digits(1)],
  ),
  /** Staff: open a case; act on it (`action` names the step, e.g. "t", "k101", "h12345"). */
  open: kind("O", ["case", code(CASE_ID_LENGTH)]),
  act: kind("C", ["case", code(CASE_ID_LENGTH)], ["action", { chars: /^[a-z][a-z0-9]{0,16}$/ }]),
  /** Staff: the queue's filter and page. */
  // Only the last field may vary in length: the filter is always one letter, or no button unpacks.
  queue: kind("Q", ["filter", { ...word(1), length: 1 }], ["page", digits()]),
  /** Principal: remove a colleague (ask, confirmed). */
  removeAsk: kind("X", ["member", digits()]),
  remove: kind("Y", ["member", digits()]),
  /** Programme admin: remove anyone of a school's staff, a principal too (ask, confirmed). */
  staffRemoveAsk: kind("S", ["school", code(SCHOOL_CODE_LENGTH)], ["member", digits()]),
  staffRemove: kind("T", ["school", code(SCHOOL_CODE_LENGTH)], ["member", digits()]),
} as const;

export type KindName = keyof typeof KINDS;
export type Payload<K extends KindName> = (typeof KINDS)[K] extends Kind<infer F> ? Record<F, string> : never;

export const FLOW_TAG = "F";

/** The fields of a kind, joined. Throws on a value that does not fit: a bug, never user input. */
export function packFields<K extends KindName>(name: K, payload: Payload<K>): string {
  const k: Kind<string> = KINDS[name];
  return k.fields
    .map(([field, spec]) => {
      const value = (payload as Record<string, string>)[field] ?? "";
      if (!spec.chars.test(value)) throw new Error(`button ${name}: bad ${field}`);
      return value;
    })
    .join("");
}

/** The fields of a kind from its packed form; null for anything malformed (user-supplied data). */
export function unpackFields<K extends KindName>(name: K, packed: string): Payload<K> | null {
  const k: Kind<string> = KINDS[name];
  const out: Record<string, string> = {};
  let at = 0;
  for (const [i, [field, spec]] of k.fields.entries()) {
    const last = i === k.fields.length - 1;
    const length = spec.length ?? (last ? packed.length - at : -1);
    if (length < 0) return null;
    const value = packed.slice(at, at + length);
    if (!spec.chars.test(value)) return null;
    out[field] = value;
    at += length;
  }
  return at === packed.length ? (out as Payload<K>) : null;
}

export function kindOfTag(tag: string): KindName | undefined {
  return (Object.keys(KINDS) as KindName[]).find((name) => KINDS[name].tag === tag);
}
