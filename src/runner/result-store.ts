/**
 * The store of finished runs, by run cache key (runCacheKey: levers, timeline, calibration,
 * routes, agents, months, seed and model version). A run is a pure function of that key, so a
 * stored run is exact: moving a lever back, a baseline equal to the user's settings, revisiting a
 * comparison or checking claims twice costs nothing. A run kept as a whole RunResult serves every
 * shape (the compact ones are packed from it on demand); a compact run with its months serves
 * 'months' and 'summary', one without them only 'summary'. Bounded by bytes, least recently used
 * dropped first.
 */
import type { RunResult } from '../../models/index';
import { compactBytes, fullBytes, packRun, type CompactRun } from './compact-run';
import type { RunShape, ShapedRun } from './types';

/** About 2,900 compact runs with 120 months of every output, or 1,400 whole 120-month results. */
export const RESULT_STORE_BYTES = 96_000_000;

interface Entry {
  full?: RunResult;
  compact?: CompactRun;
  bytes: number;
}

const isFull = (run: RunResult | CompactRun): run is RunResult => 'modelVersion' in run;

export class ResultStore {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes = RESULT_STORE_BYTES) {}

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }

  /** The stored run for this key in this shape, if the store has one rich enough. */
  get<S extends RunShape>(key: string, shape: S): ShapedRun<S> | undefined {
    const entry = this.entries.get(key);
    const found = entry && pick(entry, shape);
    if (!found) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return found as ShapedRun<S>;
  }

  set(key: string, run: RunResult | CompactRun): void {
    const entry = this.entries.get(key) ?? { bytes: 0 };
    if (isFull(run)) entry.full = run;
    // Never replace a run that has months with the same run without them.
    else if (!entry.compact?.months || run.months) entry.compact = run;
    this.bytes -= entry.bytes;
    entry.bytes = (entry.full ? fullBytes(entry.full) : 0) + (entry.compact ? compactBytes(entry.compact) : 0);
    this.bytes += entry.bytes;
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.bytes > this.maxBytes && this.entries.size > 1) {
      const oldest = this.entries.keys().next().value as string;
      this.bytes -= this.entries.get(oldest)?.bytes ?? 0;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

function pick(entry: Entry, shape: RunShape): RunResult | CompactRun | undefined {
  if (shape === 'full') return entry.full;
  if (entry.compact && (shape === 'summary' || entry.compact.months)) return entry.compact;
  return entry.full && packRun(entry.full, shape === 'months');
}
