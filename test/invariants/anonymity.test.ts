/**
 * Anonymity invariants 1–3 (DESIGN), checked mechanically: students in four languages run whole
 * conversations, and staff work their cases through every kind of action — take, write and answer
 * both ways (text and photo), notes, the mediation workflow to an agreement, escalation, referral,
 * hand-over, withdrawal — with the club's group linked. Then every KV key, value and metadata (as
 * written, and as left), every row of every desk table, every notice that went through the queue,
 * and every Bot API payload to anyone but the student is searched for each student's Telegram id,
 * username and names, and for their language in clear.
 */
import { env } from "cloudflare:workers";
import { expect, it, vi } from "vitest";
import type { Locale } from "../../src/i18n/locales.ts";
import { captureWrites, DESK_TABLES, deskRows } from "../support/capture.ts";
import { answerFlow, answerUntil, PEER_CONFLICT } from "../support/report.ts";
import { dumpKv, SCHOOLS } from "../support/schools.ts";
import { enrolSchoolStaff, inviteCodeIn } from "../support/staff.ts";
import { type FakeTelegram, Person, postUpdate } from "../support/telegram.ts";
import { storedCases, t, useWorld } from "../support/world.ts";

let tg: FakeTelegram;
useWorld((fresh) => {
  tg = fresh;
});

const students = [
  {
    id: 731_845_221,
    first_name: "Arbëresha",
    last_name: "Hoxhajkaj",
    username: "arbi_secret_77",
    language_code: "sq",
  },
  {
    id: 918_273_645,
    first_name: "Milica",
    last_name: "Jovanović",
    username: "milica_jov_2011",
    language_code: "sr",
  },
  {
    id: 564_738_291,
    first_name: "Ангелина",
    last_name: "Стојановска",
    username: "angelina_sk",
    language_code: "mk",
  },
  { id: 482_913_577, first_name: "Dardan", last_name: "Zeqiraj", username: "dardi_x", language_code: "en" },
];
const needles = (s: (typeof students)[number]) => [String(s.id), s.username, s.first_name, s.last_name];
const GROUP = -100_777;
const DAY = 86_400_000;

/** Every school's principal, an adviser and a lead, and the XK club's linked group. */
async function enrolEveryone() {
  const bySchool: Record<string, { principal: Person; adviser: Person; lead: Person }> = {};
  for (const [i, school] of Object.values(SCHOOLS).entries()) {
    const base = 800_000 + i * 100;
    const { principal, advisers } = await enrolSchoolStaff(tg, school.code, base, 1);
    await principal.send("/invite lead");
    const lead = new Person(tg, base + 50, { first_name: "Lead", language_code: "en" });
    await lead.send(`/join ${inviteCodeIn(tg.textsTo(base).at(-1))}`);
    bySchool[school.code] = { principal, adviser: advisers[0] as Person, lead };
  }
  const xk = bySchool[SCHOOLS.XK.code] as { principal: Person };
  await xk.principal.send("/invite group");
  const groupCode = /\/linkgroup ([2-9A-Z]+)/.exec(tg.textsTo(xk.principal.user.id).at(-1) ?? "")?.[1];
  await postUpdate({
    update_id: tg.nextUpdateId(),
    message: {
      message_id: 1,
      date: 1,
      chat: { id: GROUP, type: "supergroup", title: "Klubi" },
      from: xk.principal.user,
      text: `/linkgroup ${groupCode}`,
      entities: [{ type: "bot_command", offset: 0, length: 10 }],
    },
  });
  return bySchool;
}

const langOf = (p: Person, chosen?: Locale) => chosen ?? ((p.user.language_code ?? "en") as Locale);

/** A tap on the button labelled with message `key` in the person's language; then the queue's notices. */
async function tap(p: Person, key: string, lang = langOf(p)) {
  await p.press(t(lang, key));
  await tg.settle();
}

