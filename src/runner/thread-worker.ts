/**
 * A Node worker thread running the one worker body (worker-body.ts), for the command line's
 * pool (node-threads.ts). Started through thread-bootstrap.mjs, which registers tsx first.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerRequest } from './protocol';
import { createWorkerBody } from './worker-body';

const port = parentPort;
if (!port) throw new Error('src/runner/thread-worker.ts must be started as a worker thread');
const handle = createWorkerBody((message, transfer) => port.postMessage(message, transfer as ArrayBuffer[]));
port.on('message', (request: WorkerRequest) => handle(request));
