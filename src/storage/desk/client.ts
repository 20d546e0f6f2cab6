/**
 * How the Worker reaches a school's desk: one Durable Object per school, addressed by its code.
 * Any failure to reach it or of its work is a StorageError: the webhook answers 503 and Telegram
 * redelivers the update, which the desk then recognises (nothing is done twice).
 */
import type { Env } from "../../config.ts";
import { StorageError } from "../kv-counter.ts";
import type { Programme } from "../programme/programme.ts";
import type { Desk } from "./desk.ts";

type Stub = DurableObjectStub<Desk>;
type Methods = {
  [K in keyof Desk as Desk[K] extends (...args: never[]) => unknown ? K : never]: Desk[K];
};

export type DeskClient = {
  [K in keyof Methods]: (...args: Parameters<Methods[K]>) => Promise<Awaited<ReturnType<Methods[K]>>>;
};

/** Counts desk calls per request, next to KV's operations (tests and `npm run bench` read them). */
export interface DeskCounter {
  calls: number;
}

/** Calls on a Durable Object stub, counted, every failure a StorageError. */
function client<T>(stub: unknown, name: string, counter?: DeskCounter): T {
  return new Proxy({} as object, {
    get(_target, method: string) {
      return async (...args: unknown[]) => {
        if (counter) counter.calls++;
        try {
          return await (stub as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]?.(...args);
        } catch (error) {
          throw new StorageError(`${name} ${method}`, error);
        }
      };
    },
  }) as T;
}

export function deskOf(env: Pick<Env, "DESK">, school: string, counter?: DeskCounter): DeskClient {
  const stub: Stub = env.DESK.get(env.DESK.idFromName(school));
  return client<DeskClient>(stub, "desk", counter);
}

type ProgrammeMethods = {
  [K in keyof Programme as Programme[K] extends (...args: never[]) => unknown ? K : never]: Programme[K];
};
export type ProgrammeClient = {
  [K in keyof ProgrammeMethods]: (
    ...args: Parameters<ProgrammeMethods[K]>
  ) => Promise<Awaited<ReturnType<ProgrammeMethods[K]>>>;
};

/** The programme's desk (one for the whole programme). Failures are StorageErrors, as with a school's. */
export function programmeOf(env: Pick<Env, "PROGRAMME">, counter?: DeskCounter): ProgrammeClient {
  return client<ProgrammeClient>(
    env.PROGRAMME.get(env.PROGRAMME.idFromName("programme")),
    "programme",
    counter,
  );
}