/** Staff open a case from one of its notices (the newest that has its Open button). */
async function openCase(p: Person, caseId: string) {
  await tg.settle();
  for (const { messageId, buttons } of tg.keyboards(p.user.id)) {
    const open = buttons.find((b) => b.callback_data.startsWith("O") && b.callback_data.includes(caseId));
    if (open) return void (await postUpdate(p.callbackUpdate(open.callback_data, messageId)));
  }
  throw new Error(`no notice of ${caseId} for ${p.user.id}`);
}

async function say(p: Person, key: string, words: string) {
  await tap(p, key);
  await p.send(words);
  await tg.settle();
}

/** The student answers the club through the newest "Answer" button: text, or a photo. */
async function answer(s: Person, lang: Locale, words: string, photo?: string) {
  await tap(s, "relay-reply", lang);
  if (photo) await s.sendPhoto(photo, words);
  else await s.send(words);
  await tg.settle();
}

it("no student identifier reaches storage, the queue, or anyone but the student", async () => {
  const staff = await enrolEveryone();
  const captured = captureWrites();
  const [arb, milica, angelina, dardan] = students.map((s) => new Person(tg, s.id, s)) as [
    Person,
    Person,
    Person,
    Person,
  ];
  const xk = staff[SCHOOLS.XK.code] as { principal: Person; adviser: Person; lead: Person };
  const mk = staff[SCHOOLS.MK.code] as { principal: Person; adviser: Person; lead: Person };
  const al = staff[SCHOOLS.AL.code] as { principal: Person; adviser: Person; lead: Person };

  await arb.send(`/start s-${SCHOOLS.XK.code}`);
  await answerFlow(arb, PEER_CONFLICT, "Dikush më shan në klasë.");
  await milica.send("/language");
  await milica.press("Srpski (latinica)");
  await milica.send(`/start s-${SCHOOLS.XK.code}`);
  await answerFlow(milica, { ...PEER_CONFLICT, what: "sexual" });
  await angelina.send(`/start s-${SCHOOLS.MK.code}`);
  await answerUntil(
    angelina,
    { ...PEER_CONFLICT, what: "online", online: "mean", where: "online" },
    "describe",
  );
  await angelina.sendPhoto("AgACAgphoto-file-id-secret", "Ова е слика од порака");
  await angelina.send("Уште една порака");
  await dardan.send(`/start s-${SCHOOLS.AL.code}`);
  await answerFlow(
    dardan,
    { ...PEER_CONFLICT, danger: "yes", what: "physical", harm: "injury" },
    "A boy was hit with a stick.",
  );
  const [caseA, caseB] = await storedCases(SCHOOLS.XK.code);
  const [caseC] = await storedCases(SCHOOLS.MK.code);
  const [caseD] = await storedCases(SCHOOLS.AL.code);
  expect([caseA?.route, caseB?.route, caseC?.route, caseD?.route]).toEqual([
    "mediation",
    "protection",
    "mediation",
    "staff",
  ]);

  // B (protection, XK): the lead takes it, they talk, the lead escalates and refers it outside.
  await openCase(xk.lead, caseB?.id ?? "");
  await tap(xk.lead, "act-take");
  await say(xk.lead, "act-write", "Thank you for telling us. Can you say more?");
  await answer(milica, "sr", "It happens after lunch.");
  await tap(xk.lead, "act-escalate");
  await openCase(xk.lead, caseB?.id ?? "");
  await tap(xk.lead, "act-refer");
  await tap(xk.lead, "act-refer-external");

  // C (mediation, MK): the adviser takes it and writes; the student answers with a photo; handed to the principal, who writes too; then withdrawn.
  await openCase(mk.adviser, caseC?.id ?? "");
  await tap(mk.adviser, "act-take");
  await say(mk.adviser, "act-write", "Thank you for telling us. Can you say more?");
  await answer(angelina, "mk", "It happens after lunch.", "AgACAgphoto-answer-secret");
  await say(mk.adviser, "act-note", "Spoke with the class teacher.");
  await tap(mk.adviser, "act-handover");
  await mk.adviser.press("Ilir");
  await tg.settle();
  await openCase(mk.principal, caseC?.id ?? "");
  await say(mk.principal, "act-write", "Jam drejtori. A je mirë?");
  await angelina.send("/mycases");
  await angelina.press(t("mk", "mycases-withdraw", { code: "" }).trim());
  await tap(angelina, "withdraw-yes", "mk");

  // D (staff, urgent, AL): the lead takes it; they talk; a note.
  await openCase(al.lead, caseD?.id ?? "");
  await tap(al.lead, "act-take");
  await say(al.lead, "act-write", "Thank you for telling us. Can you say more?");
  await answer(dardan, "en", "It happens after lunch.");
  await say(al.lead, "act-note", "Called the parents.");

  // A (mediation, XK): taken, relay both ways, a note, suitability, both consents, a session, and — after it — the agreement.
  await openCase(xk.adviser, caseA?.id ?? "");
  await tap(xk.adviser, "act-take");
  await say(xk.adviser, "act-write", "Thank you for telling us. Can you say more?");
  await answer(arb, "sq", "It happens after lunch.");
  await say(xk.adviser, "act-note", "Both sides are in class 7B.");
  await tap(xk.adviser, "act-mediation");
  for (let i = 0; i < 4; i++) await tap(xk.adviser, "check-yes");
  await tap(arb, "consent-yes", "sq");
  await openCase(xk.adviser, caseA?.id ?? "");
  await tap(xk.adviser, "act-other-yes");
  const day = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);
  await say(xk.adviser, "act-schedule", `${day} 10:30 Library`);
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  vi.setSystemTime(Date.now() + 3 * DAY);
  await openCase(xk.adviser, caseA?.id ?? "");
  await say(xk.adviser, "act-agreement", "They agreed to stop the name-calling.");
  // Every case went where the story says.
  const [a, b] = await storedCases(SCHOOLS.XK.code);
  expect(a).toMatchObject({ status: "resolved", outcome: "agreement", additions: 0 });
  expect(b).toMatchObject({ status: "referred", escalated: true });
  expect((await storedCases(SCHOOLS.MK.code))[0]).toMatchObject({
    status: "withdrawn",
    additions: 1,
    assignee: { id: mk.principal.user.id },
  });
  expect((await storedCases(SCHOOLS.AL.code))[0]).toMatchObject({
    status: "taken",
    assignee: { id: al.lead.user.id },
  });

  // The staff really worked the cases: every student heard from an adult, and the adults from them.
  for (const p of [arb, milica, angelina, dardan])
    expect(tg.textsTo(p.user.id).join("\n")).toContain("Can you say more?");
  const relayed = tg.calls.filter((c) =>
    String(c.payload.text ?? c.payload.caption ?? "").includes("It happens after lunch."),
  );
  const workers = [xk.adviser, xk.lead, mk.adviser, al.lead].map((p) => p.user.id);
  expect(relayed.map((c) => c.payload.chat_id).sort()).toEqual(workers.sort());
  expect(tg.textsTo(GROUP).length).toBeGreaterThan(0);
  expect(tg.textsTo(arb.user.id).join("\n")).toContain("Library");
  // The spies saw the desks' own work too (write-through rows, notices flushed from their outboxes).
  expect(captured.notices.some((n) => n.to.kind === "student")).toBe(true);
  expect(captured.kvPuts.some((p) => p.key.startsWith("case:"))).toBe(true);

  // ── storage: KV as written and as left, every desk row, every queued notice ──
  const dump = await dumpKv();
  expect(dump.filter((k) => k.name.startsWith("case:"))).toHaveLength(4);
  expect(dump.some((k) => k.name.startsWith("sess:"))).toBe(true);
  const desks = await Promise.all(Object.values(SCHOOLS).map((s) => deskRows(s.code)));
  for (const rows of desks) expect(Object.keys(rows).sort()).toEqual([...DESK_TABLES].sort());
  const stored = [
    ...dump.map((k) => `${k.name}\n${k.value}\n${k.metadata}`),
    ...captured.kvPuts.map((p) => `${p.key}\n${p.value}\n${JSON.stringify(p.metadata ?? null)}`),
    ...desks.flatMap((rows) => Object.entries(rows).map(([table, r]) => `${table}\n${JSON.stringify(r)}`)),
    ...captured.notices.map((n) => JSON.stringify(n)),
  ].join("\n---\n");
  expect(desks.flatMap((d) => d.cases ?? [])).toHaveLength(4);
  expect(desks.flatMap((d) => d.notes ?? [])).toHaveLength(3);
  expect(desks.flatMap((d) => d.audit ?? []).length).toBeGreaterThanOrEqual(4);
  for (const s of students)
    for (const needle of needles(s)) expect(stored, `storage holds ${needle}`).not.toContain(needle);
  // Report text, relayed words, notes, the agreement and photo file ids are sealed at rest (invariant 2).
  for (const secret of [
    "Dikush më shan",
    "A boy was hit",
    "AgACAgphoto",
    "Ова е слика",
    "Уште една",
    "after lunch",
    "Spoke with",
    "Called the parents",
    "stop the name-calling",
    "Library",
    "A je mirë",
  ])
    expect(stored, secret).not.toContain(secret);
  // No student's language in clear: cases, their rows and additions carry none; a notice to a student has it sealed with the chat.
  const studentData = [
    ...dump.filter((d) => d.name.startsWith("case:")).map((d) => d.metadata),
    ...desks.flatMap((d) =>
      ["cases", "additions", "notes", "audit"].map((table) => JSON.stringify(d[table])),
    ),
    ...captured.notices.filter((n) => n.to.kind === "student").map((n) => JSON.stringify(n)),
  ];
  for (const text of studentData) expect(text).not.toMatch(/\\?"(lang|language_code|locale)\\?"/);
  // Cases are owned by a pseudonym, never an id.
  for (const row of desks.flatMap((d) => d.cases ?? []))
    expect(String(row.owner)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  // Sessions are sealed whole: not even the school code or a case code is readable in them.
  for (const k of captured.kvPuts.filter((p) => p.key.startsWith("sess:"))) {
    expect(k.value).toMatch(/^[A-Za-z0-9_.:-]+$/);
    for (const school of Object.values(SCHOOLS)) expect(k.value).not.toContain(school.code);
  }

  // ── Telegram: whatever went to a chat other than the student's own must not identify them (invariant 3) ──
  const studentChats = new Set(students.map((s) => s.id));
  const outgoing = JSON.stringify(tg.calls.filter((c) => !studentChats.has(Number(c.payload.chat_id))));
  for (const s of students)
    for (const needle of needles(s)) expect(outgoing, `sent ${needle}`).not.toContain(needle);
  expect(tg.calls.some((c) => c.method === "forwardMessage" || c.method === "forwardMessages")).toBe(false);
  // Each student's chat only ever received messages addressed to that chat.
  for (const s of students) for (const call of tg.to(s.id)) expect(Number(call.payload.chat_id)).toBe(s.id);
}, 120_000);

it("sessions are keyed by a pseudonym that differs per student and is not the id", async () => {
  const a = new Person(tg, 111_222_333, { first_name: "A", language_code: "sq" });
  const b = new Person(tg, 111_222_334, { first_name: "B", language_code: "sq" });
  for (const p of [a, b]) {
    await p.send("/language");
    await p.press("English");
  }
  const sessions = (await dumpKv()).filter((k) => k.name.startsWith("sess:"));
  expect(sessions).toHaveLength(2);
  const [first, second] = sessions.map((s) => s.name.slice(5));
  expect(first).not.toBe(second);
  expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
  expect(await env.KV.get("sess:111222333")).toBeNull();
});
