import { describe, expect, it } from "vitest";
import { sign, signFlow, verify, verifyFlow } from "../src/bot/buttons/sign.ts";
import { apply, type FlowState, path } from "../src/flow/engine.ts";
import { toMermaid } from "../src/flow/mermaid.ts";
import { DIRECTORY, FLOWS, ROUTING, reportFlow } from "../src/flow/registry.ts";
import {
  decodeAction,
  decodeState,
  encodeAction,
  encodeState,
  FLOWS_SHAPE,
  shapeOf,
} from "../src/flow/state-codec.ts";
import type { Flow } from "../src/flow/types.ts";
import { type LocaleIds, validateDirectory, validateFlow, validateRouting } from "../src/flow/validate.ts";
import { LOCALES } from "../src/i18n/locales.ts";
import { messageIds } from "../src/i18n/translate.ts";

const ids: LocaleIds = Object.fromEntries(LOCALES.map((l) => [l, new Set(messageIds(l))]));
const flow = reportFlow();
const clone = (): Flow => structuredClone(flow);

describe("the shipped flows", () => {
  it("pass the validator in every locale", () => {
    for (const f of FLOWS) expect(validateFlow(f, ids)).toEqual([]);
    expect(validateRouting(ROUTING, flow)).toEqual([]);
    expect(validateDirectory(DIRECTORY, ids)).toEqual([]);
  });
});

