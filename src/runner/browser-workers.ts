/** Workers for the pool in the browser: module Web Workers running the one worker body. */
import type { WorkerLike } from './protocol';

/** Vite finds and bundles the worker through this exact `new URL(...)` pattern. */
export function createModelWorker(): WorkerLike {
  return new Worker(new URL('./pool-worker.ts', import.meta.url), { type: 'module', name: 'crossings-model' }) as WorkerLike;
}

/** Most workers a pool starts: beyond this, memory grows faster than speed. */
export const MAX_POOL_SIZE = 8;

/**
 * Memory one model worker may come to hold at the default size: the engine and the model's code
 * (about 50 MB, as measured for a worker thread, scripts/sweep/workers.ts), its share of the
 * pool's drawn populations (pool.ts) and a run's working copy and lists.
 */
export const WORKER_MEMORY_BYTES = 150_000_000;

/** Share of the device's memory the pool may plan on; the page, the browser and other tabs need the rest. */
export const DEVICE_MEMORY_SHARE = 0.5;

/**
 * One worker per logical core, at least 1 and at most MAX_POOL_SIZE, and no more than half the
 * device's memory holds (`navigator.deviceMemory`, in GB, reported by Chromium-based browsers;
 * a phone with 8 cores and 1 GB would otherwise start 8 workers and lose the tab).
 */
export function defaultPoolSize(
  cores: number | undefined = typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency,
  memoryGb: number | undefined = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { deviceMemory?: number }).deviceMemory,
): number {
  const n = Number.isFinite(cores) ? Math.floor(cores as number) : 2;
  const byMemory = Number.isFinite(memoryGb) && (memoryGb as number) > 0 ? Math.floor(((memoryGb as number) * 1e9 * DEVICE_MEMORY_SHARE) / WORKER_MEMORY_BYTES) : MAX_POOL_SIZE;
  return Math.max(1, Math.min(MAX_POOL_SIZE, n, byMemory));
}
