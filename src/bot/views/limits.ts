/** Telegram's size limits, and fitting text into them without losing any of it. */
export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

/** Splits text into pieces of at most `limit` characters, at line breaks where it can. */
export function chunks(text: string, limit = TEXT_LIMIT): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = rest.lastIndexOf("\n", limit);
    const at = cut > limit / 2 ? cut : limit;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, "");
  }
  out.push(rest);
  return out;
}
