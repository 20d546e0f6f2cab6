/**
 * The desk's work on cases: create from a report, add to it, every staff and student change, the
 * relay between them, the student's list and their /forget. Each runs in one transaction (see
 * state.ts) and leaves its KV rows and notices in the outbox.
 */
import { mayChange, mayReceive, canSee, canWork } from "../../domain/access.ts";
import { type CaseRecord, isOpen } from "../../domain/case.ts";
import { applyChange, type Change } from "../../domain/lifecycle.ts";
import { onAddition, onChange, onNewCase, onRelay, withdrawn } from "../../domain/notices.ts";
import type { StaffMember } from "../../domain/staff.ts";
import type {
  AddRequest,
  AddResult,
  ChangeResult,
  MyCase,
  NoteRequest,
  Opened,
  RelayRequest,
  RelayResult,
  StaffChangeRequest,
  StudentChangeRequest,
  SubmitRequest,
  SubmitResult,
} from "./api.ts";
import type { DeskState } from "./state.ts";

/** Minutes after sending during which more messages are added to the report (children write in bursts). */
export const ADD_WINDOW_MINUTES = 30;
/** At most this many additions to one report: each is a notice and a row, and one person's taps must stay cheap. */
export const MAX_ADDITIONS = 5;

const owns = (d: DeskState, caseId: string, owners: readonly string[]) => {
  const owner = d.ownerOf(caseId);
  return owner !== null && owners.includes(owner);
};

type Submitted = { kind: "created" | "exists" | "limit"; id: string };
type Staffed = { ok: true } | { ok: false; reason: Extract<ChangeResult, { ok: false }>["reason"] };

export function submit(d: DeskState, req: SubmitRequest): SubmitResult {
  const out = d.once<Submitted>("submit", req.updateId, req.case.id, () => {
    const existing = d.readCase(req.case.id);
    if (existing) return { keep: false, result: { kind: "exists" as const, id: existing.id } };
    const when = d.when();
    const today = d.sql
      .exec<{ n: number }>(
        `SELECT count(*) AS n FROM cases WHERE day = ? AND owner IN (${req.owners.map(() => "?").join(",")})`,
        when.day,
        ...req.owners,
      )
      .one().n;
    if (today >= req.dailyLimit) return { keep: false, result: { kind: "limit" as const, id: req.case.id } };
    const record: CaseRecord = {
      v: 2,
      ...req.case,
      school: d.requireSchool().code,
      status: "new",
      hour: when.hour,
      day: when.day,
      additions: 0,
      history: [{ e: "new", d: when.day }],
      flags: 0,
    };
    d.writeCase(record, null, req.owners[0]);
    d.notify(onNewCase(record, d.audience()));
    return { keep: true, result: { kind: "created" as const, id: record.id } };
  });
  if (out.kind === "limit") return { kind: "limit" };
  const c = d.readCase(out.id);
  // Sent, then erased (/forget) before this redelivery: nothing to answer but that it is gone.
  if (!c) return { kind: "gone" };
  return out.kind === "exists"
    ? { kind: "exists", case: c }
    : { kind: "created", case: c, replay: out.replay, done: out.done };
}

export function add(d: DeskState, req: AddRequest): AddResult {
  return d.once<{ kind: AddResult["kind"] }>("add", req.updateId, req.caseId, () => {
    const c = d.readCase(req.caseId);
    if (!c || !owns(d, req.caseId, req.owners)) return { keep: false, result: { kind: "gone" as const } };
    const sentAt = d.sentAt(c.id);
    const inWindow = sentAt !== null && d.now() - sentAt <= ADD_WINDOW_MINUTES * 60_000;
    if (!isOpen(c.status) || !inWindow) return { keep: false, result: { kind: "closed" as const } };
    if (c.additions >= MAX_ADDITIONS) return { keep: false, result: { kind: "full" as const } };
    d.sql.exec(
      "INSERT INTO additions (case_id, update_id, sealed) VALUES (?, ?, ?)",
      c.id,
      req.updateId,
      req.sealed,
    );
    const next: CaseRecord = {
      ...c,
      additions: c.additions + 1,
      hasText: c.hasText || req.hasText,
      hasPhoto: c.hasPhoto || req.hasPhoto,
    };
    d.writeCase(next, c);
    d.notify(onAddition(next, d.audience()));
    return { keep: true, result: { kind: "added" as const } };
  }) as AddResult;
}

