/** One composer per workflow, in the order they get an update. */
import { Composer } from "grammy";
import type { UraContext } from "../context.ts";
import { admin } from "./admin.ts";
import { answers } from "./answers.ts";
import { acts } from "./cases/act.ts";
import { show } from "./cases/show.ts";
import { enrol } from "./enrol.ts";
import { fallbacks } from "./fallbacks.ts";
import { language } from "./language.ts";
import { poster } from "./poster.ts";
import { trends } from "./trends.ts";
import { queue } from "./queue.ts";
import { report } from "./report.ts";
import { schoolsAdmin } from "./schools-admin.ts";
import { entry } from "./student/entry.ts";
import { forget } from "./student/forget.ts";
import { info } from "./student/info.ts";
import { mycases } from "./student/mycases.ts";
import { team } from "./team.ts";
import { text } from "./text.ts";

export const features = new Composer<UraContext>();
// Commands and buttons first (enrolment sees /start j-… before the student's /start); then the one
// dispatcher for plain messages (text.ts); the fallbacks last.
features.use(
  language,
  admin,
  schoolsAdmin,
  poster,
  trends,
  enrol,
  team,
  queue,
  show,
  acts,
  answers,
  report,
  entry,
  mycases,
  forget,
  info,
  text,
  fallbacks,
);
