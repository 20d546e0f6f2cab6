/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * DOM helpers for the page's client. The reference above brings the browser's types into the one
 * TypeScript program the project checks. workers-types declares an `Element` of its own
 * (HTMLRewriter's), whose append/before/after take strings and streams: the client uses
 * appendChild and replaceChildren instead.
 */

type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;
type Kid = Node | string | null | undefined | false;

/** An element with attributes (`on…` are listeners, `text` its text) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  kids: Kid[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key === "text") node.textContent = String(value);
    else if (key === "class") node.className = String(value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const kid of kids) if (kid !== null && kid !== undefined && kid !== false) node.appendChild(text(kid));
  return node;
}

/** A string as a text node; a node as itself. */
export const text = (kid: Node | string): Node =>
  typeof kid === "string" ? document.createTextNode(kid) : kid;

/** The element the server rendered; its absence is a bug in page.tsx. */
export function must<T extends Element>(selector: string, root: Document | Element = document): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`playground: ${selector} is missing`);
  return found;
}

/** Schools in XK, AL and MK read the 24-hour clock. */
export const clock = (ms: number): string =>
  new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

export const short = (text: string, max = 40): string => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
