/** Renders a flow step as a Telegram message: text plus signed inline buttons. */
import { triage } from "../domain/routing.ts";
import { type Action, type FlowState, path, prune, step } from "../flow/engine.ts";
import { ROUTING, flowById } from "../flow/registry.ts";
import { encodeAction, encodeState } from "../flow/state-codec.ts";
import type { Flow } from "../flow/types.ts";
import type { Locale } from "../i18n/locales.ts";
import { keyboard, type Row, signedButton } from "./buttons.ts";
import type { UraContext } from "./context.ts";

export interface View {
  text: string;
  reply_markup: ReturnType<typeof keyboard>;
}

export function flowOf(state: FlowState): Flow {
  const flow = flowById(state.flow);
  if (!flow) throw new Error(`unknown flow ${state.flow}`);
  return flow;
}

function button(
  ctx: UraContext,
  locale: Locale,
  state: FlowState,
  text: string,
  action: Action | "quick-exit",
) {
  const act = action === "quick-exit" ? "q" : encodeAction(action);
  return signedButton(ctx, text, `${encodeState(locale, state)}.${act}`);
}

async function navigation(ctx: UraContext, state: FlowState): Promise<Row[]> {
  const { t, locale } = ctx.ura;
  const flow = flowOf(state);
  const first = path(flow, ROUTING, state.answers)[0] === state.step;
  const nav: Row = await Promise.all([
    ...(first ? [] : [button(ctx, locale, state, t("nav-back"), { kind: "back" })]),
    button(ctx, locale, state, t("nav-cancel"), { kind: "cancel" }),
  ]);
  return [nav, [await button(ctx, locale, state, t("nav-quick-exit"), "quick-exit")]];
}

/** "Question — answer" lines for the summary; only answers still on the path. */
export function summaryLines(ctx: UraContext, state: FlowState): string[] {
  const flow = flowOf(state);
  const answers = prune(flow, ROUTING, state.answers);
  return path(flow, ROUTING, answers).flatMap((id) => {
    const s = step(flow, id);
    if (s.type !== "choice") return [];
    const option = s.options.find((o) => o.id === answers[id]);
    if (!option) return [];
    const question = ctx.ura.t(s.prompt).split("\n")[0] ?? "";
    return [`• ${question} — ${ctx.ura.t(option.label)}`];
  });
}

export async function renderStep(ctx: UraContext, state: FlowState): Promise<View> {
  const { t, locale } = ctx.ura;
  const flow = flowOf(state);
  const s = step(flow, state.step);
  const nav = await navigation(ctx, state);
  if (s.type === "choice") {
    const rows = await Promise.all(
      s.options.map(async (o, i) => {
        const mark = state.answers[state.step] === o.id ? "✓ " : "";
        return [await button(ctx, locale, state, mark + t(o.label), { kind: "choose", option: i })];
      }),
    );
    return { text: t(s.prompt), reply_markup: keyboard([...rows, ...nav]) };
  }
  if (s.type === "summary") {
    const rows: Row[] = [
      [await button(ctx, locale, state, t("summary-ok"), { kind: "summary-ok" })],
      [await button(ctx, locale, state, t("summary-change"), { kind: "summary-change" })],
    ];
    return {
      text: [t(s.prompt), "", ...summaryLines(ctx, state)].join("\n"),
      reply_markup: keyboard([...rows, ...nav]),
    };
  }
  const { route } = triage(ROUTING, prune(flow, ROUTING, state.answers));
  const privacy = t("privacy-note", { readers: t(`readers-${route}`) });
  const rows: Row[] = s.optional
    ? [[await button(ctx, locale, state, t("describe-send-without"), { kind: "skip" })]]
    : [];
  return { text: `${t(s.prompt)}\n\n${privacy}`, reply_markup: keyboard([...rows, ...nav]) };
}

/** The summary's "which answer do you want to change?" picker. */
export async function renderPicker(ctx: UraContext, state: FlowState): Promise<View> {
  const { t, locale } = ctx.ura;
  const flow = flowOf(state);
  const visited = path(flow, ROUTING, state.answers);
  const rows: Row[] = [];
  for (const [i, id] of visited.entries()) {
    const s = step(flow, id);
    if (s.type !== "choice") continue;
    const question = t(s.prompt).split("\n")[0] ?? id;
    rows.push([await button(ctx, locale, state, question, { kind: "edit", step: i })]);
  }
  return { text: t("summary-pick"), reply_markup: keyboard([...rows, ...(await navigation(ctx, state))]) };
}

/** What is left of a flow message once it is answered: the question and the chosen answer, no buttons. */
export function answeredText(ctx: UraContext, state: FlowState, stepId: string): string {
  const s = step(flowOf(state), stepId);
  if (s.type !== "choice") return ctx.ura.t(s.prompt);
  const option = s.options.find((o) => o.id === state.answers[stepId]);
  return option ? `${ctx.ura.t(s.prompt)}\n→ ${ctx.ura.t(option.label)}` : ctx.ura.t(s.prompt);
}
