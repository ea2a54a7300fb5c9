/**
 * React hook: the runs a revealed round is shown with — the session up to the end of that round,
 * and the same months with no team decisions (business as usual) — read with the session's
 * shared weights, as the debrief reads them (debrief.ts). The reveal screen and the projector
 * both show these, so a re-weighing in the debrief is what every later view of a round shows.
 */
import { useMemo } from 'react';
import type { RunResult } from '../../../models/index';
import { reweighResult } from '../../../scenarios/index-weights';
import { useRun, type RunProgress, type RunQueue } from '../../runner/index';
import { sessionRunInput } from './session/engine';
import type { Session } from './session/session';
import { sessionWeights } from './session/team-weights';
import { readingName, type StateReadingName } from '../../shared/weights/reading';

export interface RoundRuns {
  /** Both runs, once both are in. */
  readonly ready: { readonly run: RunResult; readonly plain: RunResult } | null;
  readonly error: string | null;
  readonly progress: RunProgress | null;
  /** The reading of State security the shared weights are (the plane's axis names it). */
  readonly reading: StateReadingName;
}

export function useRoundRuns(queue: RunQueue, session: Session, round: number): RoundRuns {
  const runInput = useMemo(() => sessionRunInput(session, round), [session, round]);
  const plainInput = useMemo(() => sessionRunInput(session, round, { plain: true }), [session, round]);
  const run = useRun(queue, runInput);
  const plain = useRun(queue, plainInput);
  const weights = useMemo(() => sessionWeights(session), [session]);
  const ready = useMemo(
    () => (run.result && plain.result ? { run: reweighResult(run.result, weights), plain: reweighResult(plain.result, weights) } : null),
    [run.result, plain.result, weights],
  );
  return { ready, error: run.error ?? plain.error ?? null, progress: run.progress ?? plain.progress ?? null, reading: readingName(weights) };
}
