/** `npm run bench` (see run.ts): the .ftl hook first, since src/ modules the bench imports use it. */
import { allowTextModules } from "./text-modules.ts";

allowTextModules();
await import("./run.ts");
