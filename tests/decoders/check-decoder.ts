/**
 * The property every decoder must have: on 20,000 hostile inputs it returns, or throws its own
 * typed error, and nothing else; what it accepts passes the caller's check; nothing reaches
 * Object.prototype; and no call takes more than 50 ms of CPU time (see hostile.ts for how calls
 * are timed). Set HOSTILE_REPORT=1 to print each decoder's slowest call.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { CALL_LIMIT_MS, describeInput, newTiming, prototypeIsClean, RUNS, timedCall } from './hostile';

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

export function checkDecoder<I, R>(spec: DecoderCheck<I, R>): void {
  const timing = newTiming();
  const started = performance.now();
  fc.assert(
    fc.property(spec.inputs, (input) => {
      const { result, error, threw } = timedCall(timing, () => describeInput(input), () => spec.call(input));
      if (threw) {
        if (!spec.typedError || !(error instanceof spec.typedError)) {
          const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          throw new Error(`${spec.name} threw ${what} (not ${spec.typedError?.name ?? 'allowed to throw'}) on ${describeInput(input)}`);
        }
        // A typed error is a message for people: one readable line, not a dump of the input.
        must(error.message.length <= MAX_MESSAGE_CHARS, () => `a message of ${error.message.length} characters: ${error.message.slice(0, 200)}`);
      } else spec.check?.(result as R, input);
      must(prototypeIsClean(), 'Object.prototype was changed');
    }),
    { numRuns: spec.runs ?? RUNS },
  );
  if (process.env.HOSTILE_REPORT)
    console.info(`${spec.name}: ${timing.runs} inputs in ${((performance.now() - started) / 1000).toFixed(1)} s; slowest call ${timing.maxCpuMs.toFixed(1)} ms CPU (${timing.maxWallMs.toFixed(1)} ms wall): ${timing.slowest.slice(0, 120)}`);
  expect(timing.maxCpuMs, `slowest input: ${timing.slowest}`).toBeLessThanOrEqual(CALL_LIMIT_MS);
}
