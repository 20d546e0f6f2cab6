/**
 * The people of `npm run load`, each acting as a person would on their phone, one update at a
 * time, concurrently with everyone else: students report and answer the club; advisers open each
 * new-case notice, try to take the case (two advisers may race: the desk lets one win) and write to
 * the student. Every webhook request goes through LoadTarget, which retries a 503 as Telegram
 * redelivers, and records status and latency.
 */
import type { Update } from "grammy/types";
import { CASE_ID_LENGTH } from "../../src/domain/case.ts";
import type { Target } from "./driver.ts";
import { sleep } from "./stats.ts";
import { isAct, isAnswer, isOpen, newButton } from "./staff.ts";
import type { Button, FakeBotApi } from "./telegram.ts";
import type { DevWorker, Posted } from "./worker.ts";

/** Telegram redelivers an update its webhook answered with an error; so does this, this often. */
const REDELIVERIES = 8;

export class LoadTarget implements Target {
  readonly name = "ura";
  readonly latencies: number[] = [];
  readonly statuses = new Map<number, number>();
  redelivered = 0;
  failed = 0;

  private readonly worker: DevWorker;

  constructor(worker: DevWorker) {
    this.worker = worker;
  }

  tail(): string {
    return this.worker.tail();
  }

  async post(update: Update): Promise<Posted> {
    for (let attempt = 0; ; attempt++) {
      let result: Posted;
      try {
        result = await this.worker.post(update);
      } catch {
        result = { status: 599, wallMs: 0, calls: [] }; // the connection failed: Telegram retries too
      }
      this.latencies.push(result.wallMs);
      this.statuses.set(result.status, (this.statuses.get(result.status) ?? 0) + 1);
      if (result.status === 200 || result.status < 500) return result;
      if (attempt >= REDELIVERIES) {
        this.failed++;
        return result;
      }
      this.redelivered++;
      await sleep(250 * 2 ** Math.min(attempt, 4));
    }
  }
}

/** The case id in a case button's data (`O…` open, `C…` act): right after the tag and locale digit. */
export const caseOf = (b: Button): string => b.callback_data.slice(2, 2 + CASE_ID_LENGTH);

export interface AdviserLog {
  opened: Set<string>;
  /** Cases this adviser took (the desk said yes: the "write" button came). */
  took: string[];
  wrote: string[];
}

/**
 * An adviser at work until `until()` says stop: each new notice once — open, take; when they won
 * the case, write to the student.
 */
export async function adviserAtWork(
  target: LoadTarget,
  tg: FakeBotApi,
  id: number,
  until: () => boolean,
  log: AdviserLog,
): Promise<void> {
  const me = tg.user(id, "en");
  const press = async (button: Button) => target.post(tg.press(me, button));
  while (!until()) {
    const notice = tg.buttons(id).find((b) => isOpen(b) && !log.opened.has(caseOf(b)));
    if (!notice) {
      await sleep(100);
      continue;
    }
    const caseId = caseOf(notice);
    log.opened.add(caseId);
    const seq = tg.calls.length;
    await press(notice);
    const take = newButton(tg, id, seq, (b) => isAct("t")(b) && caseOf(b) === caseId);
    if (!take) continue; // already someone else's: the card shows no "take"
    const afterTake = tg.calls.length;
    await press(take);
    const write = newButton(tg, id, afterTake, (b) => isAct("w")(b) && caseOf(b) === caseId);
    if (!write) continue; // the other adviser won
    log.took.push(caseId);
    await press(write);
    await target.post(
      tg.message(me, `Hello, this is the mediation club about ${caseId}. Can we talk tomorrow?`),
    );
    log.wrote.push(caseId);
  }
}

/** A student who reported: when the club writes, they answer once. */
export async function studentAnswers(
  target: LoadTarget,
  tg: FakeBotApi,
  id: number,
  since: number,
  until: () => boolean,
): Promise<boolean> {
  const answer = await tg.waitFor(() => (until() ? null : newButton(tg, id, since, isAnswer)), 120_000);
  if (!answer) return false;
  const me = tg.user(id, "sq");
  await target.post(tg.press(me, answer));
  await target.post(tg.message(me, `Yes, after class (${id}).`));
  return true;
}
