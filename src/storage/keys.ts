/**
 * The whole KV key layout, in one place. Nothing else builds a key string.
 *
 * | key                               | value                         | metadata (read by list())       |
 * |-----------------------------------|-------------------------------|---------------------------------|
 * | school:<CODE>                     | School JSON                   | SchoolRow (for /schools)        |
 * | sess:<pseudonym>                  | Session JSON (TTL: retention) | –                               |
 * | case:<CODE>:<caseId>              | StoredCase JSON (sealed parts) | CaseRow (queues, cron)          |
 * | staff:<CODE>:<userId>             | StaffMember JSON              | StaffRow (role, lang)           |
 * | member:<userId>                   | StaffMember JSON (lookup)     | –                               |
 * | invite:<code>                     | Invite JSON (TTL 7 days)      | –                               |
 * | tries:<pseudonym>                 | failed /join count (TTL 1 h)  | –                               |
 * | group:<CODE>                      | the club's linked group chat  | –                               |
 *
 * Staff keys hold Telegram user ids in clear on purpose: staff are known to their school and must
 * be reachable. No student's Telegram id, chat id, username, name or language code appears in any key or value
 * in clear: students are known by a keyed pseudonym, their relay address is sealed in the case.
 * Queues are key prefixes: one case per key, so no shared key is ever read-modified-written.
 */
export const keys = {
  school: (code: string) => `school:${code}`,
  schoolsPrefix: () => "school:",
  session: (pseudonym: string) => `sess:${pseudonym}`,
  case: (schoolCode: string, caseId: string) => `case:${schoolCode}:${caseId}`,
  casesOfSchoolPrefix: (schoolCode: string) => `case:${schoolCode}:`,
  allCasesPrefix: () => "case:",
  staff: (schoolCode: string, userId: number) => `staff:${schoolCode}:${userId}`,
  staffOfSchoolPrefix: (schoolCode: string) => `staff:${schoolCode}:`,
  member: (userId: number) => `member:${userId}`,
  invite: (code: string) => `invite:${code}`,
  joinTries: (pseudonym: string) => `tries:${pseudonym}`,
  group: (schoolCode: string) => `group:${schoolCode}`,
} as const;
