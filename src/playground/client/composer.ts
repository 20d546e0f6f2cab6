/**
 * A persona's composer: the text box (Enter sends, Shift+Enter breaks the line), the photo button
 * (the text in the box becomes the caption), and the chat's suggested first command.
 */
import { must } from "./dom.ts";

export interface Outgoing {
  text?: string;
  /** A data URL: a small JPEG made from the chosen picture. */
  photo?: string;
}

/** The longest side of a sent photo: phones send large pictures, the playground keeps them in memory. */
const PHOTO_SIDE = 1024;

export function wireComposer(
  section: HTMLElement,
  send: (out: Outgoing) => void,
  problem: (text: string) => void,
): void {
  const form = must<HTMLFormElement>("form.composer", section);
  const input = must<HTMLTextAreaElement>("textarea", form);
  const file = must<HTMLInputElement>('input[type="file"]', form);
  const grow = () => {
    input.style.height = "auto";
    input.style.height = `${Math.min(input.scrollHeight, 120)}px`;
  };
  const take = (): string | undefined => {
    const text = input.value.trim();
    input.value = "";
    grow();
    return text || undefined;
  };
  input.addEventListener("input", grow);
  input.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    form.requestSubmit();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = take();
    if (text) send({ text });
  });
  must<HTMLButtonElement>('[data-testid="attach"]', form).addEventListener("click", () => file.click());
  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    file.value = "";
    if (!chosen) return;
    shrink(chosen).then(
      (photo) => send({ photo, text: take() }),
      () => problem("That file could not be read as a picture."),
    );
  });
  // Delegated: the empty chat's "Send /queue" buttons come and go with the chat view's renders.
  section.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>("button[data-send]");
    if (button && section.contains(button)) send({ text: button.dataset.send ?? "" });
  });
}

/** The picture as a JPEG of at most PHOTO_SIDE pixels a side, on white (a PNG may be transparent). */
async function shrink(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, PHOTO_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const g = canvas.getContext("2d");
  if (!g) throw new Error("no canvas");
  g.fillStyle = "#fff";
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvas.toDataURL("image/jpeg", 0.82);
}
