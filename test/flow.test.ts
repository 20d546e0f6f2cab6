import { describe, expect, it } from "vitest";
import { signCallback, verifyCallback } from "../src/crypto/callback.ts";
import { triage } from "../src/domain/routing.ts";
import { apply, type FlowState, path } from "../src/flow/engine.ts";
import { toMermaid } from "../src/flow/mermaid.ts";
import { DIRECTORY, FLOWS, ROUTING, reportFlow } from "../src/flow/registry.ts";
import { decodeState, encodeAction, encodeState } from "../src/flow/state-codec.ts";
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

  it("never route sexual abuse, adult violence or self-harm to mediation, whatever else is answered", () => {
    const what = flow.steps.what;
    if (what?.type !== "choice") throw new Error("what is a choice");
    for (const w of what.options.map((o) => o.id)) {
      for (const danger of ["yes", "no"]) {
        for (const injury of ["yes", "no", undefined]) {
          for (const often of ["once", "few", "repeated"]) {
            for (const who of ["me", "other"]) {
              const answers = { danger, who, what: w, often, ...(injury ? { injury } : {}) };
              const { route } = triage(ROUTING, answers);
              if (
                ["sexual", "adult", "selfharm"].includes(w) ||
                danger === "yes" ||
                injury === "yes" ||
                often === "repeated"
              ) {
                expect(route, JSON.stringify(answers)).not.toBe("mediation");
              }
            }
          }
        }
      }
    }
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
    for (let i = 0; i < 25; i++) {
      f.steps[`extra${i}`] = {
        type: "choice",
        prompt: "q-who",
        options: [{ id: "a", label: "q-who-me" }],
        next: "who",
      };
    }
    f.start = "extra0";
    for (let i = 0; i < 24; i++) (f.steps[`extra${i}`] as { next: string }).next = `extra${i + 1}`;
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

  it("rejects a country without 112", () => {
    const d = structuredClone(DIRECTORY);
    d.countries.AL.emergency = [{ label: "dir-police", number: "129", hours: "dir-hours-always" }];
    expect(validateDirectory(d, ids)).toContain("directory: AL emergency must list 112");
  });
});

describe("state in callback data", () => {
  const state: FlowState = {
    flow: "report",
    school: "PRZ2XK",
    country: "XK",
    nonce: "a1b2",
    startedAt: 29_700_000,
    step: "often",
    answers: { danger: "no", who: "me", what: "physical", injury: "no", where: "yard", when: "today" },
    review: true,
  };

  it("round-trips and fits Telegram's 64 bytes with the longest action and the MAC", async () => {
    const body = encodeState("mk", state);
    expect(decodeState(body)).toEqual({ locale: "mk", state });
    const data = await signCallback(
      "k".repeat(40),
      5,
      `${body}.${encodeAction({ kind: "choose", option: 35 })}`,
    );
    expect(new TextEncoder().encode(data).length).toBeLessThanOrEqual(64);
  });

  it("a MAC binds the data to the person and to every byte", async () => {
    const data = await signCallback("k".repeat(40), 5, "F3xyz");
    expect(await verifyCallback("k".repeat(40), 5, data)).toBe("F3xyz");
    expect(await verifyCallback("k".repeat(40), 6, data)).toBeNull();
    expect(await verifyCallback("k".repeat(40), 5, data.replace("xyz", "xyy"))).toBeNull();
    expect(await verifyCallback("other-key".repeat(5), 5, data)).toBeNull();
  });

  it("rejects malformed state without throwing", () => {
    for (const bad of [
      "",
      "F",
      "F9999PRZ2XKa1b2000000000000000",
      "F300PRZ2XKa1b2zzzzz00-------",
      "F300O0O0O0a1b2000000-------",
    ]) {
      expect(decodeState(bad)).toBeNull();
    }
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

  it("asks the injury question only after a fight, and mediation only where it applies", () => {
    expect(path(flow, ROUTING, { danger: "no", who: "me", what: "physical" })).toContain("injury");
    expect(path(flow, ROUTING, { danger: "no", who: "me", what: "insults" })).not.toContain("injury");
    const full = { danger: "no", who: "me", what: "insults", where: "class", when: "today", often: "once" };
    expect(path(flow, ROUTING, full)).toContain("mediation");
    expect(path(flow, ROUTING, { ...full, what: "sexual" })).not.toContain("mediation");
  });

  it("shows the emergency card with the answer, and refuses actions that do not fit the step", () => {
    const out = apply(flow, ROUTING, start, { kind: "choose", option: 0 });
    expect(out).toMatchObject({
      kind: "show",
      cards: ["emergency"],
      state: { step: "who", answers: { danger: "yes" } },
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
    expect(diagram).toContain('mediation -.->|"skipped unless $route: mediation"| summary');
  });
});
