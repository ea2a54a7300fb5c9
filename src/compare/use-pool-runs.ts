/**
 * React hook: the view's worker pool and one batch of runs at a time, with progress shown only
 * for batches that take longer than a moment, and Cancel. Finished runs go to the page session's
 * run store (shared by every comparison and analysis), so repeating or revisiting costs nothing.
 * A cancelled or failed batch leaves the results on the page as they were: they are only
 * replaced when a batch completes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { runBatch, type BatchOutcome } from '../runner/pool-batch';
import { RunStore } from '../runner/pool-cache';
import { WorkerPool, type PoolTask } from '../runner/pool';
import { isRunCancelled } from '../runner/types';

/** Progress appears after this long: shorter batches just show their results. */
export const PROGRESS_AFTER_MS = 300;
/** Progress redraws at most this often (a sweep may finish hundreds of runs a second). */
const PROGRESS_EVERY_MS = 100;

/** One store for the page session: leaving the view and coming back keeps the runs. */
const STORE = new RunStore();

export type TaskKind = 'compare' | 'sweep' | 'grid' | 'tornado';

/** Where a finished batch's time went (summed over workers, except the wall time). */
export interface BatchTiming {
  readonly wallMs: number;
  readonly populationMs: number;
  readonly runMs: number;
  readonly populationsDrawn: number;
  readonly computed: number;
}

export interface PoolRunState {
  readonly running: TaskKind | null;
  readonly done: number;
  readonly total: number;
  readonly showProgress: boolean;
  /** What the last batch did, or why it stopped. */
  readonly note: { readonly kind: TaskKind; readonly text: string; readonly error: boolean; readonly timing?: BatchTiming } | null;
  readonly poolSize: number;
}

const seconds = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const grouped = new Intl.NumberFormat('en-GB');

function describe(outcome: BatchOutcome, ms: number, poolSize: number): string {
  const total = outcome.runs.length;
  const from = outcome.stored > 0 ? ` (${grouped.format(outcome.stored)} already in this session)` : '';
  return `${grouped.format(total)} runs${from} in ${seconds.format(ms / 1000)} s on ${poolSize} worker${poolSize === 1 ? '' : 's'}.`;
}

export interface PoolRuns {
  readonly state: PoolRunState;
  readonly start: (kind: TaskKind, tasks: readonly PoolTask[], onDone: (outcome: BatchOutcome) => void) => void;
  readonly cancel: () => void;
  /** The store, to build results from runs already done. */
  readonly store: RunStore;
}

export function usePoolRuns(): PoolRuns {
  const pool = useRef<WorkerPool | null>(null);
  const [state, setState] = useState<PoolRunState>({ running: null, done: 0, total: 0, showProgress: false, note: null, poolSize: 0 });

  useEffect(() => {
    const made = new WorkerPool();
    made.prepare();
    pool.current = made;
    const timer = window.setTimeout(() => setState((s) => ({ ...s, poolSize: made.size })), 0);
    return () => {
      window.clearTimeout(timer);
      made.dispose();
      pool.current = null;
    };
  }, []);

  const start = useCallback((kind: TaskKind, tasks: readonly PoolTask[], onDone: (outcome: BatchOutcome) => void) => {
    const p = pool.current;
    if (!p || p.busy) return;
    const started = performance.now();
    let shownAt = 0;
    setState((s) => ({ ...s, running: kind, done: 0, total: tasks.length, showProgress: false, note: null }));
    const reveal = window.setTimeout(() => setState((s) => (s.running === kind ? { ...s, showProgress: true } : s)), PROGRESS_AFTER_MS);
    runBatch(tasks, p, STORE, ({ done, total }) => {
      const now = performance.now();
      if (done < total && now - shownAt < PROGRESS_EVERY_MS) return;
      shownAt = now;
      setState((s) => (s.running === kind ? { ...s, done, total } : s));
    }).then(
      (outcome) => {
        window.clearTimeout(reveal);
        onDone(outcome);
        const wallMs = performance.now() - started;
        const timing = { wallMs, ...outcome.timings, computed: outcome.computed };
        setState((s) => ({ ...s, running: null, showProgress: false, note: { kind, text: describe(outcome, wallMs, p.size), error: false, timing } }));
      },
      (error: unknown) => {
        window.clearTimeout(reveal);
        const text = isRunCancelled(error) ? 'Cancelled. The results shown are the ones from before.' : `The runs failed: ${error instanceof Error ? error.message : String(error)}`;
        setState((s) => ({ ...s, running: null, showProgress: false, note: { kind, text, error: !isRunCancelled(error) } }));
      },
    );
  }, []);

  const cancel = useCallback(() => pool.current?.cancel(), []);

  return { state, start, cancel, store: STORE };
}