/** A staff member's change: membership, access and lifecycle checked here, on consistent data. */
export function staffChange(d: DeskState, req: StaffChangeRequest): ChangeResult {
  const out = d.once<Staffed>("change", req.updateId, req.caseId, () => {
    const c = d.readCase(req.caseId);
    const member = d.member(req.memberId);
    if (!c || !member || (!canSee(member, c) && !canWork(member, c))) return refused("gone");
    // A retried take by the one who has it is a success, not "someone already has it".
    if (req.change.kind === "take" && c.assignee?.id === member.id)
      return { keep: false, result: { ok: true as const } };
    if (!mayChange(member, c, req.change.kind)) return refused("forbidden");
    const change = completed(d, member, c, req.change);
    if (!change) return refused("target");
    const result = applyChange(c, change, d.when());
    if (!result.ok) return refused(result.reason);
    d.writeCase(result.next, c);
    d.notify(onChange(c, result.next, change, { staff: member }, d.audience()));
    return { keep: true, result: { ok: true as const } };
  });
  const c = d.readCase(req.caseId) ?? undefined;
  if (!out.ok) return { ok: false, reason: out.reason, ...(c ? { case: c } : {}) };
  if (!c) return { ok: false, reason: "gone" };
  return { ok: true, case: c, replay: out.replay, done: out.done };
}

function refused(reason: Extract<ChangeResult, { ok: false }>["reason"]): { keep: boolean; result: Staffed } {
  return { keep: false, result: { ok: false, reason } };
}

/** Fills in who did it from the desk's own staff list, and re-checks a hand-over's target now. */
function completed(d: DeskState, member: StaffMember, c: CaseRecord, change: Change): Change | null {
  const nameOf = (m: StaffMember) => ({ id: m.id, name: m.displayName ?? m.name });
  if (change.kind === "take") return { kind: "take", by: nameOf(member) };
  if (change.kind === "handover") {
    const target = d.member(change.to.id);
    if (!target || target.id === member.id || !mayReceive(target, c)) return null;
    return { kind: "handover", to: nameOf(target) };
  }
  return change;
}

/** The student's own answers about their case: consent, the check-in, withdrawing it. */
export function studentChange(d: DeskState, req: StudentChangeRequest): ChangeResult {
  const out = d.once<Staffed>("student", req.updateId, req.caseId, () => {
    const c = d.readCase(req.caseId);
    if (!c || !owns(d, req.caseId, req.owners)) return refused("gone");
    const result = applyChange(c, req.change, d.when());
    if (!result.ok) return refused(result.reason);
    d.writeCase(result.next, c);
    d.notify(onChange(c, result.next, req.change, {}, d.audience()));
    return { keep: true, result: { ok: true as const } };
  });
  const c = d.readCase(req.caseId) ?? undefined;
  if (!out.ok) return { ok: false, reason: out.reason, ...(c ? { case: c } : {}) };
  if (!c) return { ok: false, reason: "gone" };
  return { ok: true, case: c, replay: out.replay, done: out.done };
}

/** An internal note: its own sealed row, so a note and a consent (or two notes) never overwrite each other. */
export function addNote(d: DeskState, req: NoteRequest): { ok: boolean } {
  return d.once<{ ok: boolean }>("note", req.updateId, req.caseId, () => {
    const c = d.readCase(req.caseId);
    const member = d.member(req.memberId);
    if (!c || !member || !canWork(member, c) || !isOpen(c.status))
      return { keep: false, result: { ok: false } };
    d.sql.exec(
      "INSERT INTO notes (case_id, update_id, sealed) VALUES (?, ?, ?)",
      c.id,
      req.updateId,
      req.sealed,
    );
    return { keep: true, result: { ok: true } };
  });
}

