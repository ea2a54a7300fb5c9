/**
 * React hook: checking a scenario's claims on demand, in the batch worker, with progress. A
 * check belongs to one scenario: choosing another abandons it and clears the verdicts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../../../scenarios/format';
import { errorMessage, isRunCancelled, type BatchProgress, type RunQueue } from '../../../runner/index';
import type { ExplorerSettings } from '../../../shared/settings/settings';
import { judgeClaims, planClaimRuns, type ClaimTarget, type ClaimVerdict } from './claims-check';

export type ClaimCheck =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly target: ClaimTarget; readonly progress: BatchProgress }
  | {
      readonly status: 'done';
      readonly target: ClaimTarget;
      readonly verdicts: readonly ClaimVerdict[];
      readonly missing: readonly string[];
      /** The settings checked (for target `yours`: stale once they change). */
      readonly forSettings: ExplorerSettings;
    }
  | { readonly status: 'error'; readonly target: ClaimTarget; readonly message: string };

const IDLE: ClaimCheck = { status: 'idle' };

export function useClaimsCheck(queue: RunQueue, scenario: Scenario, find: (id: string) => Scenario | undefined, settings: ExplorerSettings) {
  const [check, setCheck] = useState<{ scenarioId: string; state: ClaimCheck }>({ scenarioId: scenario.id, state: IDLE });
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    return () => abort.current?.abort();
  }, [scenario.id]);

  const run = useCallback(
    (target: ClaimTarget) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      const plan = planClaimRuns(scenario, find, target, settings);
      const set = (state: ClaimCheck) => {
        if (!controller.signal.aborted) setCheck({ scenarioId: scenario.id, state });
      };
      set({ status: 'running', target, progress: { done: 0, total: plan.runs.length } });
      const inputs = plan.runs.map((r) => r.input);
      queue.runAll(inputs, { signal: controller.signal, onProgress: (progress) => set({ status: 'running', target, progress }) }).then(
        ({ runs }) => set({ status: 'done', target, verdicts: judgeClaims(scenario, plan, runs), missing: plan.missing, forSettings: settings }),
        (error: unknown) => {
          if (!isRunCancelled(error)) set({ status: 'error', target, message: errorMessage(error) });
        },
      );
    },
    [queue, scenario, find, settings],
  );

  // Verdicts for another scenario are never shown.
  const state = check.scenarioId === scenario.id ? check.state : IDLE;
  return { check: state, run };
}
