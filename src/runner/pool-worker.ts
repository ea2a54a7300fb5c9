/**
 * The model's Web Worker: the one worker body (worker-body.ts) on the worker's own message port.
 * Started by the pool (browser-workers.ts); Vite bundles it from there.
 */
import type { WorkerRequest } from './protocol';
import { createWorkerBody } from './worker-body';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createWorkerBody((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event: MessageEvent<WorkerRequest>) => handle(event.data);