/** The student writes to whoever works on their case: sealed, through the queue, at once. */
export function relayFromStudent(d: DeskState, req: RelayRequest & { owners: string[] }): RelayResult {
  return d.once<{ kind: RelayResult["kind"] }>("relay", req.updateId, req.caseId, () => {
    const c = d.readCase(req.caseId);
    if (!c || !owns(d, req.caseId, req.owners)) return { keep: false, result: { kind: "gone" as const } };
    if (!isOpen(c.status)) return { keep: false, result: { kind: "closed" as const } };
    const notices = onRelay(c, d.audience(), "to-club", req.sealed);
    if (notices.length === 0) return { keep: false, result: { kind: "nobody" as const } };
    d.notify(notices);
    return { keep: true, result: { kind: "sent" as const } };
  }) as RelayResult;
}

/**
 * Whoever works on the case writes to the student. The answer to the adult is the same whether or
 * not the student can still be reached (a blocked bot must not tell staff the child left).
 */
export function relayFromStaff(d: DeskState, req: RelayRequest & { memberId: number }): RelayResult {
  return d.once<{ kind: RelayResult["kind"] }>("relay", req.updateId, req.caseId, () => {
    const c = d.readCase(req.caseId);
    const member = d.member(req.memberId);
    if (!c || !member || !canWork(member, c)) return { keep: false, result: { kind: "gone" as const } };
    if (!isOpen(c.status)) return { keep: false, result: { kind: "closed" as const } };
    d.notify(onRelay(c, d.audience(), "to-student", req.sealed, member));
    return { keep: true, result: { kind: "sent" as const } };
  }) as RelayResult;
}

/**
 * A staff member opens a case: the row for anyone whose queue it is in, the sealed content only for
 * who may work on it — and that opening is recorded (sealed by the Worker: who, role, day).
 */
export function open(
  d: DeskState,
  caseId: string,
  memberId: number,
  auditEntry?: { key: string; sealed: string },
): Opened | null {
  const c = d.readCase(caseId);
  const member = d.member(memberId);
  if (!c || !member || (!canSee(member, c) && !canWork(member, c))) return null;
  const may = canWork(member, c) ? "work" : "see";
  // One entry per person and day (the key): opening a case ten times in a day is one line.
  if (may === "work" && auditEntry)
    d.sql.exec(
      "INSERT OR IGNORE INTO audit (case_id, key, sealed) VALUES (?, ?, ?)",
      c.id,
      auditEntry.key,
      auditEntry.sealed,
    );
  if (may === "see") return { case: c, member, may, additions: [], notes: [], audit: [] };
  const rows = (table: "additions" | "notes") =>
    d.sql
      .exec<{ update_id: number; sealed: string }>(
        `SELECT update_id, sealed FROM ${table} WHERE case_id = ? ORDER BY update_id`,
        c.id,
      )
      .toArray()
      .map((r) => ({ n: r.update_id, sealed: r.sealed }));
  const audit = d.sql
    .exec<{ sealed: string }>("SELECT sealed FROM audit WHERE case_id = ? ORDER BY seq", c.id)
    .toArray()
    .map((r) => r.sealed);
  return { case: c, member, may, additions: rows("additions"), notes: rows("notes"), audit };
}

export function mine(d: DeskState, owners: readonly string[]): MyCase[] {
  return d.casesOf(owners).map((c) => ({ id: c.id, status: c.status, day: c.day }));
}

export function sentToday(d: DeskState, owners: readonly string[]): number {
  const day = d.when().day;
  return d.casesOf(owners).filter((c) => c.day === day).length;
}

/**
 * /forget: every case of the student goes, at once. Whoever was working on an open one — or would
 * have — is told it was withdrawn, never what it said.
 */
export function forget(d: DeskState, updateId: number, owners: readonly string[]): { erased: number } {
  return d.once("forget", updateId, null, () => {
    const cases = d.casesOf(owners);
    const audience = d.audience();
    for (const c of cases) {
      if (isOpen(c.status)) d.notify(withdrawn(c, audience));
      d.deleteCase(c);
    }
    return { keep: true, result: { erased: cases.length } };
  });
}
