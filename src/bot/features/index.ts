/** One composer per feature, in the order they get an update. */
import { Composer } from "grammy";
import type { UraContext } from "../context.ts";
import { admin } from "./admin.ts";
import { fallbacks } from "./fallbacks.ts";
import { language } from "./language.ts";
import { report } from "./report.ts";
import { student } from "./student.ts";

export const features = new Composer<UraContext>();
features.use(language, admin, report, student, fallbacks);
