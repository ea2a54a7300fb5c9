/**
 * React hooks: a run service for the life of a view, in the browser's Web Workers, and the two
 * policies on it. The service is made once per mounted view; when the view goes, its runs are
 * cancelled and its workers stopped (a view mounted again — React's strict mode does that —
 * starts fresh workers on its first request).
 */
import { useEffect, useState } from 'react';
import { RunQueue } from './every-request';
import { WorkerPool } from './pool';
import { ResultStore } from './result-store';
import { RunService } from './run-service';

export interface ServiceOptions {
  /** Workers in the pool (default: one per core, see browser-workers.ts). */
  readonly workers?: number;
  /** The store to keep results in (default: one of the view's own, of `storeBytes`). */
  readonly store?: ResultStore;
  readonly storeBytes?: number;
  /** Start the workers at once rather than on the first request, and let each warm up the model. */
  readonly prepare?: boolean;
}

export function useRunService({ workers, store, storeBytes, prepare = false }: ServiceOptions = {}): RunService {
  const [service] = useState(() => new RunService(new WorkerPool({ size: workers, warmUp: prepare }), store ?? new ResultStore(storeBytes)));
  useEffect(() => {
    if (prepare) service.prepare();
    return () => service.stop();
  }, [service, prepare]);
  return service;
}

/** "Every request counts" on a service of the view's own. */
export function useRunQueue(options: ServiceOptions = {}): RunQueue {
  const service = useRunService(options);
  const [queue] = useState(() => new RunQueue(service));
  return queue;
}
