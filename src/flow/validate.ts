/**
 * The flow validator, run by `npm run flows:check` and by the tests: a programme officer who edits
 * flows/*.json learns of a mistake before a child meets it. Pure: the caller supplies the message
 * ids each locale defines.
 */
import { COUNTRIES, type Directory, EMERGENCY_NUMBER } from "../domain/country.ts";
import { type Condition, ROUTES, type Routing, URGENCIES } from "../domain/routing.ts";
import { mediationLeaks, NEVER_MEDIATION } from "../domain/safeguarding.ts";
import { type Flow, SUBMIT } from "./types.ts";
import { choiceStepIds } from "./engine.ts";

export const STEP_TYPES = ["choice", "summary", "message"] as const;
const MAX_CALLBACK_BYTES = 64;
/** The longest signed flow callback: `F<locale><state>~<mac:8>.<action:2>`. */
export function longestCallbackBytes(flow: Flow): number {
  const state = 1 + 1 + 6 + 4 + 5 + 1 + 1; // flow, country, school, nonce, time, step, review
  return 2 + state + choiceStepIds(flow).length + 1 + 8 + 1 + 2;
}

export interface LocaleIds {
  [locale: string]: ReadonlySet<string>;
}

export function validateFlow(flow: Flow, locales: LocaleIds): string[] {
  const problems: string[] = [];
  const at = (where: string, what: string) => problems.push(`${flow.id}: ${where}: ${what}`);
  const ids = Object.keys(flow.steps);
  const messageIds = new Set<string>();
  if (!flow.steps[flow.start]) at("start", `unknown step "${flow.start}"`);
  if (ids.length > 36) at("steps", "more than 36 steps do not fit the compact state encoding");
  if (!(flow.expiresAfterHours > 0)) at("expiresAfterHours", "must be a positive number");
  const targetOk = (t: string) => t === SUBMIT || t in flow.steps;
  const edges = new Map<string, string[]>();
  for (const [id, s] of Object.entries(flow.steps)) {
    if (!(STEP_TYPES as readonly string[]).includes(s.type)) {
      at(id, `unknown step type "${(s as { type: string }).type}"`);
      continue;
    }
    messageIds.add(s.prompt);
    const out = [s.next];
    if (!targetOk(s.next)) at(id, `next "${s.next}" is not a step`);
    for (const key of Object.keys(s.when ?? {})) {
      if (key !== "$route" && !flow.steps[key]) at(id, `condition on unknown step "${key}"`);
    }
    if (s.type === "choice") {
      if (s.options.length === 0) at(id, "a choice needs options");
      if (s.options.length > 36) at(id, "more than 36 options");
      const seen = new Set<string>();
      for (const o of s.options) {
        if (seen.has(o.id)) at(id, `duplicate option "${o.id}"`);
        seen.add(o.id);
        messageIds.add(o.label);
        if (o.next) {
          out.push(o.next);
          if (!targetOk(o.next)) at(`${id}.${o.id}`, `next "${o.next}" is not a step`);
        }
      }
    }
    if (s.type === "message" && !(s.maxLength > 0 && s.maxLength <= 4000)) at(id, "maxLength must be 1–4000");
    edges.set(id, out);
  }
  // Reachability from the start, and whether every step can still reach the end.
  const reached = new Set<string>();
  const stack = [flow.start];
  while (stack.length) {
    const id = stack.pop() as string;
    if (reached.has(id) || !flow.steps[id]) continue;
    reached.add(id);
    stack.push(...(edges.get(id) ?? []));
  }
  for (const id of ids) if (!reached.has(id)) at(id, "unreachable from the start");
  const canFinish = new Set<string>([SUBMIT]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, out] of edges) {
      if (!canFinish.has(id) && out.some((t) => canFinish.has(t))) {
        canFinish.add(id);
        changed = true;
      }
    }
  }
  for (const id of ids) if (!canFinish.has(id)) at(id, `dead end: never reaches ${SUBMIT}`);
  const messageSteps = Object.values(flow.steps).filter((s) => s.type === "message");
  if (messageSteps.some((s) => s.next !== SUBMIT)) {
    at("steps", `a message step must lead to ${SUBMIT} (its answer sends the report: KV budget)`);
  }
  if (longestCallbackBytes(flow) > MAX_CALLBACK_BYTES) {
    at(
      "steps",
      `callback data would be ${longestCallbackBytes(flow)} bytes, over Telegram's ${MAX_CALLBACK_BYTES}`,
    );
  }
  problems.push(...missingMessages(flow.id, messageIds, locales));
  return problems;
}

