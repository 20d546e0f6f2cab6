/** What every conversation test shares: a fresh fake Telegram, empty storage with the test schools. */
import { env } from "cloudflare:workers";
import { reset, runInDurableObject } from "cloudflare:test";
import { afterEach, beforeEach, vi } from "vitest";
import { type CaseRecord, displayCode } from "../../src/domain/case.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { translate } from "../../src/i18n/translate.ts";
import type { Desk } from "../../src/storage/desk/desk.ts";
import { seedSchools } from "./schools.ts";
import { FakeTelegram, kvLog } from "./telegram.ts";

/** Registers the hooks; `onFresh` receives each test's fake Telegram. */
export function useWorld(onFresh: (tg: FakeTelegram) => void): void {
  let current: FakeTelegram | undefined;
  beforeEach(async () => {
    current = new FakeTelegram().install();
    onFresh(current);
    kvLog.length = 0;
    await reset();
    await seedSchools();
  });
  afterEach(async () => {
    // What a test set going (queued notices, a desk's outbox) finishes before the next one starts.
    vi.useRealTimers();
    await current?.settle(150);
    vi.restoreAllMocks();
  });
}

export const t = (locale: Locale, id: string, args?: Record<string, string | number>) =>
  translate(locale, id, args);
export const code = displayCode;

/** Reads a school desk's own tables (tests only: the Worker asks the desk through its methods). */
export function inDesk<T>(school: string, read: (sql: SqlStorage) => T): Promise<T> {
  const stub = env.DESK.get(env.DESK.idFromName(school));
  return runInDurableObject(stub, (_instance: Desk, state) => read(state.storage.sql));
}

/** Every case of a school, as its desk keeps it. */
export function storedCases(school: string): Promise<CaseRecord[]> {
  return inDesk(school, (sql) =>
    sql
      .exec<{ record: string }>("SELECT record FROM cases ORDER BY rowid")
      .toArray()
      .map((r) => JSON.parse(r.record) as CaseRecord),
  );
}
