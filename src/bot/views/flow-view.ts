/**
 * Renders a flow step as a Telegram message: text plus inline buttons that carry the whole flow
 * state (so a press costs no KV read or write), signed once per keyboard for the person pressing.
 */
import type { InlineKeyboardButton } from "grammy/types";
import { triage } from "../../domain/routing.ts";
import { type Action, type FlowState, path, prune, step } from "../../flow/engine.ts";
import { flowById, ROUTING } from "../../flow/registry.ts";
import { encodeAction, encodeState } from "../../flow/state-codec.ts";
import type { Flow } from "../../flow/types.ts";
import { keyboard, type Row, signFlow } from "../buttons/sign.ts";
import type { UraContext } from "../context.ts";

export interface View {
  text: string;
  reply_markup: ReturnType<typeof keyboard>;
}

export function flowOf(state: FlowState): Flow {
  const flow = flowById(state.flow);
  if (!flow) throw new Error(`unknown flow ${state.flow}`);
  return flow;
}

/**
 * Texts of the flow, worded for who the report is about: a child reporting for a friend reads
 * "What happened to them?" (Fluent selects on `who`).
 */
export function flowText(ctx: UraContext, state: FlowState): (id: string) => string {
  const who = state.answers.who ?? "me";
  return (id) => ctx.ura.t(id, { who });
}

type Button = (text: string, action: Action | "quick-exit") => InlineKeyboardButton;

async function buttons(ctx: UraContext, state: FlowState): Promise<Button> {
  const data = await signFlow(
    ctx.ura.config.pseudonymKey,
    ctx.from?.id ?? 0,
    ctx.ura.locale,
    encodeState(state),
  );
  return (text, action) => ({
    text,
    callback_data: data(action === "quick-exit" ? "q" : encodeAction(action)),
  });
}

function navigation(ctx: UraContext, state: FlowState, button: Button): Row[] {
  const { t } = ctx.ura;
  const first = path(flowOf(state), ROUTING, state.answers)[0] === state.step;
  const nav: Row = [
    ...(first ? [] : [button(t("nav-back"), { kind: "back" })]),
    button(t("nav-cancel"), { kind: "cancel" }),
  ];
  return [nav, [button(t("nav-quick-exit"), "quick-exit")]];
}

/** "Question — answer" lines for the summary; only answers still on the path. */
export function summaryLines(ctx: UraContext, state: FlowState): string[] {
  const t = flowText(ctx, state);
  const flow = flowOf(state);
  const answers = prune(flow, ROUTING, state.answers);
  return path(flow, ROUTING, answers).flatMap((id) => {
    const s = step(flow, id);
    if (s.type !== "choice") return [];
    const option = s.options.find((o) => o.id === answers[id]);
    if (!option) return [];
    return [`• ${t(s.prompt).split("\n")[0] ?? ""} — ${t(option.label)}`];
  });
}

export async function renderStep(ctx: UraContext, state: FlowState, intro?: string): Promise<View> {
  const t = flowText(ctx, state);
  const flow = flowOf(state);
  const s = step(flow, state.step);
  const button = await buttons(ctx, state);
  const nav = navigation(ctx, state, button);
  const withIntro = (text: string) => (intro ? `${intro}\n\n${text}` : text);
  if (s.type === "choice") {
    const rows = s.options.map((o, i) => {
      const mark = state.answers[state.step] === o.id ? "✓ " : "";
      return [button(mark + t(o.label), { kind: "choose", option: i })];
    });
    return { text: withIntro(t(s.prompt)), reply_markup: keyboard([...rows, ...nav]) };
  }
  if (s.type === "summary") {
    const rows: Row[] = [
      [button(t("summary-ok"), { kind: "summary-ok" })],
      [button(t("summary-change"), { kind: "summary-change" })],
    ];
    return {
      text: withIntro([t(s.prompt), "", ...summaryLines(ctx, state)].join("\n")),
      reply_markup: keyboard([...rows, ...nav]),
    };
  }
  const { route } = triage(ROUTING, prune(flow, ROUTING, state.answers));
  const privacy = ctx.ura.t("privacy-note", { readers: t(`readers-${route}`) });
  const rows: Row[] = s.optional ? [[button(t("describe-send-without"), { kind: "skip" })]] : [];
  return { text: withIntro(`${t(s.prompt)}\n\n${privacy}`), reply_markup: keyboard([...rows, ...nav]) };
}

/** The summary's "which answer do you want to change?" picker. */
export async function renderPicker(ctx: UraContext, state: FlowState): Promise<View> {
  const t = flowText(ctx, state);
  const flow = flowOf(state);
  const button = await buttons(ctx, state);
  const rows: Row[] = [];
  for (const [i, id] of path(flow, ROUTING, state.answers).entries()) {
    const s = step(flow, id);
    if (s.type !== "choice") continue;
    rows.push([button(t(s.prompt).split("\n")[0] ?? id, { kind: "edit", step: i })]);
  }
  return { text: t("summary-pick"), reply_markup: keyboard([...rows, ...navigation(ctx, state, button)]) };
}

/** What is left of a flow message once it is answered: the question and the chosen answer, no buttons. */
export function answeredText(ctx: UraContext, state: FlowState, stepId: string): string {
  const t = flowText(ctx, state);
  const s = step(flowOf(state), stepId);
  if (s.type !== "choice") return t(s.prompt);
  const option = s.options.find((o) => o.id === state.answers[stepId]);
  return option ? `${t(s.prompt)}\n→ ${t(option.label)}` : t(s.prompt);
}
