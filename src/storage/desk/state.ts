/**
 * The desk's tables as typed reads and writes, and the two rules every desk operation follows:
 * - one SQLite transaction per operation, with no await inside it (requests to a Durable Object
 *   interleave only at awaits, so a read-check-write on its own storage is a real compare-and-swap);
 * - every KV write and notice that follows a change goes into the outbox in that same transaction.
 */
import { type CaseRecord, rowOf } from "../../domain/case.ts";
import { factOf } from "../../domain/trends/facts.ts";
import type { Audience, Notice } from "../../domain/notices.ts";
import type { School } from "../../domain/school.ts";
import type { StaffMember } from "../../domain/staff.ts";
import { localIsoDay, hourOf, HOUR } from "../../domain/time.ts";
import type { When } from "../../domain/lifecycle.ts";
import { keys } from "../keys.ts";
import { schoolRow } from "../schools.ts";
import { enqueue, type OutboxItem } from "./outbox.ts";
import { UPDATES_KEPT_MS } from "./schema.ts";
import type { Applied } from "./api.ts";

/** The desk's clock is the caller's: tests and the playground move time through the Worker. */
export interface Clock {
  now: () => number;
}

export interface DeskOptions {
  admins: readonly number[];
  /** Non-urgent notices wait for the next full hour. */
  holdNotices: boolean;
}

interface UpdateRow extends Record<string, SqlStorageValue> {
  result: string;
  done: string | null;
}

export class DeskState {
  constructor(
    readonly sql: SqlStorage,
    private readonly clock: Clock,
    readonly options: DeskOptions,
  ) {}

  now(): number {
    return this.clock.now();
  }

  school(): School | null {
    const row = this.sql.exec<{ v: string }>("SELECT v FROM school WHERE k = 1").toArray()[0];
    return row ? (JSON.parse(row.v) as School) : null;
  }

  requireSchool(): School {
    const s = this.school();
    if (!s) throw new Error("desk has no school (init first)");
    return s;
  }

  /** Now, as the lifecycle sees it: the school-local day and the hour. */
  when(): When {
    const now = this.now();
    return { now, day: localIsoDay(now, this.requireSchool().timeZone), hour: hourOf(now) };
  }

  readCase(id: string): CaseRecord | null {
    const row = this.sql.exec<{ record: string }>("SELECT record FROM cases WHERE id = ?", id).toArray()[0];
    return row ? (JSON.parse(row.record) as CaseRecord) : null;
  }

  ownerOf(id: string): string | null {
    return (
      this.sql.exec<{ owner: string }>("SELECT owner FROM cases WHERE id = ?", id).toArray()[0]?.owner ?? null
    );
  }

  /** Writes the case; its KV row follows through the outbox only when the row changed. */
  writeCase(next: CaseRecord, before: CaseRecord | null, owner?: string): void {
    if (before) this.sql.exec("UPDATE cases SET record = ? WHERE id = ?", JSON.stringify(next), next.id);
    else
      this.sql.exec(
        "INSERT INTO cases (id, owner, day, record) VALUES (?, ?, ?, ?)",
        next.id,
        owner ?? "",
        next.day,
        JSON.stringify(next),
      );
    this.sql.exec(
      "INSERT INTO facts (id, fact) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET fact = excluded.fact",
      next.id,
      JSON.stringify(factOf(next)),
    );
    const row = rowOf(next);
    if (!before || JSON.stringify(rowOf(before)) !== JSON.stringify(row))
      enqueue(this.sql, [{ kind: "put", key: keys.case(next.school, next.id), value: "", metadata: row }]);
  }

  /**
   * Erases a case. Its trends fact stays when the case only ran out its retention (`keepFact`):
   * under a random id, so nothing links it to the case any more; /forget erases it too.
   */
  deleteCase(c: CaseRecord, keepFact = false): void {
    if (keepFact) this.sql.exec("UPDATE facts SET id = 'f' || lower(hex(randomblob(12))) WHERE id = ?", c.id);
    else this.sql.exec("DELETE FROM facts WHERE id = ?", c.id);
    this.sql.exec("DELETE FROM cases WHERE id = ?", c.id);
    this.sql.exec("DELETE FROM additions WHERE case_id = ?", c.id);
    this.sql.exec("DELETE FROM notes WHERE case_id = ?", c.id);
    this.sql.exec("DELETE FROM audit WHERE case_id = ?", c.id);
    enqueue(this.sql, [{ kind: "delete", key: keys.case(c.school, c.id) }]);
  }

  casesOf(owners: readonly string[]): CaseRecord[] {
    if (owners.length === 0) return [];
    return this.sql
      .exec<{ record: string }>(
        `SELECT record FROM cases WHERE owner IN (${owners.map(() => "?").join(",")})`,
        ...owners,
      )
      .toArray()
      .map((r) => JSON.parse(r.record) as CaseRecord);
  }

  staff(): StaffMember[] {
    return this.sql
      .exec<{ member: string }>("SELECT member FROM staff ORDER BY id")
      .toArray()
      .map((r) => JSON.parse(r.member) as StaffMember);
  }

