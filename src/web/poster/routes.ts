/**
 * GET /poster/<CODE> — a school's printable poster (see page.tsx). Public: a school's code is
 * printed on its posters anyway, and the page shows nothing more than the poster itself. An
 * unknown or archived school gets the same 404, so the page tells nobody which schools left.
 */
import { Hono } from "hono/tiny";
import { isCode, normalizeCode } from "../../crypto/encoding.ts";
import { SCHOOL_CODE_LENGTH, studentLink } from "../../domain/school.ts";
import { getSchool } from "../../storage/schools.ts";
import type { AppEnv } from "../app-env.ts";
import { posterLines } from "./languages.ts";
import { missingPage, posterPage } from "./page.tsx";

/**
 * Nothing may load from anywhere — not even from this Worker: the page is one HTML document with
 * its style and its QR code inside, so it prints the same offline and leaks no visit to a third party.
 */
const HEADERS = {
  "Content-Security-Policy":
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  // Posters are for corridors, not search engines.
  "X-Robots-Tag": "noindex",
};

export const poster = new Hono<AppEnv>().get("/:code", async (c) => {
  const { kv, config } = c.get("services");
  const code = normalizeCode(c.req.param("code"));
  // A malformed code costs no KV read.
  const school = isCode(code, SCHOOL_CODE_LENGTH) ? await getSchool(kv, code) : null;
  if (!school || school.archived) {
    return c.html(missingPage(), 404, { ...HEADERS, "Cache-Control": "no-store" });
  }
  const page = posterPage({
    school,
    link: studentLink(config.botUsername, school.code),
    botUsername: config.botUsername,
    lines: posterLines(school, config.botUsername),
  });
  // A renamed or archived school's poster changes within minutes.
  return c.html(page, 200, { ...HEADERS, "Cache-Control": "public, max-age=300" });
});
