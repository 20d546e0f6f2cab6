/**
 * The mediation workflow's rules (DESIGN: "Mediation is a workflow, not a status"). Before a case
 * reaches a session, the adviser confirms suitability with a short checklist and both sides consent.
 * Pure; the lifecycle (lifecycle.ts) applies them.
 */
import type { CaseRecord, Mediation } from "./case.ts";

/** Fluent ids of the suitability checklist, in order: every one must hold for mediation. */
export const CHECKLIST = ["check-peers", "check-no-injury", "check-no-abuse", "check-wants"] as const;

const PEERS = 0;
const NO_INJURY = 1;
const NO_ABUSE = 2;

/**
 * A report a bystander sent about another student (the flow's "who" answer): that student, not the
 * reporter, is the one to agree to mediation, and the adviser asks them in person.
 */
export const aboutOther = (c: Pick<CaseRecord, "answers">) => c.answers.who === "other";

/** Mediation needs both sides' consent (DESIGN): until then no session, no agreement. */
export function consentOf(m: Mediation | undefined): "given" | "refused" | "waiting" {
  const { studentConsent, otherConsent } = m ?? {};
  if (studentConsent === "no" || otherConsent === "no") return "refused";
  return studentConsent === "yes" && otherConsent === "yes" ? "given" : "waiting";
}

/**
 * A case the checklist found unsuitable may be closed as "not suitable" only when what it found is
 * safe to leave: both sides are peers, nobody was seriously injured or threatened with a weapon, and
 * there is no sexual or home violence — mediation itself was not wanted. An adult or a power
 * imbalance on the other side, or violence, can only be referred on: to school staff, who protect
 * children, or outside services (DESIGN: no adult-to-child violence in peer mediation).
 */
export function checklistAllowsClosing(m: Mediation | undefined): boolean {
  const items = m?.checklist;
  return (
    items !== undefined && items[PEERS] === true && items[NO_INJURY] === true && items[NO_ABUSE] === true
  );
}

/** Days after an agreement before the student is asked "Is it better now?" (DESIGN: 1–2 weeks). */
export const CHECK_IN_AFTER_DAYS = 10;
