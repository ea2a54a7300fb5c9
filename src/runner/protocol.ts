/**
 * Messages between the page and the model worker. Every request carries an id and every reply
 * echoes it, so the client can tell a reply to the current request from a late reply to one it
 * has since abandoned.
 */
import type { RunInput, RunResult } from '../../models/index';

export interface RunMessage {
  readonly type: 'run';
  readonly id: number;
  readonly input: RunInput;
}

export type WorkerRequest = RunMessage;

export interface ProgressReply {
  readonly type: 'progress';
  readonly id: number;
  readonly month: number;
  readonly total: number;
}

export interface ResultReply {
  readonly type: 'result';
  readonly id: number;
  readonly result: RunResult;
}

export interface ErrorReply {
  readonly type: 'error';
  readonly id: number;
  readonly message: string;
}

export type WorkerReply = ProgressReply | ResultReply | ErrorReply;
