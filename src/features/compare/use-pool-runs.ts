/**
 * React hook: the view's run service — one worker per core — and one batch of runs at a time
 * ("every request counts"), with progress shown only for batches that take longer than a moment,
 * and Cancel. Finished runs go to the page session's result store (shared by every comparison
 * and analysis), so repeating or revisiting costs nothing. A cancelled or failed batch leaves
 * the results on the page as they were: they are only replaced when a batch completes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunInput } from '../../../models/index';
import { errorMessage, isRunCancelled, ResultStore, RunQueue, useRunService, type BatchOutcome, type CompactRun } from '../../runner/index';
import { i18n } from '../../shared/i18n/i18n';
import { formatCount, formatNumber } from '../../shared/format';

/** One run of a batch: its input, and whether the view needs its months or its summary only. */
export interface PoolTask {
  readonly input: RunInput;
  readonly withMonths: boolean;
}

/** A finished batch: its runs in task order, and where the time went. */
export type PoolOutcome = BatchOutcome<'months' | 'summary'> & { readonly runs: CompactRun[] };

/** Progress appears after this long: shorter batches just show their results. */
export const PROGRESS_AFTER_MS = 300;
/** Progress redraws at most this often (a sweep may finish hundreds of runs a second). */
const PROGRESS_EVERY_MS = 100;

/** One store for the page session: leaving the view and coming back keeps the runs. */
const STORE = new ResultStore();

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

const SECONDS = { maximumFractionDigits: 1, minimumFractionDigits: 1 } as const;

function describe(outcome: PoolOutcome, ms: number, poolSize: number): string {
  const words = { runs: formatCount(outcome.runs.length), stored: formatCount(outcome.stored), seconds: formatNumber(ms / 1000, SECONDS), count: poolSize };
  return i18n.t(outcome.stored > 0 ? 'compare:status.doneStored' : 'compare:status.done', words);
}

export interface PoolRuns {
  readonly state: PoolRunState;
  readonly start: (kind: TaskKind, tasks: readonly PoolTask[], onDone: (outcome: PoolOutcome) => void) => void;
  readonly cancel: () => void;
  /** The store, to build results from runs already done. */
  readonly store: ResultStore;
}

export function usePoolRuns(): PoolRuns {
  const service = useRunService({ store: STORE, prepare: true });
  const [queue] = useState(() => new RunQueue(service));
  const batch = useRef<AbortController | null>(null);
  const [state, setState] = useState<PoolRunState>({ running: null, done: 0, total: 0, showProgress: false, note: null, poolSize: 0 });

  useEffect(() => {
    const timer = window.setTimeout(() => setState((s) => ({ ...s, poolSize: service.size })), 0);
    return () => {
      window.clearTimeout(timer);
      batch.current?.abort();
      batch.current = null;
    };
  }, [service]);

  const start = useCallback(
    (kind: TaskKind, tasks: readonly PoolTask[], onDone: (outcome: PoolOutcome) => void) => {
      if (batch.current) return; // one batch at a time
      const controller = new AbortController();
      batch.current = controller;
      const started = performance.now();
      let shownAt = 0;
      setState((s) => ({ ...s, running: kind, done: 0, total: tasks.length, showProgress: false, note: null }));
      const reveal = window.setTimeout(() => setState((s) => (s.running === kind ? { ...s, showProgress: true } : s)), PROGRESS_AFTER_MS);
      const shape = tasks.some((t) => t.withMonths) ? 'months' : 'summary';
      const onProgress = ({ done, total }: { done: number; total: number }) => {
        const now = performance.now();
        if (done < total && now - shownAt < PROGRESS_EVERY_MS) return;
        shownAt = now;
        setState((s) => (s.running === kind ? { ...s, done, total } : s));
      };
      const finish = () => {
        window.clearTimeout(reveal);
        if (batch.current === controller) batch.current = null;
      };
      queue.runAll<'months' | 'summary'>(tasks.map((t) => t.input), { shape, signal: controller.signal, onProgress }).then(
        (outcome) => {
          finish();
          onDone(outcome);
          const wallMs = performance.now() - started;
          const timing = { wallMs, ...outcome.timings, computed: outcome.computed };
          setState((s) => ({ ...s, running: null, showProgress: false, note: { kind, text: describe(outcome, wallMs, service.size), error: false, timing } }));
        },
        (error: unknown) => {
          finish();
          const text = isRunCancelled(error) ? i18n.t('compare:status.cancelled') : i18n.t('compare:status.failed', { error: errorMessage(error) });
          setState((s) => ({ ...s, running: null, showProgress: false, note: { kind, text, error: !isRunCancelled(error) } }));
        },
      );
    },
    [queue, service],
  );

  const cancel = useCallback(() => batch.current?.abort(), []);

  return { state, start, cancel, store: STORE };
}
