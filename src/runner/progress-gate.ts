/**
 * When the worker reports progress. Most runs finish in well under a fifth of a second, and a
 * progress bar that flashes for those is noise (and 120 messages a run cost the page renders).
 * So progress is reported only once a run has taken longer than `afterMs`, and then at most every
 * `everyMs`, plus the last month.
 */
export const PROGRESS_AFTER_MS = 200;
export const PROGRESS_EVERY_MS = 100;

export type Clock = () => number;

/** Returns a function that says, for each finished month, whether to report it. */
export function progressGate(clock: Clock, afterMs = PROGRESS_AFTER_MS, everyMs = PROGRESS_EVERY_MS): (month: number, total: number) => boolean {
  const started = clock();
  let lastSent = -Infinity;
  return (month, total) => {
    const now = clock();
    if (now - started < afterMs) return false;
    if (month < total && now - lastSent < everyMs) return false;
    lastSent = now;
    return true;
  };
}
