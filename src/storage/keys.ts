/**
 * The whole KV key layout, and every string a sealed value is bound to (AES-GCM additional data),
 * in one place. Nothing else builds a key string.
 *
 * The school's desk (a Durable Object per school, src/storage/desk/) is the source of truth for
 * cases, staff, invites and the club's group; KV holds what is read often and listed, written
 * through by the desk:
 *
 * | key                      | value                            | metadata (read by list())          | written by   |
 * |--------------------------|----------------------------------|------------------------------------|--------------|
 * | school:<CODE>            | School JSON                      | SchoolRow (for /schools)           | desk         |
 * | case:<CODE>:<caseId>     | "" (the desk keeps the case)     | CaseRow (queues, cron)             | desk         |
 * | member:<userId>          | StaffMember JSON ("who is this?")| –                                  | desk         |
 * | invite:<code>            | the school's code, or "programme" for a partner's (TTL 7 days) | –    | desk         |
 * | sess:<pseudonym>         | Session, sealed whole (TTL)      | –                                  | Worker       |
 * | partner:<userId>         | Partner JSON ("who is this?")    | –                                  | programme    |
 * | undelivered:<CODE>:<id>  | "" (TTL 30 days)                 | {k: notice kind, d: day}           | consumer     |
 *
 * Staff ids are in clear on purpose: staff are known to their school and must be reachable. No
 * student's Telegram id, chat id, username, name or language code appears in any key or value in
 * clear: students are known by a keyed pseudonym, their answers' address is sealed in the case.
 * Queues are key prefixes: one case per key, so no shared key is ever read-modified-written.
 */
export const keys = {
  school: (code: string) => `school:${code}`,
  schoolsPrefix: () => "school:",
  session: (pseudonym: string) => `sess:${pseudonym}`,
  case: (schoolCode: string, caseId: string) => `case:${schoolCode}:${caseId}`,
  casesOfSchoolPrefix: (schoolCode: string) => `case:${schoolCode}:`,
  allCasesPrefix: () => "case:",
  member: (userId: number) => `member:${userId}`,
  partner: (userId: number) => `partner:${userId}`,
  invite: (code: string) => `invite:${code}`,
  undelivered: (schoolCode: string, id: string) => `undelivered:${schoolCode}:${id}`,
  undeliveredPrefix: () => "undelivered:",
} as const;

/** What a sealed part of a case is for: sealed under one purpose, it opens under no other. */
export type SealPurpose =
  | "content"
  | "contact"
  | "session"
  | "agreement"
  | "audit"
  | `addition:${number}`
  | `note:${number}`
  | `relay:${number}`;

/** The additional data a sealed part is bound to: its case and its purpose (it cannot be moved). */
export const sealedAad = (schoolCode: string, caseId: string, purpose: SealPurpose | string) =>
  `${keys.case(schoolCode, caseId)}#${purpose}`;

/** A session is sealed to its own key: a session copied under another pseudonym does not open. */
export const sessionAad = (pseudonym: string) => keys.session(pseudonym);
