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
 */
/** A call taking more CPU time than this on a pathological input is a failure. */
export const CALL_LIMIT_MS = 50;
/** Inputs per decoder. */
export const RUNS = 20_000;

export interface Timing {
  /** Slowest call, milliseconds: wall-clock time, or for a call that went over, the best of three tries (wall or CPU). */
  maxMs: number;
  /** Slowest call, wall-clock milliseconds of its first try (for the report; a busy machine inflates it). */
  maxWallMs: number;
  runs: number;
  slowest: string;
}

export function newTiming(): Timing {
  return { maxMs: 0, maxWallMs: 0, runs: 0, slowest: '' };
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

/**
 * A call that went over the limit on the clock is tried again (two to four times) and its best
 * time kept, wall or CPU: a garbage collection or a busy neighbour does not count against the decoder, while a
 * pathological input is slow every time. Returns the call's time in milliseconds.
 */
function settle(first: number, again: () => void): number {
  let best = first;
  // Two more tries for a call over the limit, and two after that if it is still over (a busy machine can be busy for a while).
  for (let i = 0; i < 4 && (i < 2 ? first : best) > CALL_LIMIT_MS; i++) {
    collectGarbage();
    const wall0 = performance.now();
    const cpu0 = cpuMs();
    again();
    best = Math.min(best, performance.now() - wall0, cpuMs() - cpu0);
  }
  return best;
}

function record(timing: Timing, ms: number, wall: number, label: () => string): void {
  timing.runs++;
  timing.maxWallMs = Math.max(timing.maxWallMs, wall);
  if (ms > timing.maxMs) {
    timing.maxMs = ms;
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
  record(timing, settle(wall, () => attempt(call)), wall, label);
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
  // As settle(), with the process's CPU time, which counts the Web Crypto work done on libuv's
  // threads: on a busy machine the clock also counts the hops between threads waiting for a core.
  for (let i = 0; i < 4 && (i < 2 ? wall : best) > CALL_LIMIT_MS; i++) {
    collectGarbage();
    const again0 = performance.now();
    const cpu0 = cpuMs();
    await run();
    best = Math.min(best, performance.now() - again0, cpuMs() - cpu0);
  }
  record(timing, best, wall, label);
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
