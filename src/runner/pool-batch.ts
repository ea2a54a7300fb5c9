/**
 * A batch of runs through the store and the pool: runs already stored are taken from the store,
 * equal runs asked for twice are run once, the rest go to the pool, and every finished run is
 * stored as soon as it arrives (so a cancelled batch still leaves its finished runs for next
 * time). The runs come back in the order of the tasks, whatever the pool's scheduling.
 */
import { runCacheKey } from '../../models/index';
import type { RunStore } from './pool-cache';
import type { CompactRun } from './pool-protocol';
import type { PoolOutcome, PoolResultListener, PoolTask, PoolTimings } from './pool';

/** What the batch needs of a pool (the WorkerPool, or a fake in tests). */
export interface PoolLike {
  readonly size: number;
  run(tasks: readonly PoolTask[], onResult?: PoolResultListener): Promise<PoolOutcome>;
}

export interface BatchProgress {
  /** Runs ready so far, stored ones included, of the batch's total. */
  readonly done: number;
  readonly total: number;
}

export interface BatchOutcome {
  readonly runs: CompactRun[];
  /** Runs taken from the store, and runs computed now (after merging duplicates). */
  readonly stored: number;
  readonly computed: number;
  readonly timings: PoolTimings;
}

export async function runBatch(tasks: readonly PoolTask[], pool: PoolLike, store: RunStore, onProgress?: (progress: BatchProgress) => void): Promise<BatchOutcome> {
  const total = tasks.length;
  const keys = tasks.map((t) => runCacheKey(t.input));
  const runs: (CompactRun | undefined)[] = tasks.map((t, i) => store.get(keys[i], t.withMonths));
  // Missing runs, one task per distinct key (with months if any of its requests needs them).
  const missing = new Map<string, { task: PoolTask; indices: number[] }>();
  tasks.forEach((t, i) => {
    if (runs[i]) return;
    const entry = missing.get(keys[i]);
    if (entry) {
      entry.indices.push(i);
      if (t.withMonths && !entry.task.withMonths) entry.task = { ...entry.task, withMonths: true };
    } else missing.set(keys[i], { task: t, indices: [i] });
  });
  const stored = runs.filter(Boolean).length;
  let done = stored;
  onProgress?.({ done, total });
  const jobs = [...missing.entries()];
  const outcome = await pool.run(
    jobs.map(([, j]) => j.task),
    (job, run) => {
      const [key, { indices }] = jobs[job];
      store.set(key, run);
      for (const i of indices) runs[i] = run;
      done += indices.length;
      onProgress?.({ done, total });
    },
  );
  // The pool's list is authoritative (in job order), whatever the listener saw.
  outcome.runs.forEach((run, job) => {
    for (const i of jobs[job][1].indices) runs[i] = run;
  });
  return { runs: runs as CompactRun[], stored, computed: jobs.length, timings: outcome.timings };
}
