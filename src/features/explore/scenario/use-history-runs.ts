/**
 * React hook: the history check's five runs of the user's settings, in the batch worker, redone
 * when the settings change (after a drag pauses). The last panels stay on screen while newer
 * ones compute, marked as updating.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../../../../scenarios/format';
import { useSettledValue } from '../use-settled-value';
import { errorMessage, isRunCancelled, type BatchProgress, type RunQueue } from '../../../runner/index';
import type { ExplorerSettings } from '../../../shared/settings/settings';
import { hasHistory, historyPanels, historyRuns, type HistoryPanel } from './history-data';

export interface HistoryState {
  readonly panels: readonly HistoryPanel[] | null;
  /** The seeds and size the panels were computed with. */
  readonly shown: { readonly seed: number; readonly agents: number; readonly changed: boolean } | null;
  readonly progress: BatchProgress | null;
  readonly error: string | null;
}

const SETTLING = { quietMs: 300, maxWaitMs: 1_500 } as const;
const EMPTY: HistoryState = { panels: null, shown: null, progress: null, error: null };

export function useHistoryRuns(queue: RunQueue, scenario: Scenario, settings: ExplorerSettings, changed: boolean): HistoryState {
  const wanted = useMemo(() => (hasHistory(scenario) ? { scenario, settings, changed, runs: historyRuns(scenario, settings) } : null), [scenario, settings, changed]);
  const batch = useSettledValue(wanted, SETTLING);
  const batchKey = batch ? batch.runs.map((r) => r.key).join('|') : '';
  const [state, setState] = useState<{ scenarioId: string; value: HistoryState }>({ scenarioId: scenario.id, value: EMPTY });

  useEffect(() => {
    if (!batch) return;
    const controller = new AbortController();
    const id = batch.scenario.id;
    const update = (f: (v: HistoryState) => HistoryState) =>
      setState((s) => ({ scenarioId: id, value: f(s.scenarioId === id ? s.value : EMPTY) }));
    update((v) => ({ ...v, progress: { done: 0, total: batch.runs.length }, error: null }));
    queue.runAll(batch.runs.map((r) => r.input), { signal: controller.signal, onProgress: (p) => update((v) => ({ ...v, progress: p })) }).then(
      ({ runs }) =>
        update(() => ({
          panels: historyPanels(batch.scenario, runs),
          shown: { seed: batch.settings.seed, agents: batch.settings.agents, changed: batch.changed },
          progress: null,
          error: null,
        })),
      (error: unknown) => {
        if (!isRunCancelled(error)) update((v) => ({ ...v, progress: null, error: errorMessage(error) }));
      },
    );
    return () => controller.abort();
    // The batch's key says everything about its runs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queue, batchKey]);

  return state.scenarioId === scenario.id ? state.value : EMPTY;
}