  member(id: number): StaffMember | null {
    const row = this.sql.exec<{ member: string }>("SELECT member FROM staff WHERE id = ?", id).toArray()[0];
    return row ? (JSON.parse(row.member) as StaffMember) : null;
  }

  /** Writes a member and its KV projections: "who is this?" and the school's row counts. */
  writeMember(m: StaffMember): void {
    this.sql.exec(
      "INSERT INTO staff (id, member) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET member = excluded.member",
      m.id,
      JSON.stringify(m),
    );
    enqueue(this.sql, [{ kind: "put", key: keys.member(m.id), value: JSON.stringify(m) }]);
    this.projectSchool();
  }

  deleteMember(m: StaffMember): void {
    this.sql.exec("DELETE FROM staff WHERE id = ?", m.id);
    enqueue(this.sql, [{ kind: "delete", key: keys.member(m.id) }]);
    this.projectSchool();
  }

  /** The school's KV record and its /schools row (staff counts) follow every change of either. */
  projectSchool(school = this.requireSchool()): void {
    enqueue(this.sql, [
      {
        kind: "put",
        key: keys.school(school.code),
        value: JSON.stringify(school),
        metadata: schoolRow(school, this.staff()),
      },
    ]);
  }

  group(): { chat: number; lang: StaffMember["lang"] } | undefined {
    const row = this.sql.exec<{ v: string }>("SELECT v FROM links WHERE kind = 'group'").toArray()[0];
    return row ? JSON.parse(row.v) : undefined;
  }

  partners(): Array<{ id: number; lang: StaffMember["lang"] }> {
    const row = this.sql.exec<{ v: string }>("SELECT v FROM links WHERE kind = 'partners'").toArray()[0];
    return row ? JSON.parse(row.v) : [];
  }

  setPartners(partners: Array<{ id: number; lang: StaffMember["lang"] }>): void {
    this.sql.exec(
      "INSERT INTO links (kind, v) VALUES ('partners', ?) ON CONFLICT(kind) DO UPDATE SET v = excluded.v",
      JSON.stringify(partners),
    );
  }

  audience(): Audience {
    const school = this.requireSchool();
    const group = this.group();
    return {
      school: { code: school.code, name: school.name, lang: school.lang, timeZone: school.timeZone },
      staff: this.staff(),
      admins: this.options.admins,
      partners: this.partners(),
      ...(group ? { group } : {}),
    };
  }

  /** Notices into the outbox; a non-urgent one waits for the next full hour when holding is on. */
  notify(notices: Notice[]): void {
    const now = this.now();
    const nextHour = (hourOf(now) + 1) * HOUR;
    const items: OutboxItem[] = notices.map((notice) => ({
      kind: "notice",
      notice,
      hold: notice.now || !this.options.holdNotices ? 0 : Math.ceil((nextHour - now) / 1000),
    }));
    enqueue(this.sql, items);
  }

  /**
   * Runs `apply` once per Telegram update: a redelivered update gets the first answer back, with
   * `done` — the steps of the answer to the person that already succeeded. `apply` says whether its
   * result is to be kept: a refusal changes nothing, so asking again is answered afresh.
   */
  once<T extends object>(
    op: string,
    updateId: number,
    caseId: string | null,
    apply: () => { keep: boolean; result: T },
  ): T & Applied {
    const seen = this.sql
      .exec<UpdateRow>("SELECT result, done FROM updates WHERE update_id = ? AND op = ?", updateId, op)
      .toArray()[0];
    if (seen)
      return {
        ...(JSON.parse(seen.result) as T),
        replay: true,
        done: seen.done ? JSON.parse(seen.done) : [],
      };
    const { keep, result } = apply();
    if (keep) {
      const now = this.now();
      this.sql.exec(
        "INSERT INTO updates (update_id, op, at, case_id, result) VALUES (?, ?, ?, ?, ?)",
        updateId,
        op,
        now,
        caseId,
        JSON.stringify(result),
      );
    }
    return { ...result, replay: false, done: [] };
  }

  /**
   * Forgets applied updates older than two days. Run with every change and every cron visit, not
   * only when a new update is kept: a quiet school must not keep exact times beyond the two days.
   */
  pruneUpdates(): void {
    this.sql.exec("DELETE FROM updates WHERE at < ?", this.now() - UPDATES_KEPT_MS);
  }

  /** Records the steps of an answer that succeeded before one failed (Telegram will redeliver). */
  progress(updateId: number, done: string[]): void {
    this.sql.exec("UPDATE updates SET done = ? WHERE update_id = ?", JSON.stringify(done), updateId);
  }

  /** When the update that created a case was applied (exact, kept two days): the 30-minute window. */
  sentAt(caseId: string): number | null {
    return (
      this.sql
        .exec<{ at: number | null }>(
          "SELECT min(at) AS at FROM updates WHERE case_id = ? AND op = 'submit'",
          caseId,
        )
        .toArray()[0]?.at ?? null
    );
  }
}
