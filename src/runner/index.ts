/**
 * The runner: one way to run the model outside models/. A run service (`run(input, { signal,
 * onProgress, shape })`) over a pool of workers that all run one worker body, with one result
 * store keyed by one cache key; two policies on top — the newest request wins (the explorer's
 * lanes) and every request counts (batches, seminar, lecture, Compare) — and the React hooks
 * that give a view a service for its lifetime. Node code (the command line, tests) takes the
 * Node-only parts from their files directly: node-threads.ts (worker threads) and same-thread.ts.
 */
export { RunCancelledError, errorMessage, isRunCancelled } from './types';
export type { ModelRunner, RunOptions, RunProgress, RunShape, RunTiming, ShapedRun } from './types';
export { monthRecords, packRun, summaryRecord, summaryValue } from './compact-run';
export type { CompactRun } from './compact-run';
export { RunService } from './run-service';
export { WorkerPool, POOL_POPULATION_BYTES } from './pool';
export type { PoolOptions } from './pool';
export { ResultStore, RESULT_STORE_BYTES } from './result-store';
export { defaultPoolSize, MAX_POOL_SIZE } from './browser-workers';
export { RunLane, IDLE_LANE, SUPERSEDE_AFTER_MS } from './latest-wins';
export type { LaneState, ShownRun } from './latest-wins';
export { RunQueue } from './every-request';
export type { BatchOptions, BatchOutcome, BatchProgress, BatchTimings } from './every-request';
export { useRunQueue, useRunService } from './use-run-service';
export type { ServiceOptions } from './use-run-service';
export { useRun, useRuns } from './use-run';
export type { RunState } from './use-run';
