/**
 * React hook: run the model for one input in a Web Worker and follow its progress. A new input
 * supersedes the previous run; unmounting cancels it (and stops the worker).
 */
import { useEffect, useState } from 'react';
import type { RunInput, RunResult } from '../models/index';
import { isRunCancelled } from './runner/types';
import { WorkerRunner } from './runner/worker-runner';

export type RunState =
  | { readonly status: 'running'; readonly month: number; readonly total: number }
  | { readonly status: 'done'; readonly result: RunResult }
  | { readonly status: 'error'; readonly message: string };

export function useModelRun(input: RunInput, expectedMonths: number): RunState {
  const [state, setState] = useState<RunState>({ status: 'running', month: 0, total: expectedMonths });

  useEffect(() => {
    const runner = new WorkerRunner();
    runner
      .run({ input, onProgress: ({ month, total }) => setState({ status: 'running', month, total }) })
      .then((result) => setState({ status: 'done', result }))
      .catch((error: unknown) => {
        if (isRunCancelled(error)) return;
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => runner.dispose();
  }, [input]);

  return state;
}
