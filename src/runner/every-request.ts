/**
 * Policy "every request counts": runs and whole batches of runs that must all be done — a
 * scenario's claims over five seeds and the scenarios they compare with, the history check, a
 * seminar's reveal and its debrief (one run per decision), a lecture's steps, Compare's mixes
 * over many seeds, a sweep on the command line. Nothing is superseded; requests wait their turn
 * in the pool.
 *
 * A batch gives its runs back in the order asked, whatever order the workers finish in, so
 * anything computed from them never depends on scheduling or on the number of workers. Runs
 * already stored cost nothing, equal runs are run once (within a batch and across batches), and
 * progress counts runs ready. A batch can be given up with an AbortSignal: its runs not yet done
 * are dropped unless another request still waits for them. If one run fails, the batch fails
 * with a message naming that run, and its other runs are given up.
 */
import type { RunInput } from '../../models/index';
import { RunCancelledError, errorMessage, isRunCancelled, type ModelRunner, type RunOptions, type RunShape, type RunTiming, type ShapedRun } from './types';

export interface BatchProgress {
  /** Runs ready so far, stored ones included, of the batch's total. */
  readonly done: number;
  readonly total: number;
}

/** Where a batch's time went, summed over the runs it computed. */
export interface BatchTimings {
  readonly populationMs: number;
  readonly runMs: number;
  readonly populationsDrawn: number;
}

export interface BatchOutcome<S extends RunShape> {
  /** One run per input, in input order. */
  readonly runs: ShapedRun<S>[];
  /** Runs taken from the store, and runs computed for this batch (after merging equal ones). */
  readonly stored: number;
  readonly computed: number;
  readonly timings: BatchTimings;
}

export interface BatchOptions<S extends RunShape> {
  readonly shape?: S;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: BatchProgress) => void;
}

export class RunQueue {
  constructor(private readonly runner: ModelRunner) {}

  /** One run that must be done (not superseded by later requests). */
  run<S extends RunShape = 'full'>(input: RunInput, options: RunOptions<S> = {}): Promise<ShapedRun<S>> {
    return this.runner.run(input, options);
  }

  keyOf(input: RunInput): string {
    return this.runner.keyOf(input);
  }

  peek<S extends RunShape = 'full'>(input: RunInput, shape?: S): ShapedRun<S> | undefined {
    return this.runner.peek(input, shape);
  }

  /** Every input's run, in the order given. */
  async runAll<S extends RunShape = 'full'>(inputs: readonly RunInput[], options: BatchOptions<S> = {}): Promise<BatchOutcome<S>> {
    const shape = options.shape ?? ('full' as S);
    const { onProgress } = options;
    if (options.signal?.aborted) throw new RunCancelledError();
    // One controller per run (a signal with hundreds of listeners makes Node warn); the caller's
    // signal, or the first failure, gives up every run not done.
    const controllers = inputs.map(() => new AbortController());
    const giveUp = () => controllers.forEach((c) => c.abort());
    options.signal?.addEventListener('abort', giveUp, { once: true });
    const total = inputs.length;
    const missing = inputs.filter((input) => this.runner.peek(input, shape) === undefined);
    const stored = total - missing.length;
    const computed = new Set(missing.map((input) => this.runner.keyOf(input))).size;
    let done = 0;
    const timings = { populationMs: 0, runMs: 0, populationsDrawn: 0 };
    const onTiming = (t: RunTiming) => {
      timings.populationMs += t.populationMs;
      timings.runMs += t.runMs;
      if (!t.populationReused) timings.populationsDrawn++;
    };
    onProgress?.({ done: stored, total });
    let failure: Error | null = null;
    try {
      const runs = await Promise.all(
        inputs.map((input, i) =>
          this.runner.run(input, { shape, signal: controllers[i].signal, onTiming }).then(
            (run) => {
              done++;
              if (done > stored) onProgress?.({ done, total });
              return run;
            },
            (error: unknown) => {
              if (!failure && !isRunCancelled(error)) failure = new Error(`run ${i + 1} of ${total}: ${errorMessage(error)}`);
              giveUp();
              throw failure ?? error;
            },
          ),
        ),
      );
      return { runs, stored, computed, timings };
    } catch (error) {
      throw failure ?? (options.signal?.aborted ? new RunCancelledError() : error);
    } finally {
      options.signal?.removeEventListener('abort', giveUp);
    }
  }
}
