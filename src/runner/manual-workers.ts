/**
 * Workers for tests of the policies: they run nothing until the test says a request is done (or
 * failed, or reports progress), so a test can set up any race between requests and replies.
 * Replies carry whatever the test gives; the pool matches them by request id like any others.
 */
import type { RunResult } from '../../models/index';
import type { RunMessage, WorkerFactory, WorkerLike, WorkerReply, WorkerRequest } from './protocol';

interface ManualWorker extends WorkerLike {
  readonly runs: RunMessage[];
  terminated: boolean;
}

export class ManualWorkers {
  readonly workers: ManualWorker[] = [];
  private readonly answered = new Set<RunMessage>();

  readonly factory: WorkerFactory = () => {
    const worker: ManualWorker = {
      runs: [],
      terminated: false,
      onmessage: null,
      onerror: null,
      postMessage(message: WorkerRequest) {
        if (message.type === 'run') worker.runs.push(message);
      },
      terminate() {
        worker.terminated = true;
      },
    };
    this.workers.push(worker);
    return worker;
  };

  /** Every run request posted so far, in order, with the seed of each. */
  get seeds(): number[] {
    return this.posted.map((m) => m.input.seed ?? 0);
  }

  get posted(): RunMessage[] {
    return this.workers.flatMap((w) => w.runs).sort((a, b) => a.id - b.id);
  }

  /** The oldest unanswered run of this seed on a live worker. */
  private live(seed: number): { worker: ManualWorker; message: RunMessage } {
    for (const message of this.posted) {
      const worker = this.workers.find((w) => w.runs.includes(message))!;
      if (!worker.terminated && !this.answered.has(message) && (message.input.seed ?? 0) === seed) return { worker, message };
    }
    throw new Error(`no run of seed ${seed} in flight`);
  }

  private reply(worker: ManualWorker, data: WorkerReply): void {
    worker.onmessage?.({ data } as MessageEvent<WorkerReply>);
  }

  /** Is a run of this seed in flight on a live worker? */
  running(seed: number): boolean {
    try {
      this.live(seed);
      return true;
    } catch {
      return false;
    }
  }

  finish(seed: number, result: RunResult = fakeResult(seed)): void {
    const { worker, message } = this.live(seed);
    this.answered.add(message);
    this.reply(worker, { type: 'result', id: message.id, run: result, timing: { populationMs: 0, runMs: 1, populationReused: true } });
  }

  fail(seed: number, text: string): void {
    const { worker, message } = this.live(seed);
    this.answered.add(message);
    this.reply(worker, { type: 'error', id: message.id, message: text });
  }

  progress(seed: number, month: number, total: number): void {
    const { worker, message } = this.live(seed);
    this.reply(worker, { type: 'progress', id: message.id, month, total });
  }
}

/** A stand-in result that says which seed it is for. */
export function fakeResult(seed: number): RunResult {
  return { modelVersion: 'test', seed, agents: 1, levers: {}, months: [], summary: {} } as unknown as RunResult;
}
