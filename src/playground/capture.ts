/**
 * The playground's stand-in for Telegram: a grammY API transformer that records every outgoing
 * call and lets the shared TelegramSim answer it, without any network. Message ids are per chat and
 * continue the counters the page sends (`nextIds`: chat → the next id), so edits and deletions line
 * up with what the page shows.
 *
 * Lenient for now (see TelegramSim): each request gets a fresh sim that has not seen the messages
 * already on the page, so it cannot tell a real message from an unknown one, nor know which
 * callback queries exist — it would need the page's history for that.
 */
import { HttpError, type Transformer } from "grammy";
import { SimNetworkError, type SimResult, TelegramSim } from "./telegram-sim.ts";

export interface CapturedCall {
  method: string;
  payload: Record<string, unknown>;
  /** The message id the simulated Telegram gave a sent message. */
  messageId?: number;
  /** Telegram's refusal, when it refused: the page can say so instead of showing the message. */
  error?: string;
}

const SENDS = new Set(["sendMessage", "sendPhoto", "copyMessage", "sendDocument", "sendMediaGroup"]);

export class Capture {
  readonly calls: CapturedCall[] = [];
  readonly sim = new TelegramSim({ strict: false });

  constructor(nextIds: Record<string, number>) {
    for (const [chat, next] of Object.entries(nextIds)) this.sim.continueIds(Number(chat), next);
  }

  /** The counters to hand back to the page: the next message id of every chat. */
  get nextIds(): Record<string, number> {
    return this.sim.idCounters();
  }

  readonly transformer: Transformer = async (_prev, method, payload) => {
    const body = { ...(payload as Record<string, unknown>) };
    const call: CapturedCall = { method, payload: body };
    this.calls.push(call);
    let result: SimResult;
    try {
      result = this.sim.call(method, body);
    } catch (err) {
      // What grammY makes of a fetch that threw, so the bot sees the same error as in production.
      if (err instanceof SimNetworkError) throw new HttpError(`Network request for '${method}' failed!`, err);
      throw err;
    }
    if (!result.ok) call.error = result.description;
    else if (SENDS.has(method)) call.messageId = sentId(result.result);
    return result as never;
  };
}

function sentId(result: unknown): number | undefined {
  const first = (Array.isArray(result) ? result[0] : result) as { message_id?: number } | undefined;
  return first?.message_id;
}
