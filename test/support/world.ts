/** What every conversation test shares: a fresh fake Telegram, an empty KV with the test schools. */
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, vi } from "vitest";
import { displayCode, type StoredCase } from "../../src/domain/case.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { translate } from "../../src/i18n/translate.ts";
import { clearKv, seedSchools } from "./schools.ts";
import { FakeTelegram, kvLog } from "./telegram.ts";

/** Registers the hooks; `onFresh` receives each test's fake Telegram. */
export function useWorld(onFresh: (tg: FakeTelegram) => void): void {
  beforeEach(async () => {
    onFresh(new FakeTelegram().install());
    kvLog.length = 0;
    await clearKv();
    await seedSchools();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });
}

export const t = (locale: Locale, id: string, args?: Record<string, string | number>) =>
  translate(locale, id, args);
export const code = displayCode;

/** Every case of a school, as stored. */
export async function storedCases(school: string): Promise<StoredCase[]> {
  const list = await env.KV.list({ prefix: `case:${school}:` });
  return Promise.all(
    list.keys.map(async (k) => JSON.parse((await env.KV.get(k.name)) ?? "null") as StoredCase),
  );
}
