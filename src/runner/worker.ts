/**
 * The model's Web Worker. It only relays: a run request in, progress and the result (or an
 * error) out, each reply tagged with the request's id. All logic lives in models/ (the model)
 * and worker-runner.ts (supersession and cancellation, done by terminating this worker).
 */
import { runModel } from '../../models/index';
import type { WorkerReply, WorkerRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: WorkerReply): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type !== 'run') return;
  const { id } = request;
  try {
    const result = runModel(request.input, (month, total) => reply({ type: 'progress', id, month, total }));
    reply({ type: 'result', id, result });
  } catch (error) {
    reply({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
};
