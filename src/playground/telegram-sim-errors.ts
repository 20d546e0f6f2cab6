/**
 * What Telegram answers when it refuses a call, word for word: bot code matches on these
 * descriptions (grammY's GrammyError.description), so a paraphrase here would hide a bug there.
 * Sources: tdlib/telegram-bot-api's Client.cpp (how server and TDLib errors become descriptions:
 * "Bad Request: " + the message with a lower-cased first letter, SERVER_CODES kept as they are) and
 * descriptions bots have logged. The few not confirmed that way are marked "unverified".
 */

export type SimError = {
  ok: false;
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
};
export type SimResult = { ok: true; result: unknown } | SimError;

const bad = (description: string): SimError => ({
  ok: false,
  error_code: 400,
  description: `Bad Request: ${description}`,
});

export const E = {
  methodNotFound: { ok: false, error_code: 404, description: "Not Found: method not found" } as SimError,
  chatNotFound: bad("chat not found"),
  blocked: { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" } as SimError,
  serverError: { ok: false, error_code: 500, description: "Internal Server Error" } as SimError,
  textEmpty: bad("message text is empty"),
  textTooLong: bad("message is too long"),
  /** An edit's text over 4,096 characters is refused by Telegram's server, hence the raw code. */
  editTooLong: bad("MESSAGE_TOO_LONG"),
  captionTooLong: bad("message caption is too long"),
  buttonData: bad("BUTTON_DATA_INVALID"),
  /** A button whose callback_data is "" counts as having none: a plain text button. */
  textButton: bad("text buttons are unallowed in the inline keyboard"),
  /** A Mini App opens only over https (Telegram checks the address when the keyboard is sent). */
  webAppUrl: bad("inline keyboard button Web App URL is invalid: Only HTTPS links are allowed"),
  noMedia: bad("there are no messages to send"),
  tooManyMedia: bad("too many messages to send as an album"),
  copyNotFound: bad("message to copy not found"),
  editNotFound: bad("message to edit not found"),
  cantEdit: bad("message can't be edited"),
  noTextToEdit: bad("there is no text in the message to edit"),
  noCaptionToEdit: bad("there is no caption in the message to edit"),
  notModified: bad(
    "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
  ),
  deleteNotFound: bad("message to delete not found"),
  cantDelete: bad("message can't be deleted"),
  noIds: bad("message identifiers are not specified"),
  tooManyIds: bad("too many message identifiers specified"),
  queryTooOld: bad("query is too old and response timeout expired or query ID is invalid"),
  answerTooLong: bad("MESSAGE_TOO_LONG"),
  descriptionTooLong: bad("description is too long"), // unverified wording
  shortDescriptionTooLong: bad("short description is too long"), // unverified wording
  secretTooLong: bad("secret token is too long"),
  secretChars: bad("secret token contains unallowed characters"),
} as const;

export const tooManyRequests = (retryAfter: number): SimError => ({
  ok: false,
  error_code: 429,
  description: `Too Many Requests: retry after ${retryAfter}`,
  parameters: { retry_after: retryAfter },
});

/**
 * A fault to inject. `delivered` (500 and network only) means Telegram carried the call out and
 * only the answer was lost — the case that makes a retry send a duplicate.
 */
export type Fault =
  | { kind: "429"; retryAfter: number }
  | { kind: "500"; delivered?: boolean }
  | { kind: "network"; delivered?: boolean }
  | { kind: "blocked" }
  | { kind: "error"; code: number; description: string };

/**
 * Thrown by TelegramSim.call for a network fault, because a real outage yields no JSON at all:
 * `fetch` rejects with a TypeError, which grammY wraps in an HttpError. Being a TypeError, it can
 * be rethrown as is from a fetch spy.
 */
export class SimNetworkError extends TypeError {
  constructor() {
    super("fetch failed");
    this.name = "SimNetworkError";
  }
}

export function faultResult(fault: Fault): SimError {
  switch (fault.kind) {
    case "429":
      return tooManyRequests(fault.retryAfter);
    case "500":
      return E.serverError;
    case "blocked":
      return E.blocked;
    case "error":
      return { ok: false, error_code: fault.code, description: fault.description };
    case "network":
      throw new SimNetworkError();
  }
}
