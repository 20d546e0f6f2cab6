/** /dashboard: signing in (auth.ts), the school's case register, the trends pages. */
import { Hono } from "hono/tiny";
import type { AppEnv } from "../app-env.ts";
import { auth } from "./auth.ts";
import { pages } from "./pages.ts";
import { register } from "./register.ts";

export const dashboard = new Hono<AppEnv>().route("/", auth).route("/", register).route("/", pages);
