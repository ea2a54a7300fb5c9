/**
 * The property every decoder must have: on 20,000 hostile inputs it returns, or throws its own
 * typed error, and nothing else; what it accepts passes the caller's check; nothing reaches
 * Object.prototype; and no call takes more than 50 ms (see call-timing.ts for how calls are timed).
 * Decoders that answer with a promise (the signed codes, which use Web Crypto) are checked the
 * same way with checkAsyncDecoder: a rejection is their "throw". Set HOSTILE_REPORT=1 to print
 * each decoder's time and slowest call.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { CALL_LIMIT_MS, describeInput, flatText, newTiming, prototypeIsClean, RUNS, timedAsyncCall, timedCall, type Timing } from './call-timing';

/** A message names the field, a shortened value and what is allowed (a list of keys at most): never the input itself. */
export const MAX_MESSAGE_CHARS = 1_000;

export interface DecoderCheck<I, R> {
  readonly name: string;
  readonly inputs: fc.Arbitrary<I>;
  readonly call: (input: I) => R;
  /** The decoder's own error class; omit for decoders that must never throw. */
  readonly typedError?: abstract new (...args: never[]) => Error;
  /** Checks on a result (a decoded value must be valid, notices capped, …). */
  readonly check?: (result: R, input: I) => void;
  readonly runs?: number;
}

/** A plain assertion for checks run 20,000 times (vitest's expect costs more than most decoders). */
export function must(condition: boolean, what: string | (() => string)): asserts condition {
  if (!condition) throw new Error(typeof what === 'string' ? what : what());
}

/** The outcome of one call, checked: a typed error with a readable message, or a result that passes the caller's check. */
function checkOutcome<I, R>(spec: Pick<DecoderCheck<I, R>, 'name' | 'typedError' | 'check'>, input: I, outcome: { result: R | undefined; error: unknown; threw: boolean }): void {
  const { result, error, threw } = outcome;
  if (threw) {
    if (!spec.typedError || !(error instanceof spec.typedError)) {
      const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new Error(`${spec.name} threw ${what} (not ${spec.typedError?.name ?? 'allowed to throw'}) on ${describeInput(input)}`);
    }
    // A typed error is a message for people: one readable line, not a dump of the input.
    must(error.message.length <= MAX_MESSAGE_CHARS, () => `a message of ${error.message.length} characters: ${error.message.slice(0, 200)}`);
  } else spec.check?.(result as R, input);
  must(prototypeIsClean(), 'Object.prototype was changed');
}

/** Every input was tried (20,000 unless told), and the slowest call was within the limit. */
function report(name: string, timing: Timing, started: { wall: number; cpu: NodeJS.CpuUsage }, runs: number): void {
  const cpu = process.cpuUsage(started.cpu);
  if (process.env.HOSTILE_REPORT)
    console.info(`${name}: ${timing.runs} inputs in ${((performance.now() - started.wall) / 1000).toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU); slowest call ${timing.maxMs.toFixed(1)} ms (machine ${timing.slowestSlowdown.toFixed(1)}× slower than its best then; first try ${timing.maxWallMs.toFixed(1)} ms wall): ${timing.slowest.slice(0, 120)}`);
  expect(timing.runs).toBe(runs);
  expect(timing.maxMs, `slowest input: ${timing.slowest}`).toBeLessThanOrEqual(CALL_LIMIT_MS);
}

export function checkDecoder<I, R>(spec: DecoderCheck<I, R>): void {
  const timing = newTiming();
  const started = { wall: performance.now(), cpu: process.cpuUsage() };
  fc.assert(
    fc.property(spec.inputs, (input) => {
      flatText(input);
      checkOutcome(spec, input, timedCall(timing, () => describeInput(input), () => spec.call(input)));
    }),
    { numRuns: spec.runs ?? RUNS },
  );
  report(spec.name, timing, started, spec.runs ?? RUNS);
}

export interface AsyncDecoderCheck<I, R> extends Omit<DecoderCheck<I, R>, 'call'> {
  readonly call: (input: I) => Promise<R>;
}

export async function checkAsyncDecoder<I, R>(spec: AsyncDecoderCheck<I, R>): Promise<void> {
  const timing = newTiming();
  const started = { wall: performance.now(), cpu: process.cpuUsage() };
  await fc.assert(
    fc.asyncProperty(spec.inputs, async (input) => {
      flatText(input);
      checkOutcome(spec, input, await timedAsyncCall(timing, () => describeInput(input), () => spec.call(input)));
    }),
    { numRuns: spec.runs ?? RUNS },
  );
  report(spec.name, timing, started, spec.runs ?? RUNS);
}
