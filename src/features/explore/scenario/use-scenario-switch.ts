/**
 * React hook: loading another scenario, from the list or from a file (button or drop), through
 * the flow in import-flow.ts — files are read and validated first, a failure changes nothing,
 * and a switch that would drop the user's work waits for their confirmation.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../../../scenarios/format';
import type { ExplorerStateAction } from '../state/explorer-state';
import type { ExplorerSettings } from '../../../shared/settings/settings';
import { BUILT_IN_IDS } from '../state/use-explorer-settings';
import { fileTooLarge, flowStep, IDLE_FLOW, workOf, type FlowEvent, type FlowState, type SwitchTarget } from './import-flow';

interface SwitchOptions {
  readonly settings: ExplorerSettings;
  readonly find: (id: string) => Scenario | undefined;
  readonly dispatch: (action: ExplorerStateAction) => void;
  /** Called after a scenario has been loaded (to open its story). */
  readonly onLoaded: () => void;
}

export interface ScenarioSwitch {
  readonly flow: FlowState;
  readonly choose: (id: string) => void;
  readonly importFile: (file: File) => void;
  readonly confirm: () => void;
  readonly cancel: () => void;
  readonly dismiss: () => void;
}

export function useScenarioSwitch({ settings, find, dispatch, onLoaded }: SwitchOptions): ScenarioSwitch {
  const [flow, setFlow] = useState<FlowState>(IDLE_FLOW);
  const current = useRef({ flow, settings, onLoaded });
  useEffect(() => {
    current.current = { flow, settings, onLoaded };
  });

  const step = useCallback(
    (event: FlowEvent) => {
      const { state, apply } = flowStep(current.current.flow, event);
      current.current = { ...current.current, flow: state };
      setFlow(state);
      if (!apply) return;
      carryOut(apply, dispatch);
      current.current.onLoaded();
    },
    [dispatch],
  );

  const choose = useCallback(
    (id: string) => {
      const scenario = find(id);
      if (scenario) step({ type: 'choose', target: { kind: 'scenario', id, title: scenario.title }, work: workOf(current.current.settings) });
    },
    [find, step],
  );

  const importFile = useCallback(
    (file: File) => {
      const tooLarge = fileTooLarge(file.name, file.size);
      if (tooLarge) return step({ type: 'rejected', problem: tooLarge });
      // The decoder loads with the file (not with the page).
      Promise.all([file.text(), import('./read-scenario-file')]).then(
        ([text, { readScenarioFile }]) => {
          const outcome = readScenarioFile(file.name, text, BUILT_IN_IDS);
          if (!outcome.ok) return step({ type: 'rejected', problem: outcome.problem });
          const target: SwitchTarget = { kind: 'file', scenario: outcome.scenario, fileName: file.name, ...(outcome.renamedFrom ? { renamedFrom: outcome.renamedFrom } : {}) };
          step({ type: 'choose', target, work: workOf(current.current.settings) });
        },
        (error: unknown) =>
          step({ type: 'rejected', problem: { fileName: file.name, message: `(file): could not be read (${error instanceof Error ? error.message : String(error)})`, path: '(file)' } }),
      );
    },
    [step],
  );

  return {
    flow,
    choose,
    importFile,
    confirm: useCallback(() => step({ type: 'confirm' }), [step]),
    cancel: useCallback(() => step({ type: 'cancel' }), [step]),
    dismiss: useCallback(() => step({ type: 'dismiss' }), [step]),
  };
}

function carryOut(target: SwitchTarget, dispatch: (action: ExplorerStateAction) => void): void {
  if (target.kind === 'scenario') dispatch({ type: 'setScenario', scenarioId: target.id });
  else dispatch({ type: 'importScenario', scenario: target.scenario });
}
