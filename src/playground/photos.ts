/**
 * Photos the playground's people send: Telegram keeps a sent photo and hands the bot a file id;
 * here the isolate keeps the picture (the page made it a small JPEG) under such an id, so every
 * persona's chat can show it — a copy in the adviser's chat too. Memory only, the newest few.
 */
const KEPT = 40;

export interface Photo {
  type: string;
  bytes: Uint8Array<ArrayBuffer>;
}

const photos = new Map<string, Photo>();
let counter = 0;

/** A data URL of an image; the page sends nothing else. */
export const PHOTO_DATA_URL = /^data:(image\/(?:jpeg|png|webp));base64,([A-Za-z0-9+/]+={0,2})$/;

/** Keeps the photo and returns its file id. */
export function keepPhoto(dataUrl: string): string {
  const [, type = "image/jpeg", base64 = ""] = PHOTO_DATA_URL.exec(dataUrl) ?? [];
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  // The time keeps ids unique across restarts: old cases in KV still name their photos.
  const id = `pg-photo-${Date.now().toString(36)}-${++counter}`;
  photos.set(id, { type, bytes });
  for (const old of photos.keys()) {
    if (photos.size <= KEPT) break;
    photos.delete(old);
  }
  return id;
}

export const photo = (id: string): Photo | undefined => photos.get(id);
