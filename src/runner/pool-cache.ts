/**
 * The page session's store of finished runs for the pool, by run cache key (runCacheKey: levers,
 * timeline, calibration, routes, agents, months, seed and model version). A run is a pure
 * function of that key, so a stored run is exact: revisiting a mix, or a mix shared by two
 * comparisons or by a comparison and a sweep, costs nothing. Bounded by bytes, least recently
 * used dropped first. Runs kept without their months satisfy only requests that do not need them.
 */
import { compactBytes, type CompactRun } from './pool-protocol';

/** About 2,900 runs with 120 months of every output, far more summaries. */
export const RUN_STORE_BYTES = 96_000_000;

export class RunStore {
  private readonly entries = new Map<string, CompactRun>();
  private bytes = 0;

  constructor(private readonly maxBytes = RUN_STORE_BYTES) {}

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }

  /** The stored run for this key, if there is one with months when they are needed. */
  get(key: string, withMonths: boolean): CompactRun | undefined {
    const hit = this.entries.get(key);
    if (!hit || (withMonths && !hit.months)) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  set(key: string, run: CompactRun): void {
    const old = this.entries.get(key);
    // Never replace a run that has months with the same run without them.
    if (old?.months && !run.months) return;
    if (old) {
      this.entries.delete(key);
      this.bytes -= compactBytes(old);
    }
    this.entries.set(key, run);
    this.bytes += compactBytes(run);
    while (this.bytes > this.maxBytes && this.entries.size > 1) {
      const oldest = this.entries.keys().next().value as string;
      const dropped = this.entries.get(oldest);
      this.entries.delete(oldest);
      if (dropped) this.bytes -= compactBytes(dropped);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}
