/**
 * Running a decoder under test: each call timed (the clock first, CPU time only for a slow call,
 * which is tried again so that a busy machine does not count against the decoder), its outcome
 * kept (a result or what it threw), and Object.prototype checked. Used by check-decoder.ts.
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

/** Call a decoder on one input and time it (the clock first: reading CPU time costs more than most decoders). */
export function timedCall<T>(timing: Timing, label: () => string, call: () => T): Outcome<T> {
  const wall0 = performance.now();
  const outcome = attempt(call);
  const wall = performance.now() - wall0;
  record(timing, settle(wall, () => attempt(call)), wall, label);
  return outcome;
}

/** As timedCall, for a decoder that answers with a promise (Web Crypto). Its time includes the awaits. */
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
  for (let i = 0; i < 4 && (i < 2 ? wall : best) > CALL_LIMIT_MS; i++) {
    const again0 = performance.now();
    await run();
    best = Math.min(best, performance.now() - again0);
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
