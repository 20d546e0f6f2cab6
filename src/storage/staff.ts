/**
 * Staff, invites and the club's group link. `member:<id>` answers "who is this?" in one read;
 * `staff:<school>:<id>` rows let a school's staff be listed (notifications, /advisers) in one list().
 * Removing someone deletes both, so access ends with the next update.
 */
import type { Invite, Role, StaffMember } from "../domain/staff.ts";
import { INVITE_TTL_SECONDS } from "../domain/staff.ts";
import type { Locale } from "../i18n/locales.ts";
import { keys } from "./keys.ts";
import type { Kv } from "./kv-counter.ts";

export interface StaffRow {
  role: Role;
  lang: Locale;
  /** As colleagues see them (display name or first name); percent-encoded in metadata (see schools.ts). */
  name: string;
}

export async function getMember(kv: Kv, userId: number): Promise<StaffMember | null> {
  const raw = await kv.get(keys.member(userId));
  return raw ? (JSON.parse(raw) as StaffMember) : null;
}

export async function putMember(kv: Kv, member: StaffMember): Promise<void> {
  const json = JSON.stringify(member);
  const row: StaffRow = {
    role: member.role,
    lang: member.lang,
    name: encodeURIComponent(member.displayName ?? member.name),
  };
  await kv.put(keys.member(member.id), json);
  await kv.put(keys.staff(member.school, member.id), json, { metadata: row });
}

export async function removeMember(kv: Kv, member: StaffMember): Promise<void> {
  await kv.delete(keys.member(member.id));
  await kv.delete(keys.staff(member.school, member.id));
}

export async function listStaff(kv: Kv, school: string): Promise<Array<StaffRow & { id: number }>> {
  const prefix = keys.staffOfSchoolPrefix(school);
  const page = await kv.list<StaffRow>({ prefix });
  // A school has tens of staff, never a thousand: one page.
  return page.keys.flatMap((k) =>
    k.metadata
      ? [
          {
            ...k.metadata,
            id: Number(k.name.slice(prefix.length)),
            name: decodeURIComponent(k.metadata.name),
          },
        ]
      : [],
  );
}

export async function getStaff(kv: Kv, school: string, userId: number): Promise<StaffMember | null> {
  const raw = await kv.get(keys.staff(school, userId));
  return raw ? (JSON.parse(raw) as StaffMember) : null;
}

export async function putInvite(kv: Kv, code: string, invite: Invite): Promise<void> {
  await kv.put(keys.invite(code), JSON.stringify(invite), { expirationTtl: INVITE_TTL_SECONDS });
}

/** Single use: the invite is deleted as it is redeemed. */
export async function takeInvite(kv: Kv, code: string, now: number): Promise<Invite | null> {
  const raw = await kv.get(keys.invite(code));
  if (!raw) return null;
  const invite = JSON.parse(raw) as Invite;
  await kv.delete(keys.invite(code));
  // KV's TTL is enforced lazily at the edge; the record's own age is the authority.
  return now - invite.createdAt <= INVITE_TTL_SECONDS * 1000 ? invite : null;
}

export async function getJoinTries(kv: Kv, pseudonym: string): Promise<number> {
  return Number((await kv.get(keys.joinTries(pseudonym))) ?? "0");
}

export async function putJoinTries(kv: Kv, pseudonym: string, tries: number): Promise<void> {
  await kv.put(keys.joinTries(pseudonym), String(tries), { expirationTtl: 3600 });
}

export interface GroupLink {
  chatId: number;
  /** The language of whoever linked it: the club's working language. */
  lang: Locale;
}

export async function getGroup(kv: Kv, school: string): Promise<GroupLink | null> {
  const raw = await kv.get(keys.group(school));
  return raw ? (JSON.parse(raw) as GroupLink) : null;
}

export async function putGroup(kv: Kv, school: string, link: GroupLink): Promise<void> {
  await kv.put(keys.group(school), JSON.stringify(link));
}
