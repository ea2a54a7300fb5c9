/**
 * React hook: the explorer's queue for batches of runs (claims, history), on a Web Worker of its
 * own so that the two live lanes are never interrupted. The hook returns a getter: the queue is
 * made on first use (its worker starts with the first run) and released on unmount; a getter
 * called after that makes a fresh one, as React's strict mode remounts components.
 */
import { useCallback, useEffect, useRef } from 'react';
import { RunQueue } from '../runner/run-queue';
import { WorkerRunner } from '../runner/worker-runner';

export type QueueGetter = () => RunQueue;

export function useRunQueue(): QueueGetter {
  const queue = useRef<RunQueue | null>(null);
  useEffect(
    () => () => {
      queue.current?.dispose();
      queue.current = null;
    },
    [],
  );
  return useCallback(() => (queue.current ??= new RunQueue(new WorkerRunner())), []);
}
