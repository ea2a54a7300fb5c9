/**
 * How the explorer's settings change: one action per thing a user can do. Immer keeps the
 * updates short and the state immutable, so React can tell what changed by reference.
 */
import { produce } from 'immer';
import { aimableRoutes, ROUTES, type IndexWeights, type LeverSpec, type RouteId } from '../../../../models/index';
import { sameWeights, usableWeights } from '../../../../scenarios/index-weights';
import { aimOf, defaultSettings, findDefaults, routeStart, sameLeverValue, snapToStep, weightsOf, type ExplorerSettings, type SettingsContext } from '../../../shared/settings/settings';
import { isReference, type Reference } from '../../../shared/settings/reference';
import { DEFAULT_SPREAD_SEEDS, isSpreadSeeds, type SpreadSeeds } from '../../../shared/settings/spread-seeds';
import { cleanChange, editableChanges, isValidChange, MAX_TIMELINE_CHANGES, normaliseEdited, type TimelineChange } from '../../../shared/settings/timeline';

export type ExplorerAction =
  | { readonly type: 'setLever'; readonly key: string; readonly value: number }
  | { readonly type: 'resetLever'; readonly key: string }
  /** Aim a lever at one route (fixing it there at its current value) or, with no route, at every route again. */
  | { readonly type: 'aimLever'; readonly key: string; readonly route: RouteId | undefined }
  | { readonly type: 'resetLevers' }
  | { readonly type: 'setScenario'; readonly scenarioId: string }
  /** The run's size, and (when given) how many seeds the headline is refined over (spread-seeds.ts). */
  | { readonly type: 'setRunSize'; readonly seed: number; readonly agents: number; readonly months: number; readonly spreadSeeds?: SpreadSeeds }
  /** Timeline edits: `index` counts the editable changes (months 2 onwards), in their order. */
  | { readonly type: 'addChange'; readonly change: TimelineChange }
  | { readonly type: 'updateChange'; readonly index: number; readonly change: TimelineChange }
  | { readonly type: 'removeChange'; readonly index: number }
  | { readonly type: 'resetTimeline' }
  | { readonly type: 'replace'; readonly settings: ExplorerSettings }
  /** The weights the indices are read with (no new run: the indices are recomputed from its terms). */
  | { readonly type: 'setWeights'; readonly weights: IndexWeights }
  /** What the figures are compared with (no new run of the user's settings; the reference lane runs). */
  | { readonly type: 'setReference'; readonly reference: Reference };

