/**
 * React hook: the effect of every decision of the session (one counterfactual run per decision,
 * each the session without that decision), worked out in the worker after the debrief opens,
 * with progress. Results are kept for the session they were computed for.
 */
import { useEffect, useState } from 'react';
import type { RunInput, RunResult } from '../../../models/index';
import { errorMessage, isRunCancelled, type RunQueue } from '../../runner/index';
import { EFFECT_OUTPUTS } from './session/figures';
import { decisionEffects, type DecisionEffect } from './session/scoring';
import type { Session } from './session/session';

export interface EffectsState {
  readonly effects: readonly DecisionEffect[] | null;
  readonly done: number;
  readonly total: number;
  readonly error: string | null;
}

/** How many counterfactual runs the debrief needs: one per decision that changed something. */
export function countDecisions(session: Session, upToRound: number): number {
  let n = 0;
  for (let k = 0; k <= upToRound; k++) for (const t of session.teams) if (Object.keys(session.rounds[k]?.decisions[t.id] ?? {}).length > 0) n++;
  return n;
}

export function useDecisionEffects(queue: RunQueue, session: Session, upToRound: number, actual: RunResult | null): EffectsState {
  const total = upToRound >= 0 ? countDecisions(session, upToRound) : 0;
  const [state, setState] = useState<{ for: Session | null; actual: RunResult | null; effects: DecisionEffect[] | null; done: number; error: string | null }>({
    for: null,
    actual: null,
    effects: null,
    done: 0,
    error: null,
  });
  useEffect(() => {
    if (!actual || upToRound < 0) return;
    let live = true;
    let done = 0;
    const run = async (input: RunInput) => {
      const result = await queue.run(input);
      done++;
      if (live) setState({ for: session, actual, effects: null, done, error: null });
      return result;
    };
    decisionEffects(session, upToRound, actual, EFFECT_OUTPUTS, run).then(
      (effects) => live && setState({ for: session, actual, effects, done, error: null }),
      (error: unknown) => {
        if (live && !isRunCancelled(error)) setState({ for: session, actual, effects: null, done, error: errorMessage(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [queue, session, upToRound, actual]);
  const current = state.for === session && state.actual === actual;
  return { effects: current ? state.effects : null, done: current ? state.done : 0, total, error: current ? state.error : null };
}
