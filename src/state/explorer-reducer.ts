/**
 * How the explorer's settings change: one action per thing a user can do. Immer keeps the
 * updates short and the state immutable, so React can tell what changed by reference.
 */
import { produce } from 'immer';
import { defaultSettings, findDefaults, sameLeverValue, snapToStep, type ExplorerSettings, type SettingsContext } from './settings';

export type ExplorerAction =
  | { readonly type: 'setLever'; readonly key: string; readonly value: number }
  | { readonly type: 'resetLever'; readonly key: string }
  | { readonly type: 'resetLevers' }
  | { readonly type: 'setScenario'; readonly scenarioId: string }
  | { readonly type: 'setRunSize'; readonly seed: number; readonly agents: number; readonly months: number }
  | { readonly type: 'replace'; readonly settings: ExplorerSettings };

export function explorerReducer(ctx: SettingsContext) {
  const specs = new Map(ctx.levers.map((l) => [l.key, l]));
  return (state: ExplorerSettings, action: ExplorerAction): ExplorerSettings =>
    produce(state, (draft) => {
      switch (action.type) {
        case 'setLever': {
          const spec = specs.get(action.key);
          if (!spec || !Number.isFinite(action.value)) return;
          const value = snapToStep(spec, action.value);
          const start = findDefaults(ctx, state.scenarioId).startLevers[spec.key] ?? spec.defaultValue;
          // Back at the scenario's own value, the lever follows the scenario again (timeline included).
          if (sameLeverValue(spec, value, start)) delete draft.overrides[spec.key];
          else draft.overrides[spec.key] = value;
          return;
        }
        case 'resetLever':
          delete draft.overrides[action.key];
          return;
        case 'resetLevers':
          draft.overrides = {};
          return;
        case 'setScenario': {
          const next = defaultSettings(ctx, action.scenarioId);
          // A new scenario starts as loaded; the run's seed and number of agents stay the user's.
          return { ...next, seed: state.seed, agents: state.agents };
        }
        case 'setRunSize':
          draft.seed = action.seed;
          draft.agents = action.agents;
          draft.months = action.months;
          return;
        case 'replace':
          return action.settings;
      }
    });
}
