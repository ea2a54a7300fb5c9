/**
 * Workers for the pool in Node: worker threads running the one worker body, adapted to the part
 * of the Web Worker API the pool uses. The command line's sweep runs on these; never imported by
 * the app (it is Node-only).
 */
import { Worker } from 'node:worker_threads';
import type { WorkerFactory, WorkerLike, WorkerReply } from './protocol';

const BOOTSTRAP = new URL('./thread-bootstrap.mjs', import.meta.url);

export function nodeThreadWorkers(): WorkerFactory {
  return () => {
    const thread = new Worker(BOOTSTRAP);
    let stopped = false;
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(message, transfer) {
        thread.postMessage(message, transfer as ArrayBuffer[] | undefined);
      },
      terminate() {
        stopped = true;
        void thread.terminate();
      },
    };
    const fail = (message: string) => worker.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
    thread.on('message', (data: WorkerReply) => worker.onmessage?.({ data } as MessageEvent<WorkerReply>));
    thread.on('error', (error) => fail(error.message));
    thread.on('exit', (code) => {
      if (!stopped) fail(`the worker thread stopped (exit code ${code})`);
    });
    return worker;
  };
}
