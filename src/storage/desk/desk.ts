/**
 * A school's desk: a SQLite-backed Durable Object per school (free plan), addressed by the school's
 * code. It owns every change to that school's cases, staff and invites: transactional and strongly
 * consistent, so a "take" has exactly one winner, a consent and a note cannot overwrite each other,
 * an invite is redeemed once, and a redelivered Telegram update is recognised. KV and the notice
 * queue follow through the outbox (outbox.ts). The RPC methods below are all the Worker can ask.
 *
 * Every method takes `now` from the Worker: one clock for the whole update (tests move it).
 */
import { DurableObject } from "cloudflare:workers";
import { configFor } from "../../config.ts";
import type { Due, Notice } from "../../domain/notices.ts";
import type { Counts, Fact } from "../../domain/trends/types.ts";
import type { CaseRecord } from "../../domain/case.ts";
import { type RegisterRow, registerOf } from "../../domain/register.ts";
import type { School } from "../../domain/school.ts";
import type { StaffMember } from "../../domain/staff.ts";
import type {
  AddRequest,
  AddResult,
  ChangeResult,
  DueItem,
  InviteKind,
  JoinRequest,
  JoinResult,
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
import * as cases from "./cases.ts";
import { runDue } from "./due.ts";
import { type DigestOptions, gather } from "./gather.ts";
import { type SeasonResult, seedSeason } from "./season.ts";
import { stats } from "./stats.ts";
import { flush } from "./outbox.ts";
import { SCHEMA } from "./schema.ts";
import { DeskState } from "./state.ts";
import * as team from "./team.ts";

export class Desk extends DurableObject<Cloudflare.Env> {
  private clock = 0;
  private readonly state: DeskState;

  constructor(ctx: DurableObjectState, env: Cloudflare.Env) {
    super(ctx, env);
    for (const statement of SCHEMA) ctx.storage.sql.exec(statement);
    const config = configFor(env);
    this.state = new DeskState(
      ctx.storage.sql,
      { now: () => this.clock },
      {
        admins: [...config.adminIds],
        holdNotices: config.holdNotices,
      },
    );
  }

  /** One transaction at the caller's time, then the outbox. */
  private async run<T>(now: number, work: (d: DeskState) => T): Promise<T> {
    this.clock = now;
    const result = this.ctx.storage.transactionSync(() => {
      this.state.pruneUpdates();
      return work(this.state);
    });
    await this.flushOutbox();
    return result;
  }

  private flushOutbox(): Promise<number> {
    return flush({
      sql: this.ctx.storage.sql,
      kv: this.env.KV,
      queue: this.env.NOTICES as Queue<Notice>,
      setAlarm: (at) => void this.ctx.storage.setAlarm(at),
      now: Date.now,
    });
  }

  /** Retries what the outbox could not deliver (KV or the queue were unavailable). */
  override async alarm(): Promise<void> {
    await this.flushOutbox();
  }

  // ── the school and its people ──────────────────────────────────────────────────────────────

  init(now: number, school: School): Promise<School> {
    return this.run(now, (d) => team.init(d, school));
  }

  school(): School | null {
    return this.state.school();
  }

  members(): StaffMember[] {
    return this.state.staff();
  }

  createInvite(now: number, code: string, kind: InviteKind): Promise<void> {
    return this.run(now, (d) => team.createInvite(d, code, kind));
  }

  join(now: number, req: JoinRequest): Promise<JoinResult> {
    return this.run(now, (d) => team.join(d, req));
  }

  linkGroup(now: number, code: string, chat: number, lang: StaffMember["lang"]): Promise<boolean> {
    return this.run(now, (d) => team.linkGroup(d, code, chat, lang));
  }

  remove(
    now: number,
    target: number,
    by: { memberId: number } | "admin" | "moved",
  ): Promise<StaffMember | null> {
    return this.run(now, (d) => team.remove(d, target, by));
  }

  /** A partner NGO's member follows this school (idempotent). */
  linkPartner(now: number, partner: { id: number; lang: StaffMember["lang"] }): Promise<void> {
    return this.run(now, (d) => d.setPartners([...d.partners().filter((p) => p.id !== partner.id), partner]));
  }

  setProfile(
    now: number,
    id: number,
    patch: { displayName?: string | null; lang?: StaffMember["lang"] },
  ): Promise<StaffMember | null> {
    return this.run(now, (d) => team.setProfile(d, id, patch));
  }

  // ── cases ──────────────────────────────────────────────────────────────────────────────────

  submit(now: number, req: SubmitRequest): Promise<SubmitResult> {
    return this.run(now, (d) => cases.submit(d, req));
  }

  add(now: number, req: AddRequest): Promise<AddResult> {
    return this.run(now, (d) => cases.add(d, req));
  }

  change(now: number, req: StaffChangeRequest): Promise<ChangeResult> {
    return this.run(now, (d) => cases.staffChange(d, req));
  }

  studentChange(now: number, req: StudentChangeRequest): Promise<ChangeResult> {
    return this.run(now, (d) => cases.studentChange(d, req));
  }

  addNote(now: number, req: NoteRequest): Promise<{ ok: boolean }> {
    return this.run(now, (d) => cases.addNote(d, req));
  }

  relayFromStudent(now: number, req: RelayRequest & { owners: string[] }): Promise<RelayResult> {
    return this.run(now, (d) => cases.relayFromStudent(d, req));
  }

  relayFromStaff(now: number, req: RelayRequest & { memberId: number }): Promise<RelayResult> {
    return this.run(now, (d) => cases.relayFromStaff(d, req));
  }

  open(
    now: number,
    caseId: string,
    memberId: number,
    auditEntry?: { key: string; sealed: string },
  ): Promise<Opened | null> {
    return this.run(now, (d) => cases.open(d, caseId, memberId, auditEntry));
  }

  mine(now: number, owners: string[]): Promise<MyCase[]> {
    return this.run(now, (d) => cases.mine(d, owners));
  }

  sentToday(now: number, owners: string[]): Promise<number> {
    return this.run(now, (d) => cases.sentToday(d, owners));
  }

  forget(now: number, updateId: number, owners: string[]): Promise<{ erased: number }> {
    return this.run(now, (d) => cases.forget(d, updateId, owners));
  }

  /** The steps of an answer that succeeded before one failed: the redelivery skips them. */
  progress(updateId: number, done: string[]): void {
    this.ctx.storage.transactionSync(() => this.state.progress(updateId, done));
  }

  runDue(now: number, items: DueItem[], retentionDays: number): Promise<Record<Due, number>> {
    return this.run(now, (d) => runDue(d, items, retentionDays));
  }

  /** The school's case register between two school-local days: rows without words or identity. */
  register(from: string, to: string): RegisterRow[] {
    const cases = this.ctx.storage.sql
      .exec<{ record: string }>("SELECT record FROM cases")
      .toArray()
      .map((r) => JSON.parse(r.record) as CaseRecord);
    return registerOf(cases, from, to);
  }

  /**
   * The counts the programme gathers, as the JSON text the programme's desk keeps: passed on through
   * the cron's Worker as one string, not copied field by field twice (`npm run bench`, trends). The
   * principals' weekly digest goes with them when due (gather.ts).
   */
  gather(now: number, digest: DigestOptions): Promise<string> {
    return this.run(now, (d) => JSON.stringify(gather(d, digest)));
  }

  /** The playground's season of trends facts, for a demo school only and once (season.ts says why it is safe). */
  seedFacts(now: number, facts: Fact[]): Promise<SeasonResult> {
    return this.run(now, (d) => seedSeason(d, facts));
  }

  /** The school's trends counts (anonymized facts, per week; open cases by status and age). */
  stats(now: number): Counts {
    this.clock = now;
    return stats(this.state);
  }
}
