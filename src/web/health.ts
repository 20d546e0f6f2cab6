import { Hono } from "hono/tiny";
import type { AppEnv } from "./app-env.ts";

export const health = new Hono<AppEnv>().get("/health", (c) =>
  c.json({ ok: true, service: "ura", mode: c.get("services").config.playground ? "playground" : "telegram" }),
);
