/**
 * The playground's clock may run ahead of the real one ("a day later"), so a newcomer sees what
 * time brings: reminders and escalations from the cron, a mediation session that has taken place,
 * the check-in two weeks after an agreement. Everything in the isolate reads the time through
 * Date.now — the bot's services, the desk's caller, the queue consumer, the cron, the simulated
 * Telegram — so moving Date.now moves them together.
 *
 * Only the playground's routes call this (they exist only with PLAYGROUND=1); until someone skips
 * ahead, Date.now is untouched.
 */
const realNow = Date.now.bind(Date);
let offsetMs = 0;

/** Sets how far the isolate's clock runs ahead of the real one. */
export function setClockOffset(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0 || ms === offsetMs) return;
  offsetMs = ms;
  Date.now = () => realNow() + offsetMs;
}

export const clockOffset = (): number => offsetMs;