export function explorerReducer(ctx: SettingsContext) {
  const specs: ReadonlyMap<string, LeverSpec> = new Map(ctx.levers.map((l) => [l.key, l]));
  return (state: ExplorerSettings, action: ExplorerAction): ExplorerSettings => {
    if (isTimelineAction(action)) return editTimeline(state, action);
    if (action.type === 'replace') return action.settings;
    if (action.type === 'setWeights') {
      if (!usableWeights(action.weights)) return state;
      const { weights: _old, ...rest } = state;
      // Back at the scenario's own weights, the settings hold none (the link stays short).
      return sameWeights(action.weights, weightsOf(ctx, { scenarioId: state.scenarioId })) ? rest : { ...rest, weights: action.weights };
    }
    if (action.type === 'setReference') return isReference(action.reference) ? { ...state, reference: action.reference } : state;
    if (action.type === 'setScenario') {
      const next = defaultSettings(ctx, action.scenarioId);
      // A new scenario starts as loaded (its own timeline); the run's seed and number of agents stay the user's.
      // The user's weights, chosen reference and seeds of the headline stay too: they are ways of reading any scenario's results.
      const kept = { ...next, seed: state.seed, agents: state.agents };
      const weighed = state.weights ? { ...kept, weights: state.weights } : kept;
      const referred = state.reference ? { ...weighed, reference: state.reference } : weighed;
      return state.spreadSeeds !== undefined ? { ...referred, spreadSeeds: state.spreadSeeds } : referred;
    }
    return produce(state, (draft) => {
      switch (action.type) {
        case 'setLever': {
          const spec = specs.get(action.key);
          if (!spec || !Number.isFinite(action.value)) return;
          const value = snapToStep(spec, action.value);
          const start = findDefaults(ctx, state.scenarioId).startLevers[spec.key] ?? spec.defaultValue;
          // An aimed lever stays aimed (and fixed on its route) until it is reset or aimed at every route.
          if (aimOf(state, spec.key) !== undefined) draft.overrides[spec.key] = value;
          // Back at the scenario's own value, the lever follows the scenario again (timeline included).
          else if (sameLeverValue(spec, value, start)) delete draft.overrides[spec.key];
          else draft.overrides[spec.key] = value;
          return;
        }
        case 'aimLever': {
          const spec = specs.get(action.key);
          if (!spec) return;
          const defaults = findDefaults(ctx, state.scenarioId);
          const routes = ROUTES.filter((r) => (defaults.routes ?? ROUTES.map((x) => x.id)).includes(r.id));
          if (action.route === undefined) {
            if (draft.aims) delete draft.aims[spec.key];
            const value = state.overrides[spec.key];
            if (value !== undefined && sameLeverValue(spec, value, routeStart(defaults, spec.key, undefined, spec.defaultValue))) delete draft.overrides[spec.key];
          } else {
            if (!aimableRoutes(spec.key, routes).includes(action.route)) return;
            // Aimed, the slider starts from the lever's value on that route: the user's, or the scenario's there.
            draft.overrides[spec.key] = state.overrides[spec.key] ?? routeStart(defaults, spec.key, action.route, spec.defaultValue);
            draft.aims = { ...draft.aims, [spec.key]: action.route };
          }
          if (draft.aims && Object.keys(draft.aims).length === 0) delete draft.aims;
          return;
        }
        case 'resetLever':
          delete draft.overrides[action.key];
          if (draft.aims) {
            delete draft.aims[action.key];
            if (Object.keys(draft.aims).length === 0) delete draft.aims;
          }
          return;
        case 'resetLevers':
          draft.overrides = {};
          delete draft.aims;
          return;
        case 'setRunSize':
          draft.seed = action.seed;
          draft.agents = action.agents;
          draft.months = action.months;
          // Back at the default, the settings hold none (the link stays as it was); a value not on the list changes nothing.
          if (action.spreadSeeds === DEFAULT_SPREAD_SEEDS) delete draft.spreadSeeds;
          else if (isSpreadSeeds(action.spreadSeeds)) draft.spreadSeeds = action.spreadSeeds;
          return;
      }
    });
  };

  /** A timeline edit; an invalid one changes nothing, and a list back to the scenario's own is forgotten. */
  function editTimeline(state: ExplorerSettings, action: TimelineAction): ExplorerSettings {
    const own = findDefaults(ctx, state.scenarioId).timeline;
    const list = [...(state.timeline ?? editableChanges(own))];
    const inRange = (i: number) => Number.isInteger(i) && i >= 0 && i < list.length;
    switch (action.type) {
      case 'addChange':
        if (list.length >= MAX_TIMELINE_CHANGES || !isValidChange(action.change, specs)) return state;
        list.push(cleanChange(action.change));
        break;
      case 'updateChange':
        if (!inRange(action.index) || !isValidChange(action.change, specs)) return state;
        list[action.index] = cleanChange(action.change);
        break;
      case 'removeChange':
        if (!inRange(action.index)) return state;
        list.splice(action.index, 1);
        break;
      case 'resetTimeline':
        if (state.timeline === undefined) return state;
        return withTimeline(state, undefined);
    }
    return withTimeline(state, normaliseEdited(own, list));
  }
}

type TimelineAction = Extract<ExplorerAction, { type: 'addChange' | 'updateChange' | 'removeChange' | 'resetTimeline' }>;

function isTimelineAction(action: ExplorerAction): action is TimelineAction {
  return action.type === 'addChange' || action.type === 'updateChange' || action.type === 'removeChange' || action.type === 'resetTimeline';
}

function withTimeline(state: ExplorerSettings, timeline: readonly TimelineChange[] | undefined): ExplorerSettings {
  const { timeline: _old, ...rest } = state;
  void _old;
  return timeline === undefined ? rest : { ...rest, timeline };
}
