/**
 * Telegram Mini App initData, validated as Telegram specifies. Expected hashes come from a SHA-256
 * and HMAC written out in the test (test/dashboard/sha256.ts) — checked against the standard's own
 * vectors and WebCrypto — and from a vector published by another implementation; never from the
 * code under test.
 */
import { describe, expect, it } from "vitest";
import { validateInitData } from "../src/web/dashboard/init-data.ts";
import { hex, hmacSha256, initDataOf, sha256, telegramHash, utf8 } from "./dashboard/sha256.ts";

const TOKEN = "123456:TEST-token-for-vitest-only-xxxxxxxx";
const NOW = Date.UTC(2026, 10, 20, 9, 0, 0);
const authDate = (ago: number) => String(Math.floor(NOW / 1000) - ago);
const user = (id = 424242, lang = "sq") =>
  JSON.stringify({
    id,
    first_name: "Ilir",
    last_name: "Gashi",
    username: "ilir_g",
    language_code: lang,
    allows_write_to_pm: true,
  });
const fields = (over: Record<string, string> = {}) => ({
  query_id: "AAHdF6IQAAAAAN0XohDhrOrc",
  user: user(),
  auth_date: authDate(60),
  ...over,
});

describe("the test's own SHA-256 and HMAC", () => {
  it("give the standard's vectors (FIPS 180-4, RFC 4231 case 2) and agree with WebCrypto", async () => {
    expect(hex(sha256(utf8("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hex(sha256(utf8("")))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex(hmacSha256(utf8("Jefe"), utf8("what do ya want for nothing?")))).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
    const key = await crypto.subtle.importKey(
      "raw",
      utf8("WebAppData"),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign"],
    );
    const web = new Uint8Array(await crypto.subtle.sign("HMAC", key, utf8(TOKEN)));
    expect(hex(hmacSha256(utf8("WebAppData"), utf8(TOKEN)))).toBe(hex(web));
  });
});

describe("validateInitData", () => {
  it("accepts genuine data and returns the user", async () => {
    const data = initDataOf(fields(), TOKEN);
    const result = await validateInitData(data, TOKEN, NOW);
    expect(result).toEqual({
      ok: true,
      user: { id: 424242, firstName: "Ilir", languageCode: "sq" },
      authDate: Number(authDate(60)),
      // The hash the sign-in claims once (auth.ts).
      hash: new URLSearchParams(data).get("hash"),
    });
  });

  it("accepts a vector published by @telegram-apps/init-data-node's tests (auth_date 1 s after the epoch)", async () => {
    // From Telegram-Mini-Apps/telegram-apps, packages/init-data-node/src/validate.test.ts: data and hash
    // computed by someone else, for a token published there for tests.
    const token = "5768337691:AAH5YkoiEuPk8-FZa32hStHTqXiLPtAEhx8";
    const sp =
      "auth_date=1&can_send_after=10000&chat=%7B%22id%22%3A1%2C%22type%22%3A%22group%22%2C%22title%22%3A%22chat-title%22%2C%22photo_url%22%3A%22group%22%2C%22username%22%3A%22my-chat%22%7D&chat_instance=888&chat_type=sender&hash=47cfa22e72b887cba90c9cb833c5ea0f599975b6ce7193741844b5c4a4228b40&query_id=QUERY&receiver=%7B%22added_to_attachment_menu%22%3Afalse%2C%22allows_write_to_pm%22%3Atrue%2C%22first_name%22%3A%22receiver-first-name%22%2C%22id%22%3A991%2C%22is_bot%22%3Afalse%2C%22is_premium%22%3Atrue%2C%22language_code%22%3A%22ru%22%2C%22last_name%22%3A%22receiver-last-name%22%2C%22photo_url%22%3A%22receiver-photo%22%2C%22username%22%3A%22receiver-username%22%7D&start_param=debug&user=%7B%22added_to_attachment_menu%22%3Afalse%2C%22allows_write_to_pm%22%3Afalse%2C%22first_name%22%3A%22user-first-name%22%2C%22id%22%3A222%2C%22is_bot%22%3Atrue%2C%22is_premium%22%3Afalse%2C%22language_code%22%3A%22en%22%2C%22last_name%22%3A%22user-last-name%22%2C%22photo_url%22%3A%22user-photo%22%2C%22username%22%3A%22user-username%22%7D";
    expect(await validateInitData(sp, token, 1_000)).toMatchObject({
      ok: true,
      user: { id: 222, languageCode: "en" },
    });
    // The same data an hour and a second later is stale; under another token, forged.
    expect(await validateInitData(sp, token, 3_602_000)).toEqual({ ok: false, reason: "stale" });
    expect(await validateInitData(sp, `${token}A`, 1_000)).toEqual({ ok: false, reason: "forged" });
  });

  it("reads fields in any order and with the newer `signature` field (it is part of the check)", async () => {
    const f = fields({
      signature: "c2lnbmF0dXJlLWZvci10aGlyZC1wYXJ0aWVz",
      chat_type: "private",
      chat_instance: "-4242",
    });
    const shuffled = new URLSearchParams([...Object.entries(f)].reverse());
    shuffled.append("hash", telegramHash(f, TOKEN));
    expect((await validateInitData(shuffled.toString(), TOKEN, NOW)).ok).toBe(true);
  });

  it("refuses data signed with another bot's token as forged", async () => {
    expect(
      await validateInitData(initDataOf(fields(), "654321:ANOTHER-bot-token-xxxxxxxxxxxxx"), TOKEN, NOW),
    ).toEqual({
      ok: false,
      reason: "forged",
    });
  });

  it("refuses tampered data as forged: another user id, another language, a field added or removed", async () => {
    const genuine = new URLSearchParams(initDataOf(fields(), TOKEN));
    const variants: Array<(p: URLSearchParams) => void> = [
      (p) => p.set("user", user(1)),
      (p) => p.set("user", user(424242, "en")),
      (p) => p.set("auth_date", authDate(10)),
      (p) => p.append("start_param", "x"),
      (p) => p.delete("query_id"),
      (p) =>
        p.set(
          "hash",
          (p.get("hash") ?? "").replace(/^./, (c) => (c === "0" ? "1" : "0")),
        ),
    ];
    for (const tamper of variants) {
      const p = new URLSearchParams(genuine);
      tamper(p);
      expect(await validateInitData(p.toString(), TOKEN, NOW)).toEqual({ ok: false, reason: "forged" });
    }
  });

  it("refuses genuine data older than an hour, or from the future, as stale", async () => {
    expect(
      (await validateInitData(initDataOf(fields({ auth_date: authDate(3600) }), TOKEN), TOKEN, NOW)).ok,
    ).toBe(true);
    for (const ago of [3601, 86_400, -3600]) {
      expect(
        await validateInitData(initDataOf(fields({ auth_date: authDate(ago) }), TOKEN), TOKEN, NOW),
      ).toEqual({
        ok: false,
        reason: "stale",
      });
    }
  });

  it("refuses malformed data: no hash, a bad hash, no auth_date, a field twice, no user, a bad user", async () => {
    const { hash: _, ...noHash } = Object.fromEntries(new URLSearchParams(initDataOf(fields(), TOKEN)));
    const twice = `${initDataOf(fields(), TOKEN)}&user=${encodeURIComponent(user(1))}`;
    const cases = [
      "",
      new URLSearchParams(noHash).toString(),
      initDataOf(fields(), TOKEN).replace(/hash=[0-9a-f]+/, "hash=XYZ"),
      initDataOf({ query_id: "Q", user: user() }, TOKEN),
      twice,
      "x".repeat(10_000),
      initDataOf({ query_id: "Q", auth_date: authDate(5) }, TOKEN),
      initDataOf(fields({ user: "{not json" }), TOKEN),
      initDataOf(fields({ user: JSON.stringify({ id: "424242" }) }), TOKEN),
      initDataOf(fields({ user: JSON.stringify({ id: -5 }) }), TOKEN),
    ];
    for (const raw of cases)
      expect(await validateInitData(raw, TOKEN, NOW)).toEqual({ ok: false, reason: "malformed" });
  });
});
