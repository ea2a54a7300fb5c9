/**
 * The one message protocol between a pool and its workers (Web Workers in the browser, worker
 * threads in Node, or the calling thread in tests). Every run request carries an id that each of
 * its replies echoes, so a reply is matched to its request whatever order the workers finish in,
 * and a late reply to a request given up on is recognised and dropped.
 */
import type { RunInput, RunResult } from '../../models/index';
import type { CompactRun } from './compact-run';
import type { RunShape, RunTiming } from './types';

export interface ConfigMessage {
  readonly type: 'config';
  /** How many bytes of drawn populations this worker may keep. */
  readonly populationBytes: number;
  /** Run a tiny model first, so that the first real run does not run cold (worker-body.ts). */
  readonly warmUp?: boolean;
  /** Report progress of a run only after this long, and then at most this often (progress-gate.ts); defaults there. */
  readonly progressAfterMs?: number;
  readonly progressEveryMs?: number;
}

export interface RunMessage {
  readonly type: 'run';
  readonly id: number;
  /** A run input without `population`: the worker draws or reuses its own. */
  readonly input: RunInput;
  readonly shape: RunShape;
  /** Whether to send progress replies (for slow runs only). */
  readonly progress: boolean;
}

/**
 * Several runs of one seed, size and calibration whose levers agree in month 0, run together so
 * that the months they share are simulated once (models/run.ts, runBranches). Each is answered
 * on its own id as it finishes; none sends progress.
 */
export interface RunGroupMessage {
  readonly type: 'runs';
  readonly runs: readonly RunMessage[];
}

export type WorkerRequest = ConfigMessage | RunMessage | RunGroupMessage;

export interface ProgressReply {
  readonly type: 'progress';
  readonly id: number;
  readonly month: number;
  readonly total: number;
}

export interface ResultReply {
  readonly type: 'result';
  readonly id: number;
  /** A RunResult for shape 'full', else a CompactRun (its buffers transferred). */
  readonly run: RunResult | CompactRun;
  readonly timing: RunTiming;
}

export interface ErrorReply {
  readonly type: 'error';
  readonly id: number;
  readonly message: string;
}

export type WorkerReply = ProgressReply | ResultReply | ErrorReply;

/** What a pool needs of a worker: the part of the Web Worker API it uses. */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type WorkerFactory = () => WorkerLike;