describe("the validator", () => {
  it("rejects an unknown step type and a next that is not a step", () => {
    const f = clone();
    (f.steps.who as { type: string }).type = "slider";
    (f.steps.where as { next: string }).next = "nowhere";
    const problems = validateFlow(f, ids).join("\n");
    expect(problems).toContain('unknown step type "slider"');
    expect(problems).toContain('next "nowhere" is not a step');
  });

  it("rejects unreachable steps and dead ends", () => {
    const f = clone();
    f.steps.orphan = {
      type: "choice",
      prompt: "q-who",
      options: [{ id: "a", label: "q-who-me" }],
      next: "orphan",
    };
    const problems = validateFlow(f, ids).join("\n");
    expect(problems).toContain("orphan: unreachable");
    expect(problems).toContain("orphan: dead end");
  });

  it("rejects a message id missing in a locale", () => {
    const f = clone();
    (f.steps.who as { prompt: string }).prompt = "q-who-typo";
    expect(validateFlow(f, ids)).toContain('report: message "q-who-typo" missing in sq');
  });

  it("rejects a flow whose callback data would exceed 64 bytes", () => {
    const f = clone();
    for (let i = 0; i < 25; i++)
      f.steps[`extra${i}`] = {
        type: "choice",
        prompt: "q-who",
        options: [{ id: "a", label: "q-who-me" }],
        next: i < 24 ? `extra${i + 1}` : "who",
      };
    f.start = "extra0";
    expect(validateFlow(f, ids).join("\n")).toMatch(/over Telegram's 64/);
  });

  it("rejects routing to an unknown route, an unknown option, or without a catch-all", () => {
    const problems = validateRouting(
      { rules: [{ when: { what: ["flying"] }, route: "moon" as never, urgency: "normal" }] },
      flow,
    ).join("\n");
    expect(problems).toContain('unknown route "moon"');
    expect(problems).toContain('"what" has no option "flying"');
    expect(problems).toContain("catch-all");
  });

  it("rejects a country without 112, and allows one without a confirmed listening line", () => {
    const d = structuredClone(DIRECTORY);
    d.countries.AL.emergency = [{ label: "dir-police", number: "129", hours: "dir-hours-always" }];
    expect(validateDirectory(d, ids)).toContain("directory: AL emergency must list 112");
    expect(DIRECTORY.countries.XK.helpline).toEqual([]);
    expect(validateDirectory(DIRECTORY, ids)).toEqual([]);
  });
});

describe("state in button data", () => {
  const state: FlowState = {
    flow: "report",
    school: "PRZ2XK",
    country: "XK",
    nonce: "a1b2",
    startedAt: 29_700_000,
    step: "often",
    answers: {
      danger: "unsure",
      who: "other",
      what: "online",
      online: "mean",
      by: "unknown",
      where: "elsewhere",
      when: "earlier",
    },
    review: true,
  };

  it("round-trips and fits Telegram's 64 bytes with the longest action and the MAC, in every locale", async () => {
    const body = encodeState(state);
    expect(decodeState(body)).toEqual(state);
    for (const locale of LOCALES) {
      const data = (await signFlow("k".repeat(40), 5, locale, body))(
        encodeAction({ kind: "choose", option: 35 }),
      );
      expect(new TextEncoder().encode(data).length).toBeLessThanOrEqual(64);
      expect(await verifyFlow("k".repeat(40), 5, data)).toMatchObject({ locale, state: body, action: "oz" });
    }
  });

  it("a form from before a flow was edited no longer verifies: its option numbers would mean other answers", async () => {
    const flows = [{ id: "report", steps: { where: { options: [{ id: "school" }, { id: "home" }] } } }];
    const edited = [
      { id: "report", steps: { where: { options: [{ id: "school" }, { id: "online" }, { id: "home" }] } } },
    ];
    expect(shapeOf(edited)).not.toBe(shapeOf(flows));
    expect(shapeOf(structuredClone(flows))).toBe(shapeOf(flows));
    const old = (await signFlow("k".repeat(40), 5, "sq", encodeState(state), shapeOf(flows)))("o1");
    expect(await verifyFlow("k".repeat(40), 5, old)).toBeNull();
    const current = (await signFlow("k".repeat(40), 5, "sq", encodeState(state)))("o1");
    expect(await verifyFlow("k".repeat(40), 5, current)).not.toBeNull();
    expect(FLOWS_SHAPE).toBe(shapeOf(FLOWS));
  });

  it("a MAC binds the data to the person and to every byte", async () => {
    const data = (await signFlow("k".repeat(40), 5, "sq", encodeState(state)))("b");
    expect(await verifyFlow("k".repeat(40), 6, data)).toBeNull();
    expect(await verifyFlow("k".repeat(40), 5, data.replace("PRZ2XK", "PRZ2XL"))).toBeNull();
    expect(await verifyFlow("other-key".repeat(5), 5, data)).toBeNull();
    const open = await sign("k".repeat(40), 5, "en", "open", { case: "K7Q4MZX2PA" });
    expect(await verify("k".repeat(40), 5, open)).toMatchObject({
      kind: "open",
      locale: "en",
      payload: { case: "K7Q4MZX2PA" },
    });
    expect(await verify("k".repeat(40), 6, open)).toBeNull();
  });

  it("rejects malformed state and actions without throwing", () => {
    for (const bad of ["", "F", "9999PRZ2XKa1b2000000000000000", "00O0O0O0a1b2000000------"])
      expect(decodeState(bad)).toBeNull();
    for (const bad of ["", "o", "oz9", "zz", "q1"]) expect(decodeAction(bad)).toBeNull();
  });
});

describe("the engine", () => {
  const start: FlowState = {
    flow: "report",
    school: "PRZ2XK",
    country: "XK",
    nonce: "n",
    startedAt: 0,
    step: "danger",
    answers: {},
    review: false,
  };

  it("asks about harm after insults or a fight, about what happened online after 'online', and who did it except for self-harm", () => {
    const base = { danger: "no", who: "me" };
    expect(path(flow, ROUTING, { ...base, what: "physical" })).toContain("harm");
    expect(path(flow, ROUTING, { ...base, what: "insults" })).toContain("harm");
    expect(path(flow, ROUTING, { ...base, what: "conflict" })).not.toContain("harm");
    expect(path(flow, ROUTING, { ...base, what: "online" })).toContain("online");
    expect(path(flow, ROUTING, { ...base, what: "sexual" })).toContain("by");
    expect(path(flow, ROUTING, { ...base, what: "selfharm" })).toEqual([
      "danger",
      "who",
      "what",
      "summary",
      "describe",
    ]);
  });

  it("shows the emergency card for 'yes' and for 'not sure', and refuses actions that do not fit the step", () => {
    for (const option of [0, 1])
      expect(apply(flow, ROUTING, start, { kind: "choose", option })).toMatchObject({
        kind: "show",
        cards: ["emergency"],
        state: { step: "who" },
      });
    expect(apply(flow, ROUTING, start, { kind: "choose", option: 2 })).toMatchObject({
      kind: "show",
      cards: [],
    });
    expect(apply(flow, ROUTING, start, { kind: "choose", option: 9 })).toEqual({ kind: "invalid" });
    expect(apply(flow, ROUTING, start, { kind: "back" })).toEqual({ kind: "invalid" });
    expect(apply(flow, ROUTING, start, { kind: "skip" })).toEqual({ kind: "invalid" });
    expect(apply(flow, ROUTING, start, { kind: "summary-ok" })).toEqual({ kind: "invalid" });
  });

  it("renders as a Mermaid diagram with every step", () => {
    const diagram = toMermaid(flow);
    expect(diagram.startsWith("flowchart TD")).toBe(true);
    for (const id of Object.keys(flow.steps)) expect(diagram).toContain(`  ${id}[`);
    expect(diagram).toContain("describe --> submit");
    expect(diagram).toContain('mediation -.->|"skipped unless $route: mediation, who: me"| summary');
  });
});
