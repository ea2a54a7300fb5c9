/**
 * The model's Web Worker. It only relays: a run request in, progress (for slow runs only, see
 * progress-gate.ts) and the result (or an error) out, each reply tagged with the request's id.
 * All logic lives in models/ (the model) and worker-runner.ts (supersession and cancellation,
 * done by terminating this worker).
 */
import { runModel } from '../../models/index';
import { progressGate } from './progress-gate';
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
    const report = progressGate(() => performance.now());
    const result = runModel(request.input, (month, total) => {
      if (report(month, total)) reply({ type: 'progress', id, month, total });
    });
    reply({ type: 'result', id, result });
  } catch (error) {
    reply({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
};
