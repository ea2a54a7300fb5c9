/**
 * Running a decoder under test: each call timed (the clock first, CPU time only for a slow call,
 * which is tried again so that a busy machine does not count against the decoder), its outcome
 * kept (a result or what it threw), and Object.prototype checked. Used by check-decoder.ts.
 *
 * Why retries, and why CPU time: the limit is there to catch a decoder with a slow path (work
 * that grows faster than the input, a regular expression that backtracks), which is slow on every
 * try. On a machine shared with other work the clock also counts the time the process waited for
 * a core, and the first call on a large input also pays for compiling the decoder's code and
 * growing the heap; neither is the decoder's doing. So a call over the limit on the clock is run
 * again, warm, and its best time kept: clock or the process's CPU time. The process's CPU time
 * is precise and can only overstate the call (it also counts the garbage collector's and the
 * compiler's helper threads), so a decoder that is slow on every try still fails. (The thread's
 * own CPU time from /proc/thread-self/schedstat was tried: it is only brought up to date at the
 * scheduler's tick, and read 0 ms for calls of a millisecond.)
 *
 * Why the machine's slowdown: on a loaded machine even CPU time grows (each switch between
 * processes leaves the caches cold), and a decoder whose largest input takes 12 ms unloaded was
 * measured at 51 ms in CPU time in the full suite on CI. So each retry's time is divided by how
 * much slower than its best this process ran a fixed reference task just before (see settle()).
 * A slow path is still caught: its time, so divided, is what it costs on the unloaded machine.
 */
/** A call taking more CPU time than this on a pathological input is a failure. */
export const CALL_LIMIT_MS = 50;
/**
 * A call slower than this on the clock is timed again: half the limit, so that the slowest time
 * reported is a settled one even when the first try of a call lands just under the limit.
 */
const RETRY_OVER_MS = CALL_LIMIT_MS / 2;
/** Inputs per decoder. */
export const RUNS = 20_000;

export interface Timing {
  /** Slowest call, milliseconds: wall-clock time, or for a call that went over, the best of its retries (wall or CPU, divided by the machine's slowdown at the time). */
  maxMs: number;
  /** The slowdown the slowest call's time was divided by (1: none). */
  slowestSlowdown: number;
  /** Slowest call, wall-clock milliseconds of its first try (for the report; a busy machine inflates it). */
  maxWallMs: number;
  runs: number;
  slowest: string;
}

export function newTiming(): Timing {
  calibrate();
  return { maxMs: 0, slowestSlowdown: 1, maxWallMs: 0, runs: 0, slowest: '' };
}

interface Outcome<T> {
  readonly result: T | undefined;
  readonly error: unknown;
  readonly threw: boolean;
}

function attempt<T>(call: () => T): Outcome<T> {
  try {
    return { result: call(), error: undefined, threw: false };
  } catch (error) {
    return { result: undefined, error, threw: true };
  }
}

/**
 * Collects the garbage the earlier calls and test files left (node --expose-gc, set in
 * vitest.config.ts), so that a call tried again pays for its own allocations, not for a full
 * collection of a heap that the files sharing this process filled. A slow path stays slow.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** CPU time of the whole process (a syscall: only asked for calls that were slow on the clock). */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

// ---- The machine's speed at the moment of a retry ----------------------------------------

/**
 * A fixed task of the same kind as a decoder's own work — parsing about 690 kB of JSON (keys,
 * numbers, text with a non-Latin character) and walking what it gives — which takes a few
 * milliseconds on an unloaded machine, about as long as a decoder's largest inputs.
 */
const REFERENCE_TEXT = JSON.stringify(
  Array.from({ length: 6000 }, (_, i) => ({ id: `entry-${i}`, value: i / 7, list: [i, `€${i}`, null], nested: { on: i % 2 === 0, note: 'a short note' } })),
);
function referenceTask(): number {
  let n = 0;
  for (const entry of JSON.parse(REFERENCE_TEXT) as { list: unknown[] }[]) n += entry.list.length;
  return n;
}
/** Runs of the reference task when a check starts. */
const CALIBRATION_RUNS = 12;
/** The fastest the reference task has run in this process (ms): the machine as near to unloaded as this process has seen it. */
let referenceBestMs = Infinity;

/** Time the reference task once (best of clock and CPU time, as a call), keeping the fastest. */
function timeReference(): number {
  const wall0 = performance.now();
  const cpu0 = cpuMs();
  referenceTask();
  const ms = Math.min(performance.now() - wall0, cpuMs() - cpu0);
  referenceBestMs = Math.min(referenceBestMs, ms);
  return ms;
}

/**
 * Runs of the reference task behind one slowdown figure. The best of three, not one run: the run
 * just after a garbage collection pays for growing the heap again, and a single such run measured
 * the machine three to four times slower than it was on an idle machine, which excused a decoder
 * doing three times the limit's work.
 */
const SLOWDOWN_RUNS = 3;

/** How much slower than its best the machine runs the reference task right now (1 or more). */
function slowdownNow(): number {
  let now = Infinity;
  for (let i = 0; i < SLOWDOWN_RUNS; i++) now = Math.min(now, timeReference());
  return Math.max(1, now / referenceBestMs);
}

