/**
 * The poster (GET /poster/<CODE>) and /poster: what the page shows and must never show, that its QR
 * code really is the school's student link (decoded back with jsQR from the SVG's own modules), the
 * languages per country, 404s, and who gets a link from the bot.
 */
import { env, exports } from "cloudflare:workers";
import jsQR from "jsqr";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, configFor, type Env, parseConfig } from "../src/config.ts";
import { studentLink } from "../src/domain/school.ts";
import { posterLanguages } from "../src/web/poster/languages.ts";
import { desk, SCHOOLS } from "./support/schools.ts";
import { ADMIN_ID, enrolSchoolStaff } from "./support/staff.ts";
import { type FakeTelegram, Person } from "./support/telegram.ts";
import { t, useWorld } from "./support/world.ts";

let tg: FakeTelegram;
useWorld((fresh) => {
  tg = fresh;
});

const get = (path: string) => exports.default.fetch(new Request(`https://ura.test${path}`));
const BOT = String(env.BOT_USERNAME);

/** The modules the SVG draws (runs of `M x y h w v1 h-w z`), scaled up into pixels jsQR can read. */
function decodeSvg(page: string): string | undefined {
  const svg = /<svg class="qr"[^>]*viewBox="0 0 (\d+) \1"[\s\S]*?<path d="([^"]+)"/.exec(page);
  if (!svg) return undefined;
  const size = Number(svg[1]);
  const scale = 6;
  const side = size * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const run of (svg[2] ?? "").matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(run[1]), Number(run[2]), Number(run[3])];
    for (let py = y * scale; py < (y + 1) * scale; py++)
      for (let px = x * scale; px < (x + w) * scale; px++)
        pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
  }
  return jsQR(pixels, side, side)?.data;
}

/** Runs `fn` with PUBLIC_URL set, as a deployment would have it (the test Worker has none). */
let restore: (() => void) | undefined;
function withPublicUrl(url: string | undefined): void {
  const config = configFor(env as unknown as Env);
  const before = config.publicUrl;
  config.publicUrl = url;
  restore = () => {
    config.publicUrl = before;
  };
}
afterEach(() => {
  restore?.();
  restore = undefined;
});

describe("GET /poster/<CODE>", () => {
  it("shows the school's name, its code and a QR code of its student link", async () => {
    const school = SCHOOLS.XK;
    const res = await get(`/poster/${school.code}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain(`<h1>${school.name}</h1>`);
    expect(page).toContain(`>${school.code}</p>`);
    expect(page).toContain(`@${BOT}`);
    expect(page).toMatch(/<svg class="qr"[^>]*role="img"/);
    expect(decodeSvg(page)).toBe(studentLink(BOT, school.code));
    // One KV read: the school.
    expect(res.headers.get("X-Ura-KV-Ops")).toMatch(/^reads=1 writes=0 deletes=0 lists=0/);
  });

  it("loads nothing from anywhere: no scripts, stylesheets, fonts, images or imports", async () => {
    const res = await get(`/poster/${SCHOOLS.MK.code}`);
    const page = await res.text();
    for (const banned of [/<script/i, /<link/i, /@import/i, /url\(/i, /\ssrc=/i, /<iframe/i, /<img/i]) {
      expect(page).not.toMatch(banned);
    }
    // The only URL on the page is the SVG namespace, which is a name, not a request.
    expect(page.match(/https?:\/\/[^\s"'<>)]+/g)).toEqual(["http://www.w3.org/2000/svg"]);
    expect(res.headers.get("Content-Security-Policy")).toMatch(
      /^default-src 'none'; style-src 'unsafe-inline';/,
    );
    expect(page).toMatch(/@page\{size:A4/);
  });

  it("shows nothing else about the school: not its municipality, not its staff", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 61_000, 1);
    const page = await (await get(`/poster/${SCHOOLS.XK.code}`)).text();
    for (const secret of [SCHOOLS.XK.municipality, "Ilir", "Gashi", "Adviser1", "Nora"])
      expect(page).not.toContain(secret);
  });

  it("speaks the school's languages: three lines each, and the country's emergency number", async () => {
    const cases = [
      [SCHOOLS.XK, ["sq", "sr-Cyrl"]],
      [SCHOOLS.AL, ["sq"]],
      [SCHOOLS.MK, ["mk", "sq"]],
    ] as const;
    for (const [school, locales] of cases) {
      const page = await (await get(`/poster/${school.code}`)).text();
      expect(page).toContain(`<html lang="${locales[0]}">`);
      expect([...page.matchAll(/<div class="lang" lang="([^"]+)"/g)].map((m) => m[1])).toEqual(locales);
      for (const locale of locales) {
        expect(page).toContain(t(locale, "poster-what"));
        expect(page).toContain(t(locale, "poster-anonymous"));
        // The number is kept on the line of the word before it.
        expect(page).toContain(t(locale, "poster-danger", { number: "112" }).replace(" 112", "\u00a0112"));
        expect(page).toContain(t(locale, "poster-how", { name: `@${BOT}`, code: school.code }));
      }
    }
  });

  it("chooses languages by country and school language, Serbian once in the school's script", () => {
    expect(posterLanguages({ country: "XK", lang: "sr-Cyrl" })).toEqual(["sr-Cyrl", "sq"]);
    expect(posterLanguages({ country: "XK", lang: "sr" })).toEqual(["sr", "sq"]);
    expect(posterLanguages({ country: "AL", lang: "mk" })).toEqual(["mk", "sq"]);
    expect(posterLanguages({ country: "MK", lang: "sq" })).toEqual(["sq", "mk"]);
    expect(posterLanguages({ country: "XK", lang: "en" })).toEqual(["en", "sq", "sr-Cyrl"]);
  });

  it("takes the code as people type it", async () => {
    const res = await get(`/poster/${SCHOOLS.AL.code.toLowerCase()}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`<h1>${SCHOOLS.AL.name}</h1>`);
  });

  it("answers the same 404 for an unknown and an archived school, and reads nothing for a malformed code", async () => {
    const unknown = await get("/poster/ZZZ9ZZ");
    expect(unknown.status).toBe(404);
    const unknownPage = await unknown.text();
    expect(unknownPage).toContain(t("mk", "poster-not-found"));
    expect(unknown.headers.get("Cache-Control")).toBe("no-store");

    await desk(SCHOOLS.AL.code).init(Date.now(), { ...SCHOOLS.AL, archived: true });
    const archived = await get(`/poster/${SCHOOLS.AL.code}`);
    expect(archived.status).toBe(404);
    expect(await archived.text()).toBe(unknownPage);

    const malformed = await get("/poster/not-a-code!");
    expect(malformed.status).toBe(404);
    expect(malformed.headers.get("X-Ura-KV-Ops")).toMatch(/^reads=0 /);
  });
});

