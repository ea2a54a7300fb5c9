/** The model-runner seam: one interface, a worker implementation and a same-thread one, and the explorer's lanes on top. */
export { RunCancelledError, isRunCancelled } from './types';
export type { ModelRunner, RunProgress, RunRequest } from './types';
export { WorkerRunner, createModelWorker } from './worker-runner';
export type { WorkerFactory, WorkerLike } from './worker-runner';
export { SyncRunner } from './sync-runner';
export type { WorkerReply, WorkerRequest } from './protocol';
export { ResultCache } from './result-cache';
export { RunLane, IDLE_LANE, SUPERSEDE_AFTER_MS } from './run-lane';
export type { LaneState, ShownRun } from './run-lane';
export { useExplorerRuns } from './use-explorer-runs';
export type { ExplorerRuns, KeyedInput } from './use-explorer-runs';
