/**
 * The explorer's whole state: its settings (what a link holds) and the user's imported
 * scenarios, which extend the list of scenarios the settings may name. One reducer for both, so
 * that importing a file and starting it happen in one step, against a settings context that
 * already knows the new scenario.
 */
import { BUILT_IN_SCENARIOS } from '../../../shared/built-in-scenarios';
import type { Scenario } from '../../../../scenarios/format';
import { makeSettingsContext } from '../../../shared/settings/context';
import { explorerReducer, type ExplorerAction } from './explorer-reducer';
import { addToLibrary } from '../../../shared/settings/library-list';
import type { ExplorerSettings, SettingsContext } from '../../../shared/settings/settings';

export interface ExplorerState {
  readonly settings: ExplorerSettings;
  /** Scenarios imported from files, oldest first. */
  readonly library: readonly Scenario[];
}

export type ExplorerStateAction = ExplorerAction | { readonly type: 'importScenario'; readonly scenario: Scenario };

export interface ScenarioSet {
  /** Built-in scenarios, then the user's. */
  readonly all: readonly Scenario[];
  readonly context: SettingsContext;
}

/** Scenarios and settings context for a library; memoised per library, so the same list gives the same objects. */
export function scenarioSet(builtIn: readonly Scenario[] = BUILT_IN_SCENARIOS) {
  const sets = new WeakMap<readonly Scenario[], ScenarioSet>();
  return (library: readonly Scenario[]): ScenarioSet => {
    let set = sets.get(library);
    if (!set) {
      const all = [...builtIn, ...library.filter((s) => !builtIn.some((b) => b.id === s.id))];
      set = { all, context: makeSettingsContext(all) };
      sets.set(library, set);
    }
    return set;
  };
}

export function explorerStateReducer(setOf: (library: readonly Scenario[]) => ScenarioSet) {
  const reducers = new WeakMap<SettingsContext, ReturnType<typeof explorerReducer>>();
  const reducerFor = (ctx: SettingsContext) => {
    let r = reducers.get(ctx);
    if (!r) reducers.set(ctx, (r = explorerReducer(ctx)));
    return r;
  };
  return (state: ExplorerState, action: ExplorerStateAction): ExplorerState => {
    if (action.type === 'importScenario') {
      const library = addToLibrary(state.library, action.scenario);
      const settings = reducerFor(setOf(library).context)(state.settings, { type: 'setScenario', scenarioId: action.scenario.id });
      return { library, settings };
    }
    const settings = reducerFor(setOf(state.library).context)(state.settings, action);
    return settings === state.settings ? state : { ...state, settings };
  };
}
