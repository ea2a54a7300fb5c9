/**
 * Workers for the pool in Node: worker threads running the one worker body, adapted to the part
 * of the Web Worker API the pool uses. The command line's sweep runs on these; never imported by
 * the app (it is Node-only).
 *
 * Start-up: a worker thread cannot load TypeScript by itself. Registering tsx's hooks in every
 * thread (thread-bootstrap.mjs) made each thread resolve and transpile the model's ~60 modules
 * through the hooks again: about 0.5 s a thread on an idle 2-core machine, several seconds when it
 * is busy, paid before the first run of every sweep. So the worker's code is bundled once per
 * process, in memory, with esbuild (which tsx itself runs on, so it is the same transpiler and
 * the same JavaScript), and each thread evaluates that one script. If bundling fails for any
 * reason the threads fall back to the tsx bootstrap: slower to start, same results.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import type { WorkerFactory, WorkerLike, WorkerReply } from './protocol';

const ENTRY = new URL('./thread-worker.ts', import.meta.url);
const BOOTSTRAP = new URL('./thread-bootstrap.mjs', import.meta.url);

/** The worker's code as one CommonJS script, built on first use; null if it could not be built. */
let bundled: string | null | undefined;

export function threadWorkerScript(): string | null {
  if (bundled !== undefined) return bundled;
  try {
    const out = buildSync({ entryPoints: [fileURLToPath(ENTRY)], bundle: true, format: 'cjs', platform: 'node', target: 'node20', write: false, logLevel: 'silent' });
    bundled = out.outputFiles[0]?.text ?? null;
  } catch {
    bundled = null;
  }
  return bundled;
}

function startThread(): Worker {
  const script = threadWorkerScript();
  return script !== null ? new Worker(script, { eval: true }) : new Worker(BOOTSTRAP);
}

export function nodeThreadWorkers(): WorkerFactory {
  return () => {
    const thread = startThread();
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
