import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { CountingKv, StorageError } from "../src/storage/kv-counter.ts";

describe("CountingKv", () => {
  it("counts reads, writes, deletes and lists against the real KV", async () => {
    const kv = new CountingKv(env.KV);
    await kv.put("a", "1");
    await kv.put("b", "2", { metadata: { x: 1 } });
    expect(await kv.get("a")).toBe("1");
    expect((await kv.getWithMetadata<{ x: number }>("b")).metadata).toEqual({ x: 1 });
    expect((await kv.list({ prefix: "" })).keys.map((k) => k.name)).toEqual(["a", "b"]);
    await kv.delete("a");
    expect(await env.KV.get("a")).toBeNull();
    expect(kv.ops).toEqual({ reads: 2, writes: 2, deletes: 1, lists: 1 });
  });

  it("turns a KV failure into a StorageError and still counts the attempt", async () => {
    const broken = {
      ...env.KV,
      put: vi.fn().mockRejectedValue(new Error("429 Too Many Requests")),
    } as unknown as KVNamespace;
    const kv = new CountingKv(broken);
    await expect(kv.put("k", "v")).rejects.toBeInstanceOf(StorageError);
    expect(kv.ops.writes).toBe(1);
  });
});