describe("/poster in the bot", () => {
  const url = "https://ura.example.org";
  const link = (code: string) => `${url}/poster/${code}`;

  it("gives a principal and an adviser their own school's poster, whatever code they type", async () => {
    withPublicUrl(url);
    const { principal, advisers } = await enrolSchoolStaff(tg, SCHOOLS.XK.code, 62_000, 1);
    await principal.send("/poster");
    const answer = t("sq", "poster-link", { school: SCHOOLS.XK.name, link: link(SCHOOLS.XK.code) });
    expect(tg.textsTo(62_000).at(-1)).toBe(answer);
    await principal.send(`/poster ${SCHOOLS.MK.code}`);
    expect(tg.textsTo(62_000).at(-1)).toBe(answer);
    await advisers[0]?.send("/poster");
    expect(tg.textsTo(62_001).at(-1)).toContain(link(SCHOOLS.XK.code));
  });

  it("gives a programme admin any school's poster by its code", async () => {
    withPublicUrl(url);
    const admin = new Person(tg, ADMIN_ID, { first_name: "Nora", language_code: "en" });
    await admin.send(`/poster ${SCHOOLS.MK.code.toLowerCase()}`);
    expect(tg.textsTo(ADMIN_ID).at(-1)).toBe(
      t("en", "poster-link", { school: SCHOOLS.MK.name, link: link(SCHOOLS.MK.code) }),
    );
    await admin.send("/poster");
    expect(tg.textsTo(ADMIN_ID).at(-1)).toBe(t("en", "poster-usage"));
    await admin.send("/poster ZZZ9ZZ");
    expect(tg.textsTo(ADMIN_ID).at(-1)).toBe(t("en", "poster-usage"));
    await desk(SCHOOLS.AL.code).init(Date.now(), { ...SCHOOLS.AL, archived: true });
    await admin.send(`/poster ${SCHOOLS.AL.code}`);
    expect(tg.textsTo(ADMIN_ID).at(-1)).toBe(t("en", "poster-archived", { school: SCHOOLS.AL.name }));
  });

  it("refuses a student, and says what is missing when the Worker does not know its address", async () => {
    withPublicUrl(url);
    const student = new Person(tg, 63_000, { first_name: "S", language_code: "sq" });
    await student.send("/poster");
    await student.send(`/poster ${SCHOOLS.XK.code}`);
    expect(tg.textsTo(63_000)).toEqual([t("sq", "staff-only"), t("sq", "staff-only")]);

    restore?.();
    withPublicUrl(undefined);
    const admin = new Person(tg, ADMIN_ID, { first_name: "Nora", language_code: "en" });
    await admin.send(`/poster ${SCHOOLS.XK.code}`);
    expect(tg.textsTo(ADMIN_ID).at(-1)).toBe(t("en", "poster-no-url", { name: "PUBLIC_URL" }));
  });
});

describe("PUBLIC_URL", () => {
  const base = env as unknown as Env;
  it("is optional, loses a trailing slash, and must be an http(s) address", () => {
    expect(parseConfig({ ...base, PUBLIC_URL: "" }).publicUrl).toBeUndefined();
    expect(parseConfig({ ...base, PUBLIC_URL: "https://ura.example.org/" }).publicUrl).toBe(
      "https://ura.example.org",
    );
    expect(parseConfig({ ...base, PUBLIC_URL: "https://example.org/ura" }).publicUrl).toBe(
      "https://example.org/ura",
    );
    for (const bad of ["ura.example.org", "ftp://x.org", "https://x.org/?a=1", "https://"]) {
      expect(() => parseConfig({ ...base, PUBLIC_URL: bad })).toThrow(ConfigError);
    }
    const bindings = {
      KV: base.KV,
      DESK: base.DESK,
      PROGRAMME: base.PROGRAMME,
      NOTICES: base.NOTICES,
    } as Env;
    expect(parseConfig({ ...bindings, PLAYGROUND: "1" }).publicUrl).toBe("http://localhost:8787");
  });
});
