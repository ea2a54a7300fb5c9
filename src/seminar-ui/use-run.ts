/**
 * React hook: the result of one model run from a RunQueue, or null while it runs. The input is
 * given by its key (its JSON), so a new object with the same content does not re-run it, and a
 * result is shown only for the input it belongs to.
 */
import { useEffect, useState } from 'react';
import type { RunInput, RunResult } from '../../models/index';
import { isRunCancelled, type RunProgress } from '../runner/types';
import type { RunQueue } from './run-queue';

export interface RunState {
  readonly result: RunResult | null;
  readonly error: string | null;
  readonly progress: RunProgress | null;
}

interface Held extends RunState {
  readonly key: string | null;
}

const EMPTY: RunState = { result: null, error: null, progress: null };

export function useRun(queue: RunQueue, key: string | null): RunState {
  const [held, setHeld] = useState<Held>({ key: null, ...EMPTY });
  useEffect(() => {
    if (key === null) return;
    let live = true;
    const input = JSON.parse(key) as RunInput;
    queue
      .run(input, (progress) => live && setHeld({ key, result: null, error: null, progress }))
      .then(
        (result: RunResult) => live && setHeld({ key, result, error: null, progress: null }),
        (error: unknown) => {
          if (live && !isRunCancelled(error)) setHeld({ key, result: null, error: error instanceof Error ? error.message : String(error), progress: null });
        },
      );
    return () => {
      live = false;
    };
  }, [queue, key]);
  if (key === null || held.key !== key) {
    const cached = key === null ? undefined : queue.peek(key);
    return cached ? { result: cached, error: null, progress: null } : EMPTY;
  }
  return held;
}

/** A queue for the life of a view (the worker stops when the view goes). */
export function useRunQueueLifetime(queue: RunQueue): void {
  useEffect(() => () => queue.dispose(), [queue]);
}

/** Results of several runs (null while one runs); errors are reported once, for any of them. */
export function useRuns(queue: RunQueue, keys: readonly string[]): { results: (RunResult | null)[]; error: string | null } {
  const joined = JSON.stringify(keys);
  const [held, setHeld] = useState<{ results: ReadonlyMap<string, RunResult>; error: string | null }>({ results: new Map(), error: null });
  useEffect(() => {
    let live = true;
    for (const key of JSON.parse(joined) as string[])
      queue.run(JSON.parse(key) as RunInput).then(
        (result) => live && setHeld((h) => ({ results: new Map(h.results).set(key, result), error: h.error })),
        (error: unknown) => {
          if (live && !isRunCancelled(error)) setHeld((h) => ({ ...h, error: error instanceof Error ? error.message : String(error) }));
        },
      );
    return () => {
      live = false;
    };
  }, [queue, joined]);
  return { results: keys.map((k) => held.results.get(k) ?? queue.peek(k) ?? null), error: held.error };
}
