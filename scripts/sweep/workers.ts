/**
 * How many worker threads a sweep starts. More threads than cores only share the same cores, and
 * each thread holds its own people: the drawn populations it keeps for the next runs of the same
 * seeds (up to a budget, pool.ts) and the working copy a run changes. At a million agents that is
 * about 470 MB a thread, so `--workers 64` could ask for tens of gigabytes. The number is therefore
 * capped by the cores and by the memory free, and the user is told when and why it was lowered.
 */
import { POPULATION_BYTES_PER_AGENT, populationsThatFit } from '../../src/runner/population-budget';
import { POPULATION_BYTES_PER_THREAD } from './pool';

/**
 * Bytes a worker thread takes besides its people: the JavaScript engine and the model's code
 * (measured: a second worker running 100 agents adds about 42 MB of resident memory).
 */
export const WORKER_BASE_BYTES = 50_000_000;

/**
 * Populations' worth of memory a run takes on top of those the worker keeps: the working copy,
 * the run's own per-agent lists, and the copies the engine has not collected yet. Measured as
 * resident memory of one worker over 4 seeds: about 1.1 at 2,000,000 agents, 1.8 at 1,000,000 and
 * 2 at 500,000; 2 keeps the estimate on the safe side.
 */
const RUN_POPULATIONS = 2;

/** Share of the free memory the workers may plan on; the rest is left to the main thread and the machine. */
export const MEMORY_SHARE = 0.8;

/** Estimated bytes one worker thread needs for runs of `agents` agents over `seeds` seeds. */
export function workerBytes(agents: number, seeds: number): number {
  const kept = Math.min(Math.max(1, seeds), populationsThatFit(POPULATION_BYTES_PER_THREAD, agents));
  return WORKER_BASE_BYTES + (kept + RUN_POPULATIONS) * POPULATION_BYTES_PER_AGENT * agents;
}

export interface WorkerPlanInput {
  /** `--workers N`, or undefined for the default (one per core). */
  readonly requested?: number;
  readonly cores: number;
  readonly agents: number;
  readonly seeds: number;
  /** Memory free for the sweep, in bytes (os.freemem, or less in a container with a limit). */
  readonly freeBytes: number;
}

export interface WorkerPlan {
  readonly workers: number;
  /** Why the number asked for (or one per core) was lowered, or that memory is short even for one; null when neither. */
  readonly note: string | null;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1e6).toLocaleString('en-GB')} MB`;
}

/** The number of workers: what was asked for (default: one per core), at most one per core and what the free memory holds. */
export function planWorkers({ requested, cores, agents, seeds, freeBytes }: WorkerPlanInput): WorkerPlan {
  const byCores = Math.max(1, Math.floor(cores));
  const want = requested ?? byCores;
  const perWorker = workerBytes(agents, seeds);
  const usable = MEMORY_SHARE * Math.max(0, freeBytes);
  const byMemory = Math.max(1, Math.floor(usable / perWorker));
  const workers = Math.max(1, Math.min(want, byCores, byMemory));
  const memoryText = `each worker needs about ${megabytes(perWorker)} at ${agents.toLocaleString('en-GB')} agents and ${megabytes(freeBytes)} of memory is free`;
  const reasons: string[] = [];
  if (workers < want && byCores < want) reasons.push(`the machine has ${byCores} core${byCores === 1 ? '' : 's'}`);
  if (workers < Math.min(want, byCores)) reasons.push(memoryText);
  const parts: string[] = [];
  if (reasons.length > 0) {
    const asked = requested !== undefined ? `--workers ${requested} lowered to ${workers}` : `using ${workers} worker${workers === 1 ? '' : 's'}, not one per core (${byCores})`;
    parts.push(`${asked}: ${reasons.join('; ')}`);
  }
  if (perWorker > usable) parts.push(`${reasons.length > 0 ? 'even one worker' : memoryText}: the sweep may run out of memory; fewer --agents need less`);
  return { workers, note: parts.length > 0 ? parts.join('. ') : null };
}
