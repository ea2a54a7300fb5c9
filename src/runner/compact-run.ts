/**
 * The compact form of a run: the run summary and (when asked for) every monthly output as flat
 * Float64Arrays in the order of OUTPUT_KEYS. 120 months × 34 outputs is about 33 kB, moved
 * between threads without copying (a transfer) and cheap to keep in the store. Route totals are
 * not kept: nothing that asks for this shape reads them.
 */
import { OUTPUT_KEYS, type MonthRecord, type OutputKey, type RunResult } from '../../models/index';

export interface CompactRun {
  readonly seed: number;
  readonly monthCount: number;
  /** One value per output, in the order of OUTPUT_KEYS. */
  readonly summary: Float64Array;
  /** Month by month, month-major (month m, output k at m × OUTPUT_KEYS.length + k), or null if not asked for. */
  readonly months: Float64Array | null;
}

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

/** The buffers of a compact run, to transfer rather than copy. */
export function compactBuffers(run: CompactRun): ArrayBuffer[] {
  const out = [run.summary.buffer as ArrayBuffer];
  if (run.months) out.push(run.months.buffer as ArrayBuffer);
  return out;
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

/** Bytes a compact run takes, roughly (for the store's budget). */
export function compactBytes(run: CompactRun): number {
  return run.summary.byteLength + (run.months?.byteLength ?? 0) + 64;
}

/**
 * Bytes a full RunResult takes, roughly: each month is an object of OUTPUT_KEYS.length numbers,
 * about 16 bytes a field in V8 (the property and its boxed double), plus the summary and levers.
 */
export function fullBytes(result: RunResult): number {
  return result.months.length * K * 16 + 4_096;
}
