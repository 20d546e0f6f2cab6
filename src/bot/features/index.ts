/** One composer per feature, in the order they get an update. */
import { Composer } from "grammy";
import type { UraContext } from "../context.ts";
import { admin } from "./admin.ts";
import { cases } from "./cases.ts";
import { enrol } from "./enrol.ts";
import { fallbacks } from "./fallbacks.ts";
import { language } from "./language.ts";
import { queue } from "./queue.ts";
import { relay } from "./relay.ts";
import { report } from "./report.ts";
import { student } from "./student.ts";

export const features = new Composer<UraContext>();
// Enrolment sees /start j-… first; a conversation about a case takes the person's messages before
// the report flow does; the student's commands and the fallbacks come last.
features.use(language, admin, enrol, queue, cases, relay, report, student, fallbacks);
