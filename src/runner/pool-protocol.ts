/**
 * Messages between the page and the pool's model workers, and the compact form of a run they
 * send back. Every run request carries an id that its reply echoes, so a reply can be matched to
 * its task whatever order the workers finish in.
 *
 * A compact run holds the run summary and (when asked for) every monthly output as flat
 * Float64Arrays in the order of OUTPUT_KEYS: 120 months × 34 outputs is about 33 kB, moved to
 * the page without copying (a transfer) and cheap to keep in the page's cache. Route totals are
 * not kept: nothing in the comparison reads them.
 */
import { OUTPUT_KEYS, type MonthRecord, type OutputKey, type RunInput, type RunResult } from '../../models/index';

export interface PoolConfigMessage {
  readonly type: 'config';
  /** How many bytes of drawn populations this worker may keep. */
  readonly populationBytes: number;
}

export interface PoolRunMessage {
  readonly type: 'run';
  readonly id: number;
  /** A run input without `population`: the worker draws or reuses its own. */
  readonly input: RunInput;
  readonly withMonths: boolean;
}

export type PoolRequest = PoolConfigMessage | PoolRunMessage;

/** Where a run's time went, measured in the worker. */
export interface RunTiming {
  /** Drawing the population (0 when a cached one was reused). */
  readonly populationMs: number;
  /** The run itself: copying the people, warm-up and the recorded months. */
  readonly runMs: number;
  readonly populationReused: boolean;
}

export interface CompactRun {
  readonly seed: number;
  readonly monthCount: number;
  /** One value per output, in the order of OUTPUT_KEYS. */
  readonly summary: Float64Array;
  /** Month by month, month-major (month m, output k at m × OUTPUT_KEYS.length + k), or null if not asked for. */
  readonly months: Float64Array | null;
}

export interface PoolResultReply {
  readonly type: 'result';
  readonly id: number;
  readonly run: CompactRun;
  readonly timing: RunTiming;
}

export interface PoolErrorReply {
  readonly type: 'error';
  readonly id: number;
  readonly message: string;
}

export type PoolReply = PoolResultReply | PoolErrorReply;

const K = OUTPUT_KEYS.length;

/** A run result in compact form. */
export function packRun(result: RunResult, withMonths: boolean): CompactRun {
  const summary = new Float64Array(K);
  OUTPUT_KEYS.forEach((key, k) => (summary[k] = result.summary[key]));
  let months: Float64Array | null = null;
  if (withMonths) {
    months = new Float64Array(result.months.length * K);
    result.months.forEach((m, i) => {
      for (let k = 0; k < K; k++) months![i * K + k] = m[OUTPUT_KEYS[k]];
    });
  }
  return { seed: result.seed, monthCount: result.months.length, summary, months };
}

/** The run summary as a record, as the analysis functions read it. */
export function summaryRecord(run: CompactRun): Record<OutputKey, number> {
  const out = {} as Record<OutputKey, number>;
  OUTPUT_KEYS.forEach((key, k) => (out[key] = run.summary[k]));
  return out;
}

/** The monthly records, months numbered from 0 as the model does (empty if the run kept none). */
export function monthRecords(run: CompactRun): MonthRecord[] {
  const data = run.months;
  if (!data) return [];
  return Array.from({ length: run.monthCount }, (_, m) => {
    const rec = { month: m } as MonthRecord;
    for (let k = 0; k < K; k++) rec[OUTPUT_KEYS[k]] = data[m * K + k];
    return rec;
  });
}

/** One output of one run, summary value. */
export function summaryValue(run: CompactRun, key: OutputKey): number {
  return run.summary[OUTPUT_KEYS.indexOf(key)];
}

/** Bytes a compact run takes, roughly (for the cache's budget). */
export function compactBytes(run: CompactRun): number {
  return run.summary.byteLength + (run.months?.byteLength ?? 0) + 64;
}

/**
 * What identifies the people a run draws: size, seed and calibration. Runs with the same key can
 * copy one drawn population; the pool sends them to the same worker when it can.
 */
export function populationCacheKey(input: Pick<RunInput, 'agents' | 'seed' | 'calibration'>): string {
  return JSON.stringify([input.agents ?? null, input.seed ?? null, input.calibration ?? null]);
}
