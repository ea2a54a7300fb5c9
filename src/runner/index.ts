/** The model-runner seam: one interface, a worker implementation and a same-thread one. */
export { RunCancelledError, isRunCancelled } from './types';
export type { ModelRunner, RunProgress, RunRequest } from './types';
export { WorkerRunner, createModelWorker } from './worker-runner';
export type { WorkerFactory, WorkerLike } from './worker-runner';
export { SyncRunner } from './sync-runner';
export type { WorkerReply, WorkerRequest } from './protocol';
