/**
 * Ura's entry as the bench builds it: src/index.ts unchanged, wrapped by instrument.ts (whole-system
 * KV and Durable Object counts, KV from memory on request). Its Durable Objects are built with the
 * wrapped env, so a desk's write-through to KV is counted with the Worker's own operations. A class
 * added to src/index.ts later still runs (`export *`), only uncounted until it is wrapped here too.
 */
import ura, { Desk as UraDesk, Programme as UraProgramme } from "../../src/index.ts";
import { instrument } from "./instrument.ts";

export * from "../../src/index.ts";

const bench = instrument<Cloudflare.Env>(ura as ExportedHandler<Cloudflare.Env>);

export default bench.handler;

export class Desk extends UraDesk {
  constructor(ctx: DurableObjectState, env: Cloudflare.Env) {
    super(ctx, bench.env(env));
  }
}

export class Programme extends UraProgramme {
  constructor(ctx: DurableObjectState, env: Cloudflare.Env) {
    super(ctx, bench.env(env));
  }
}
