export class BodyTooLarge extends Error {}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Reads a JSON body, refusing to buffer more than `limit` bytes whatever the sender claims. With a
 * Content-Length within the limit (Telegram always sends one) the body is read at once: HTTP framing
 * holds it to that length. Without one (chunked), it is read chunk by chunk and cut at the limit.
 * Bytes that are not UTF-8 are a SyntaxError, as malformed JSON is.
 */
export async function readJsonLimited(request: Request, limit: number): Promise<unknown> {
  const header = request.headers.get("content-length");
  const declared = header === null ? Number.NaN : Number(header);
  if (declared > limit) throw new BodyTooLarge();
  if (!request.body) throw new SyntaxError("empty body");
  if (Number.isSafeInteger(declared) && declared >= 0) {
    const bytes = await request.arrayBuffer();
    if (bytes.byteLength > limit) throw new BodyTooLarge();
    return JSON.parse(utf8.decode(bytes));
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return JSON.parse(utf8.decode(bytes));
}
