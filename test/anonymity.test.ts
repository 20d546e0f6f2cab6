/**
 * Anonymity invariants 1–3 (DESIGN), checked mechanically: several students run whole
 * conversations; then every KV key, value and metadata, and every Bot API payload sent to anyone
 * but the student, is searched for each student's user id, chat id, username, names and language.
 */
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { answerFlow, answerUntil, PEER_CONFLICT } from "./support/report.ts";
import { dumpKv, SCHOOLS } from "./support/schools.ts";
import { enrolSchoolStaff, inviteCodeIn } from "./support/staff.ts";
import { type FakeTelegram, Person, postUpdate } from "./support/telegram.ts";
import { useWorld } from "./support/world.ts";

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

function needles(s: (typeof students)[number]): string[] {
  return [String(s.id), s.username, s.first_name, s.last_name];
}

/** Every school's staff, a lead and a linked club group: people a leak could reach. */
async function enrolEveryone(): Promise<Person[]> {
  const staff: Person[] = [];
  for (const [i, school] of Object.values(SCHOOLS).entries()) {
    const base = 800_000 + i * 100;
    const { principal, advisers } = await enrolSchoolStaff(tg, school.code, base, 1);
    await principal.send("/invite lead");
    const lead = new Person(tg, base + 50, { first_name: "Lead", language_code: "en" });
    await lead.send(`/join ${inviteCodeIn(tg.textsTo(base).at(-1))}`);
    staff.push(principal, ...advisers, lead);
  }
  const xkPrincipal = staff[0] as Person;
  await xkPrincipal.send("/invite group");
  const groupCode = /\/linkgroup ([2-9A-Z]+)/.exec(tg.textsTo(xkPrincipal.user.id).at(-1) ?? "")?.[1];
  await postUpdate({
    update_id: tg.nextUpdateId(),
    message: {
      message_id: 1,
      date: 1,
      chat: { id: -100777, type: "supergroup", title: "Klubi" },
      from: xkPrincipal.user,
      text: `/linkgroup ${groupCode}`,
      entities: [{ type: "bot_command", offset: 0, length: 10 }],
    },
  });
  return staff;
}

/** Whoever was notified opens and takes the case, writes to the student, and the student answers. */
async function workEveryCase(staff: Person[], students: Person[]): Promise<void> {
  for (const member of staff) {
    const notices = tg
      .to(member.user.id)
      .filter((c) => JSON.stringify(c.payload.reply_markup ?? "").includes("callback_data"));
    for (const notice of notices) {
      const button = (notice.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] })
        .inline_keyboard[0]?.[0];
      if (!button?.callback_data.startsWith("O")) continue;
      await postUpdate(member.callbackUpdate(button.callback_data, notice.messageId ?? 1));
      const take = member.keyboard().buttons.find((b) => b.callback_data.split("~")[0]?.endsWith("t"));
      if (!take) continue;
      await postUpdate(member.callbackUpdate(take.callback_data, 1));
      const write = member.keyboard().buttons.find((b) => b.callback_data.split("~")[0]?.endsWith("w"));
      if (!write) continue;
      await postUpdate(member.callbackUpdate(write.callback_data, 1));
      await member.send("Thank you for telling us. Can you say more?");
    }
  }
  for (const student of students) {
    const answer = tg
      .to(student.user.id)
      .findLast((c) => JSON.stringify(c.payload.reply_markup ?? "").includes('"A'));
    if (!answer) continue;
    const data =
      (answer.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] })
        .inline_keyboard[0]?.[0]?.callback_data ?? "";
    await postUpdate(student.callbackUpdate(data, answer.messageId ?? 1));
    await student.send("It happens after lunch.");
  }
}

it("no student identifier reaches KV or anyone but the student", async () => {
  const staff = await enrolEveryone();
  const people = students.map((s) => new Person(tg, s.id, s));
  const [arb, milica, angelina, dardan] = people as [Person, Person, Person, Person];
  await arb.send(`/start s-${SCHOOLS.XK.code}`);
  await answerFlow(arb, PEER_CONFLICT, "Dikush më shan në klasë.");
  await milica.send("/language");
  await milica.press("Srpski");
  await milica.send(`/start s-${SCHOOLS.XK.code}`);
  await answerFlow(milica, { ...PEER_CONFLICT, what: "sexual" });
  await angelina.send(`/start s-${SCHOOLS.MK.code}`);
  await answerUntil(angelina, { ...PEER_CONFLICT, what: "online", where: "online" }, "describe");
  await angelina.sendPhoto("AgACAgphoto-file-id-secret", "Ова е слика од порака");
  await angelina.send("/mycases");
  await dardan.send(`/start s-${SCHOOLS.AL.code}`);
  await answerFlow(
    dardan,
    { ...PEER_CONFLICT, danger: "yes", what: "physical", injury: "yes" },
    "A boy was hit with a stick.",
  );

  await workEveryCase(staff, people);
  // The staff really worked the cases: every student heard from an adult, and the adults from them.
  for (const p of people) expect(tg.textsTo(p.user.id).join("\n")).toContain("Can you say more?");
  expect(
    tg.calls.filter((c) => String(c.payload.text ?? "").includes("It happens after lunch.")),
  ).toHaveLength(4);
  expect(tg.textsTo(-100777).length).toBeGreaterThan(0);

  const dump = await dumpKv();
  expect(dump.filter((k) => k.name.startsWith("case:"))).toHaveLength(4);
  expect(dump.some((k) => k.name.startsWith("sess:"))).toBe(true);
  const stored = dump.map((k) => `${k.name}\n${k.value}\n${k.metadata}`).join("\n---\n");
  for (const s of students) {
    for (const needle of needles(s)) expect(stored, `KV holds ${needle}`).not.toContain(needle);
  }
  // Report text and photo file ids are sealed at rest (invariant 2).
  for (const secret of ["Dikush më shan", "A boy was hit", "AgACAgphoto", "Ова е слика"]) {
    expect(stored).not.toContain(secret);
  }
  // No student's language code in clear either: only in a sealed part or a session's own choice.
  for (const k of dump.filter((d) => d.name.startsWith("case:") || d.name.startsWith("sess:"))) {
    expect(k.value).not.toMatch(/"(lang|language_code|locale)"/);
  }
  // Sessions are sealed whole: not even the school code or a case code is readable in them.
  for (const k of dump.filter((d) => d.name.startsWith("sess:"))) {
    expect(k.value).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const school of Object.values(SCHOOLS)) expect(k.value).not.toContain(school.code);
  }

  // Whatever went to a chat other than the student's own must not identify them (invariant 3).
  const studentChats = new Set(students.map((s) => s.id));
  const toOthers = tg.calls.filter((c) => !studentChats.has(Number(c.payload.chat_id)));
  const outgoing = JSON.stringify(toOthers);
  for (const s of students) for (const needle of needles(s)) expect(outgoing).not.toContain(needle);
  expect(tg.calls.some((c) => c.method === "forwardMessage" || c.method === "forwardMessages")).toBe(false);
  // Each student's chat only ever received messages addressed to that chat.
  for (const p of people) {
    for (const call of tg.to(p.user.id)) expect(Number(call.payload.chat_id)).toBe(p.user.id);
  }
});

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
