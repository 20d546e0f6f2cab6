/**
 * The page's only way to the Worker: Hono's typed client over the playground's routes, so a change
 * of a route's body or answer fails the type check here instead of in a browser.
 */
import { type ClientResponse, hc, type InferResponseType } from "hono/client";
import type { PlaygroundApp } from "../routes.ts";

const root = hc<PlaygroundApp>(`${location.origin}/playground`);
const api = root.api;

export type Seeded = InferResponseType<typeof api.seed.$post, 200>;
export type Answer = InferResponseType<typeof api.send.$post, 200 | 503>;
export type Polled = InferResponseType<typeof api.poll.$post, 200>;
export type Scheduled = InferResponseType<typeof api.scheduled.$post, 200>;
export type Clocked = InferResponseType<typeof api.clock.$post, 200>;
export type Since = Polled;
export type Call = Since["calls"][number];
export type Message = Since["messages"][number];

/** A request that hangs would hold every persona's queue: give up after this long. */
const TIMEOUT_MS = 30_000;
const init = () => ({ init: { signal: AbortSignal.timeout(TIMEOUT_MS) } });

/** The answer's body; a refusal becomes an Error that says what the Worker said. */
async function read<T>(response: ClientResponse<unknown>, accept: number[] = [200]): Promise<T> {
  const body: unknown = await response.json().catch(() => null);
  if (accept.includes(response.status) && body) return body as T;
  const said = (body as { error?: unknown } | null)?.error;
  throw new Error(
    `the Worker answered ${response.status}${typeof said === "string" ? ` (${said})` : ""} — see the terminal running wrangler`,
  );
}

export const seed = async (): Promise<Seeded> => read(await api.seed.$post(undefined, init()));

/** 503 is Telegram's cue to redeliver: what happened until then is still shown. */
export const send = async (json: {
  persona: number;
  text?: string;
  photo?: string;
  cursor: number;
}): Promise<Answer> => read(await api.send.$post({ json }, init()), [200, 503]);

export const press = async (json: {
  persona: number;
  messageId: number;
  data: string;
  cursor: number;
}): Promise<Answer> => read(await api.press.$post({ json }, init()), [200, 503]);

export const poll = async (cursor: number): Promise<Polled> =>
  read(await api.poll.$post({ json: { cursor } }, init()));

export const scheduled = async (cursor: number): Promise<Scheduled> =>
  read(await api.scheduled.$post({ json: { cursor } }, init()));

export const clock = async (days: number, cursor: number): Promise<Clocked> =>
  read(await api.clock.$post({ json: { days, cursor } }, init()));

/** Where the Worker serves a photo a persona sent. */
export const fileUrl = (id: string): string => root.file[":id"].$url({ param: { id } }).pathname;
