/**
 * Acting in the playground as a person would: typing, tapping inline buttons, switching tabs on a
 * phone — and reading what each persona's chat shows.
 */
import type { Locator, Page } from "playwright-core";
import type { Role } from "./helpers.mts";

/** Notices come through the queue: on a busy machine that takes a while. */
const TIMEOUT = 30_000;

export const column = (page: Page, role: Role): Locator => page.locator(`section[data-persona="${role}"]`);

const botMessages = (page: Page, role: Role) => column(page, role).locator(".msg.bot");

/** Waits until the page has no update in flight. */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.classList.contains("is-busy"), null, { timeout: TIMEOUT });
}

/** On a phone only one persona shows: tap its tab first (on a desktop the tab bar is hidden). */
async function reveal(page: Page, role: Role): Promise<void> {
  const tab = page.locator(`.tab.role-${role}`);
  if (await tab.isVisible()) await tab.click();
}

/** How many bot messages the column shows now: pass it to waitForBotMessage. */
export const botCount = (page: Page, role: Role): Promise<number> => botMessages(page, role).count();

/** Waits until the column shows more than `before` bot messages (a notice arrives by polling). */
export async function waitForBotMessage(page: Page, role: Role, before: number): Promise<void> {
  await page.waitForFunction(
    ({ role, before }) =>
      document.querySelectorAll(`section[data-persona="${role}"] .msg.bot`).length > before,
    { role, before },
    { timeout: TIMEOUT },
  );
  await waitIdle(page);
}

/** Types and sends a message as the persona; resolves once the bot has answered. */
export async function send(page: Page, role: Role, text: string): Promise<void> {
  await reveal(page, role);
  await column(page, role).locator('[data-testid="input"]').fill(text);
  await column(page, role).locator('[data-testid="send"]').click();
  await waitIdle(page);
}

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/** Taps the newest inline button labelled exactly so in the persona's chat. */
export async function tap(page: Page, role: Role, label: string): Promise<void> {
  await reveal(page, role);
  const button = column(page, role)
    .locator("button.inline-btn", { hasText: exactly(label) })
    .last();
  try {
    await button.click({ timeout: TIMEOUT });
  } catch (error) {
    // Say what the chat showed instead: the newest lines and the buttons there were.
    const shown = (await botTexts(page, role)).slice(-2).join("\n---\n");
    const keys = (await lastKeyboard(page, role)).join(" | ");
    throw new Error(`No button “${label}” in the ${role}'s chat. It shows:\n${shown}\nButtons: ${keys}`, {
      cause: error,
    });
  }
  await waitIdle(page);
}

/** Text (or caption) of every bot message in the column, oldest first. */
export function botTexts(page: Page, role: Role): Promise<string[]> {
  return botMessages(page, role).evaluateAll((nodes) =>
    nodes.map((n) => n.querySelector(".bubble .text")?.textContent ?? ""),
  );
}

/** Everything the persona's chat shows, as one string. */
export async function chatText(page: Page, role: Role): Promise<string> {
  return (await column(page, role).locator(".chat").textContent()) ?? "";
}

/** The labels of the newest inline keyboard in the column. */
export function lastKeyboard(page: Page, role: Role): Promise<string[]> {
  return column(page, role)
    .locator(".msg.bot .kb")
    .last()
    .locator("button")
    .evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ""));
}

/** The newest message id in the persona's chat (ids grow in a chat; deleted messages leave the page). */
export const newestId = (page: Page, role: Role): Promise<number> =>
  column(page, role)
    .locator(".msg[data-message-id]")
    .evaluateAll((nodes) => Math.max(0, ...nodes.map((n) => Number(n.getAttribute("data-message-id")))));

/**
 * Does `act`, then waits until the persona is sent something new (directly or, later, through the
 * queue) — with `needle`, something that contains it. Returns the texts of the new bot messages.
 */
export async function told(page: Page, role: Role, act: () => Promise<void>, needle = ""): Promise<string[]> {
  const after = await newestId(page, role);
  const fresh = `section[data-persona="${role}"] .msg.bot`;
  await act();
  await page.waitForFunction(
    ({ fresh, after, needle }) =>
      [...document.querySelectorAll(fresh)].some(
        (m) =>
          Number(m.getAttribute("data-message-id")) > after &&
          (m.querySelector(".text")?.textContent ?? "").includes(needle),
      ),
    { fresh, after, needle },
    { timeout: TIMEOUT },
  );
  await waitIdle(page);
  return botTextsAfter(page, role, after);
}

/** The texts of the bot's messages after message `after` (see newestId). */
export function botTextsAfter(page: Page, role: Role, after: number): Promise<string[]> {
  return column(page, role)
    .locator(".msg.bot")
    .evaluateAll(
      (nodes, after) =>
        nodes
          .filter((n) => Number(n.getAttribute("data-message-id")) > after)
          .map((n) => n.querySelector(".text")?.textContent ?? ""),
      after,
    );
}