/** Time the reference task a few times, so that its best is known before any call is judged. */
export function calibrate(): void {
  collectGarbage();
  for (let i = 0; i < CALIBRATION_RUNS; i++) timeReference();
}

/**
 * A call that took over half the limit on the clock is tried again (twice) and its best time
 * kept, wall or CPU: a garbage collection or a busy neighbour does not count against the decoder,
 * while a pathological input is slow every time. A call still over the limit is tried twice more,
 * after collecting garbage, and each of these times is divided by how much slower than its best
 * the machine ran the reference task just before it: on a machine loaded
 * three times over (other test files, other work), a call that takes 12 ms unloaded measures
 * 36 ms even in CPU time (its caches are cold after every switch), and counts as 12 ms; a call
 * that takes 60 ms unloaded measures 180 ms and still counts as 60 ms and fails. The limit is
 * thus 50 ms at the speed this machine has when it is not loaded, which is what it means.
 * Returns the call's time in milliseconds and the slowdown its best try was divided by.
 */
function settle(first: number, again: () => void): { ms: number; slowdown: number } {
  let best = first;
  let bestSlowdown = 1;
  const timeAgain = (slowdown: number) => {
    const wall0 = performance.now();
    const cpu0 = cpuMs();
    again();
    const ms = Math.min(performance.now() - wall0, cpuMs() - cpu0) / slowdown;
    if (ms < best) [best, bestSlowdown] = [ms, slowdown];
  };
  // Two plain tries again, which is all a call that was merely interrupted needs (cheap: no reference task, no collection).
  for (let i = 0; i < 2 && best > RETRY_OVER_MS; i++) timeAgain(1);
  // Still over the limit: two more, each after a garbage collection and against the machine's slowdown at the time.
  for (let i = 0; i < 2 && best > CALL_LIMIT_MS; i++) {
    collectGarbage();
    timeAgain(slowdownNow());
  }
  return { ms: best, slowdown: bestSlowdown };
}

function record(timing: Timing, { ms, slowdown }: { ms: number; slowdown: number }, wall: number, label: () => string): void {
  timing.runs++;
  timing.maxWallMs = Math.max(timing.maxWallMs, wall);
  if (ms > timing.maxMs) {
    timing.maxMs = ms;
    timing.slowestSlowdown = slowdown;
    timing.slowest = label();
  }
}

/**
 * Text as a decoder meets it in use. The generators build hostile documents by joining strings,
 * which V8 keeps as a tree of pieces until something needs the characters in a row; the first
 * call would then pay for copying up to megabytes into one string, a cost that text read from a
 * file, storage or a link never has (it arrives in one piece). Converting it to a number makes V8
 * lay it out flat, before the clock starts; the string itself is unchanged.
 */
export function flatText<T>(input: T): T {
  if (typeof input === 'string') void Number(input);
  return input;
}

/** Call a decoder on one input and time it (the clock first: reading CPU time costs more than most decoders). */
export function timedCall<T>(timing: Timing, label: () => string, call: () => T): Outcome<T> {
  const wall0 = performance.now();
  const outcome = attempt(call);
  const wall = performance.now() - wall0;
  record(timing, wall > RETRY_OVER_MS ? settle(wall, () => attempt(call)) : { ms: wall, slowdown: 1 }, wall, label);
  return outcome;
}

/** As timedCall, for a decoder that answers with a promise (Web Crypto). Its time includes the awaits (clock), or the CPU time of all the process's threads. */
export async function timedAsyncCall<T>(timing: Timing, label: () => string, call: () => Promise<T>): Promise<Outcome<T>> {
  const run = async (): Promise<Outcome<T>> => {
    try {
      return { result: await call(), error: undefined, threw: false };
    } catch (error) {
      return { result: undefined, error, threw: true };
    }
  };
  const wall0 = performance.now();
  const outcome = await run();
  const wall = performance.now() - wall0;
  let best = wall;
  let bestSlowdown = 1;
  // As settle(), with the process's CPU time, which counts the Web Crypto work done on libuv's
  // threads: on a busy machine the clock also counts the hops between threads waiting for a core.
  const timeAgain = async (slowdown: number) => {
    const again0 = performance.now();
    const cpu0 = cpuMs();
    await run();
    const ms = Math.min(performance.now() - again0, cpuMs() - cpu0) / slowdown;
    if (ms < best) [best, bestSlowdown] = [ms, slowdown];
  };
  for (let i = 0; i < 2 && best > RETRY_OVER_MS; i++) await timeAgain(1);
  for (let i = 0; i < 2 && best > CALL_LIMIT_MS; i++) {
    collectGarbage();
    await timeAgain(slowdownNow());
  }
  record(timing, { ms: best, slowdown: bestSlowdown }, wall, label);
  return outcome;
}

/** A short description of an input for a failure message. */
export function describeInput(x: unknown): string {
  const text = typeof x === 'string' ? x : (() => {
    try {
      return JSON.stringify(x) ?? String(x);
    } catch {
      return '(unprintable)';
    }
  })();
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
}

/** Nothing reached Object.prototype. */
export function prototypeIsClean(): boolean {
  return !('polluted' in Object.prototype) && ({} as Record<string, unknown>).polluted === undefined;
}
