/** Workers for the pool in the browser: module Web Workers running the one worker body. */
import type { WorkerLike } from './protocol';

/** Vite finds and bundles the worker through this exact `new URL(...)` pattern. */
export function createModelWorker(): WorkerLike {
  return new Worker(new URL('./pool-worker.ts', import.meta.url), { type: 'module', name: 'crossings-model' }) as WorkerLike;
}

/** Most workers a pool starts: beyond this, memory grows faster than speed. */
export const MAX_POOL_SIZE = 8;

/** One worker per logical core, at least 1 and at most MAX_POOL_SIZE. */
export function defaultPoolSize(cores: number | undefined = typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency): number {
  const n = Number.isFinite(cores) ? Math.floor(cores as number) : 2;
  return Math.max(1, Math.min(MAX_POOL_SIZE, n));
}