export function validateRouting(routing: Routing, flow: Flow): string[] {
  const problems: string[] = [];
  /** Every step a condition names is a choice of the flow, and every value one of its options. */
  const checkCondition = (where: string, condition: Condition | undefined) => {
    for (const [stepId, values] of Object.entries(condition ?? {})) {
      const s = flow.steps[stepId];
      if (s?.type !== "choice") {
        problems.push(`${where}: "${stepId}" is not a choice step`);
        continue;
      }
      for (const v of values) {
        if (!s.options.some((o) => o.id === v)) problems.push(`${where}: "${stepId}" has no option "${v}"`);
      }
    }
  };
  for (const [i, rule] of routing.rules.entries()) {
    if (!ROUTES.includes(rule.route)) problems.push(`routing rule ${i}: unknown route "${rule.route}"`);
    if (!URGENCIES.includes(rule.urgency))
      problems.push(`routing rule ${i}: unknown urgency "${rule.urgency}"`);
    checkCondition(`routing rule ${i}`, rule.when);
    checkCondition(`routing rule ${i} (unless)`, rule.unless);
  }
  for (const [i, e] of (routing.escalations ?? []).entries()) {
    if (e.to !== "programme") problems.push(`escalation ${i}: unknown target "${e.to}"`);
    checkCondition(`escalation ${i}`, e.when);
    checkCondition(`escalation ${i} (unless)`, e.unless);
  }
  const last = routing.rules.at(-1);
  if (!last || Object.keys(last.when).length > 0 || last.unless)
    problems.push("routing: the last rule must be a catch-all (empty when, no unless)");
  if (last?.route === "mediation") problems.push("routing: the catch-all must not be mediation");
  // The safeguarding proof names answers by id: a renamed option must not silently void it.
  for (const p of NEVER_MEDIATION) checkCondition(`safeguarding (${p.why})`, p.answers);
  problems.push(...mediationLeaks(routing));
  return problems;
}

export function validateDirectory(directory: Directory, locales: LocaleIds): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const country of COUNTRIES) {
    const d = directory.countries[country];
    if (!d) {
      problems.push(`directory: ${country} is missing`);
      continue;
    }
    for (const kind of ["emergency", "helpline", "referral"] as const) {
      // No listening line is confirmed in some countries: the help card says so rather than invent one.
      if (kind !== "helpline" && !d[kind]?.length) problems.push(`directory: ${country}.${kind} is empty`);
      for (const e of d[kind] ?? []) {
        ids.add(e.label);
        ids.add(e.hours);
        if (e.number !== undefined && !/^[0-9 ]{3,15}$/.test(e.number))
          problems.push(`directory: ${country} number "${e.number}"`);
      }
    }
    if (!d.emergency?.some((e) => e.number === EMERGENCY_NUMBER))
      problems.push(`directory: ${country} emergency must list ${EMERGENCY_NUMBER}`);
  }
  problems.push(...missingMessages("directory", ids, locales));
  return problems;
}

function missingMessages(where: string, ids: Set<string>, locales: LocaleIds): string[] {
  const problems: string[] = [];
  for (const [locale, defined] of Object.entries(locales)) {
    for (const id of ids)
      if (!defined.has(id)) problems.push(`${where}: message "${id}" missing in ${locale}`);
  }
  return problems;
}
