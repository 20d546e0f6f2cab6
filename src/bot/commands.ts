/**
 * The command menus Telegram shows, per scope and language (`npm run setup` sends them with
 * setMyCommands). Descriptions are Fluent ids, so every menu exists in every locale.
 */
export const STUDENT_COMMANDS: ReadonlyArray<readonly [command: string, description: string]> = [
  ["start", "cmd-start"],
  ["help", "cmd-help"],
  ["mycases", "cmd-mycases"],
  ["privacy", "cmd-privacy"],
  ["language", "cmd-language"],
  ["clear", "cmd-clear"],
  ["forget", "cmd-forget"],
];

/** Programme admins see the student menu plus their own commands (scope: their chat). */
export const ADMIN_COMMANDS: ReadonlyArray<readonly [command: string, description: string]> = [
  ...STUDENT_COMMANDS,
  ["newschool", "cmd-newschool"],
  ["schools", "cmd-schools"],
  ["staff", "cmd-staff"],
  ["invite", "cmd-invite"],
  ["poster", "cmd-poster"],
  ["trends", "cmd-trends"],
];

/** Advisers and principals: their school work, then the everyday commands. */
export const STAFF_COMMANDS: ReadonlyArray<readonly [command: string, description: string]> = [
  ["queue", "cmd-queue"],
  ["name", "cmd-name"],
  ["advisers", "cmd-advisers"],
  ["invite", "cmd-invite"],
  ["poster", "cmd-poster"],
  ["language", "cmd-language"],
  ["help", "cmd-help"],
];

/** Principals: the staff menu with their school's trends before the everyday commands. */
export const PRINCIPAL_COMMANDS: ReadonlyArray<readonly [command: string, description: string]> = [
  ...STAFF_COMMANDS.slice(0, -2),
  ["trends", "cmd-trends"],
  ...STAFF_COMMANDS.slice(-2),
];

/** What the webhook subscribes to: everything else is never even delivered. */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query"] as const;

/** Partner NGOs' members: their schools' trends, then the everyday commands. */
export const PARTNER_COMMANDS: ReadonlyArray<readonly [command: string, description: string]> = [
  ["trends", "cmd-trends"],
  ["language", "cmd-language"],
  ["help", "cmd-help"],
];
