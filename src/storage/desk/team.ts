/**
 * The desk's work on the school and its people: the school record, invites (single use, redeemed
 * once even when two people try at the same moment), joining, the club's group, removing someone —
 * principals included — and what happens to their open cases.
 */
import { routeIsFor } from "../../domain/access.ts";
import { isOpen } from "../../domain/case.ts";
import { applyChange } from "../../domain/lifecycle.ts";
import { onChange } from "../../domain/notices.ts";
import type { School } from "../../domain/school.ts";
import { INVITE_TTL_SECONDS, type StaffMember } from "../../domain/staff.ts";
import { keys } from "../keys.ts";
import { enqueue } from "./outbox.ts";
import type { InviteKind, JoinRequest, JoinResult } from "./api.ts";
import type { DeskState } from "./state.ts";

/** The school's record: created once, then renamed or archived; KV follows. */
export function init(d: DeskState, school: School): School {
  const current = d.school();
  const next = current ? { ...current, ...pick(school) } : school;
  d.sql.exec(
    "INSERT INTO school (k, v) VALUES (1, ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v",
    JSON.stringify(next),
  );
  d.projectSchool(next);
  return next;
}

/** What a later init may change of an existing school: never its code, country or creation. */
const pick = ({ name, municipality, lang, archived }: School) => ({
  name,
  municipality,
  lang,
  ...(archived !== undefined ? { archived } : {}),
});

export function createInvite(d: DeskState, code: string, kind: InviteKind): void {
  d.sql.exec("INSERT INTO invites (code, kind, created) VALUES (?, ?, ?)", code, kind, d.now());
  // KV only tells which school's desk a typed code belongs to; the desk decides whether it is valid.
  enqueue(d.sql, [
    { kind: "put", key: keys.invite(code), value: d.requireSchool().code, ttl: INVITE_TTL_SECONDS },
  ]);
}

interface InviteRow extends Record<string, SqlStorageValue> {
  kind: string;
  created: number;
  used_by: number | null;
}

/** Takes an unused, fresh invite of the wanted kind — once: the row is marked in this transaction. */
function redeem(d: DeskState, code: string, userId: number, group: boolean): InviteKind | null {
  const row = d.sql
    .exec<InviteRow>("SELECT kind, created, used_by FROM invites WHERE code = ?", code)
    .toArray()[0];
  if (!row || row.used_by !== null) return null;
  if (d.now() - row.created > INVITE_TTL_SECONDS * 1000) return null;
  if ((row.kind === "group") !== group) return null;
  d.sql.exec("UPDATE invites SET used_by = ? WHERE code = ?", userId, code);
  enqueue(d.sql, [{ kind: "delete", key: keys.invite(code) }]);
  return row.kind as InviteKind;
}

export function join(d: DeskState, req: JoinRequest): JoinResult {
  const out = d.once<{ ok: true; id: number } | { ok: false; reason: "invalid" }>(
    "join",
    req.updateId,
    null,
    () => {
      const kind = redeem(d, req.code, req.user.id, false);
      if (!kind || kind === "group")
        return { keep: false, result: { ok: false as const, reason: "invalid" as const } };
      const existing = d.member(req.user.id);
      const member: StaffMember = {
        school: d.requireSchool().code,
        id: req.user.id,
        role: kind,
        name: req.user.name.slice(0, 64),
        lang: req.user.lang,
        country: d.requireSchool().country,
        timeZone: d.requireSchool().timeZone,
        ...(existing?.displayName ? { displayName: existing.displayName } : {}),
      };
      d.writeMember(member);
      // A new role may not see cases the old one had: they go back to be handed on.
      if (existing && existing.role !== member.role) releaseCases(d, member, existing);
      return { keep: true, result: { ok: true as const, id: member.id } };
    },
  );
  if (!out.ok) return out;
  const member = d.member(req.user.id);
  if (!member) return { ok: false, reason: "invalid" };
  return { ok: true, member, school: d.requireSchool(), replay: out.replay, done: out.done };
}

export function linkGroup(d: DeskState, code: string, chat: number, lang: StaffMember["lang"]): boolean {
  if (!redeem(d, code, chat, true)) return false;
  d.sql.exec(
    "INSERT INTO links (kind, v) VALUES ('group', ?) ON CONFLICT(kind) DO UPDATE SET v = excluded.v",
    JSON.stringify({ chat, lang }),
  );
  return true;
}

/**
 * Removes a member. A principal may remove anyone but themselves; the programme's admins anyone —
 * a principal too. Their open cases lose their assignee and go back to be handed on (the principal,
 * or the admins where there is none, are told).
 */
export function remove(
  d: DeskState,
  target: number,
  by: { memberId: number } | "admin" | "moved",
): StaffMember | null {
  const m = d.member(target);
  if (!m) return null;
  if (typeof by === "object") {
    const actor = d.member(by.memberId);
    if (actor?.role !== "principal" || actor.id === target) return null;
  }
  d.deleteMember(m);
  releaseCases(d, null, m);
  return m;
}

/** Open cases of `gone` that `now` (their new self, or nobody) may not keep: unassigned, with notice. */
function releaseCases(d: DeskState, now: StaffMember | null, gone: StaffMember): void {
  const when = d.when();
  const audience = d.audience();
  for (const row of d.sql.exec<{ record: string }>("SELECT record FROM cases").toArray()) {
    const c = JSON.parse(row.record);
    if (c.assignee?.id !== gone.id || !isOpen(c.status)) continue;
    if (now && (now.role === "principal" || routeIsFor(now.role, c.route))) continue;
    const result = applyChange(c, { kind: "unassign" }, when);
    if (!result.ok) continue;
    d.writeCase(result.next, c);
    d.notify(onChange(c, result.next, { kind: "unassign" }, {}, audience));
  }
}

/** What staff may set themselves: how students see them, and the language of their notices. */
export function setProfile(
  d: DeskState,
  id: number,
  patch: { displayName?: string | null; lang?: StaffMember["lang"] },
): StaffMember | null {
  const m = d.member(id);
  if (!m) return null;
  const { displayName: _old, ...rest } = m;
  const displayName = patch.displayName === undefined ? m.displayName : patch.displayName;
  const next: StaffMember = { ...rest, ...(displayName ? { displayName } : {}), lang: patch.lang ?? m.lang };
  if (JSON.stringify(next) !== JSON.stringify(m)) d.writeMember(next);
  return next;
}
