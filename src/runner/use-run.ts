/**
 * React hooks: the result of one model run (or of several) that must be done, from a RunQueue,
 * or null while it runs. An input is known by its cache key, so a new object with the same
 * content does not run again, and a result is shown only for the input it belongs to. A run
 * asked for is never given up when the input changes or the component goes: every request
 * counts, and its result is stored for when it is wanted again.
 */
import { useEffect, useMemo, useState } from 'react';
import type { RunInput, RunResult } from '../../models/index';
import type { RunQueue } from './every-request';
import { errorMessage, isRunCancelled, type RunProgress } from './types';

export interface RunState {
  readonly result: RunResult | null;
  readonly error: string | null;
  readonly progress: RunProgress | null;
}

interface Held extends RunState {
  readonly key: string | null;
}

const EMPTY: RunState = { result: null, error: null, progress: null };

export function useRun(queue: RunQueue, input: RunInput | null): RunState {
  const key = useMemo(() => (input ? queue.keyOf(input) : null), [queue, input]);
  const [held, setHeld] = useState<Held>({ key: null, ...EMPTY });
  useEffect(() => {
    const wanted = input;
    if (key === null || !wanted) return;
    let shown = true;
    const live = () => shown;
    queue.run(wanted, { onProgress: (progress) => live() && setHeld({ key, result: null, error: null, progress }) }).then(
      (result) => live() && setHeld({ key, result, error: null, progress: null }),
      (error: unknown) => {
        if (live() && !isRunCancelled(error)) setHeld({ key, result: null, error: errorMessage(error), progress: null });
      },
    );
    return () => {
      shown = false;
    };
    // The key says everything about the input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queue, key]);
  if (key === null || held.key !== key) {
    const stored = input ? queue.peek(input) : undefined;
    return stored ? { result: stored, error: null, progress: null } : EMPTY;
  }
  return held;
}

/** Results of several runs (null while one runs); errors are reported once, for any of them. */
export function useRuns(queue: RunQueue, inputs: readonly RunInput[]): { results: (RunResult | null)[]; error: string | null } {
  const keys = useMemo(() => inputs.map((input) => queue.keyOf(input)), [queue, inputs]);
  const joined = keys.join('\n');
  const [held, setHeld] = useState<{ results: ReadonlyMap<string, RunResult>; error: string | null }>({ results: new Map(), error: null });
  useEffect(() => {
    let shown = true;
    const live = () => shown;
    inputs.forEach((input) => {
      const key = queue.keyOf(input);
      queue.run(input).then(
        (result) => live() && setHeld((h) => ({ results: new Map(h.results).set(key, result), error: h.error })),
        (error: unknown) => {
          if (live() && !isRunCancelled(error)) setHeld((h) => ({ ...h, error: errorMessage(error) }));
        },
      );
    });
    return () => {
      shown = false;
    };
    // The keys say everything about the inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queue, joined]);
  return { results: keys.map((k, i) => held.results.get(k) ?? queue.peek(inputs[i]) ?? null), error: held.error };
}
