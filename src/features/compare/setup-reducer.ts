/**
 * How the compare setup changes: one action per thing a user can do. Immer keeps the updates
 * short and the state immutable. Actions that would break the setup's rules (a seventh mix, the
 * same mix twice, a value out of range) leave it as it is; the page explains beforehand.
 */
import { produce, type Draft } from 'immer';
import { DEFAULT_WEIGHTS, type IndexWeights, type OutputKey } from '../../../models/index';
import { sameWeights, usableWeights } from '../../../scenarios/index-weights';
import { mixIdentity } from './mixes';
import { COMPARE_LIMITS, firstSeedMax, MAX_MIXES, nextMixPlace, type CompareSetup, type CompareTab, type GridSettings, type MixSpec, type SweepSettings, type TornadoSettings, type WholeLimit } from './setup';
import { i18n } from '../../shared/i18n/i18n';

export type RunSize = Pick<CompareSetup, 'seeds' | 'firstSeed' | 'agents' | 'months'>;

export type CompareAction =
  | { readonly type: 'addMix'; readonly spec: MixSpec }
  | { readonly type: 'removeMix'; readonly id: string }
  | { readonly type: 'setReference'; readonly id: string }
  | { readonly type: 'setRunSize'; readonly size: RunSize }
  | { readonly type: 'setOutput'; readonly output: OutputKey }
  | { readonly type: 'setTab'; readonly tab: CompareTab }
  | { readonly type: 'setSensitivityBase'; readonly id: string }
  | { readonly type: 'setSensitivitySize'; readonly agents: number; readonly seeds: number }
  | { readonly type: 'setSweep'; readonly sweep: SweepSettings }
  | { readonly type: 'setGrid'; readonly grid: GridSettings }
  | { readonly type: 'setTornado'; readonly tornado: TornadoSettings }
  | { readonly type: 'setWeights'; readonly weights: IndexWeights }
  | { readonly type: 'replace'; readonly setup: CompareSetup };

const within = (limit: WholeLimit, n: number) => Number.isInteger(n) && n >= limit.min && n <= limit.max;

/** Why a mix cannot be added, or null if it can. */
export function cannotAdd(setup: CompareSetup, spec: MixSpec, title: string): string | null {
  if (setup.mixes.length >= MAX_MIXES) return i18n.t('compare:add.atMost', { maxMixes: MAX_MIXES });
  const identity = mixIdentity(spec);
  const same = setup.mixes.findIndex((m) => mixIdentity(m.spec) === identity);
  if (same >= 0) return i18n.t('compare:add.same', { title: title, same: same + 1 });
  return null;
}

function addMix(draft: Draft<CompareSetup>, state: CompareSetup, spec: MixSpec): void {
  if (cannotAdd(state, spec, '') !== null) return;
  draft.mixes.push({ ...nextMixPlace(state.mixes), spec } as Draft<CompareSetup['mixes'][number]>);
}

export function compareReducer(state: CompareSetup, action: CompareAction): CompareSetup {
  if (action.type === 'replace') return action.setup;
  if (action.type === 'setWeights') {
    if (!usableWeights(action.weights)) return state;
    // Back at the defaults, the setup holds none (the link stays short).
    const { weights: _old, ...rest } = state;
    return sameWeights(action.weights, DEFAULT_WEIGHTS) ? rest : { ...rest, weights: action.weights };
  }
  return produce(state, (draft) => {
    switch (action.type) {
      case 'addMix':
        addMix(draft, state, action.spec);
        return;
      case 'removeMix':
        draft.mixes = draft.mixes.filter((m) => m.id !== action.id);
        if (draft.referenceId === action.id) draft.referenceId = null;
        if (draft.sensitivity.baseId === action.id) draft.sensitivity.baseId = null;
        return;
      case 'setReference':
        if (state.mixes.some((m) => m.id === action.id)) draft.referenceId = action.id;
        return;
      case 'setRunSize': {
        const { seeds, firstSeed, agents, months } = action.size;
        if (!within(COMPARE_LIMITS.seeds, seeds) || !within(COMPARE_LIMITS.firstSeed, firstSeed) || !within(COMPARE_LIMITS.agents, agents) || !within(COMPARE_LIMITS.months, months)) return;
        if (firstSeed > firstSeedMax({ seeds, sensitivity: state.sensitivity })) return;
        Object.assign(draft, { seeds, firstSeed, agents, months });
        return;
      }
      case 'setOutput':
        draft.output = action.output;
        return;
      case 'setTab':
        draft.tab = action.tab;
        return;
      case 'setSensitivityBase':
        if (state.mixes.some((m) => m.id === action.id)) draft.sensitivity.baseId = action.id;
        return;
      case 'setSensitivitySize':
        if (!within(COMPARE_LIMITS.sensitivityAgents, action.agents) || !within(COMPARE_LIMITS.sensitivitySeeds, action.seeds)) return;
        if (state.firstSeed > firstSeedMax({ seeds: state.seeds, sensitivity: { seeds: action.seeds } })) return;
        draft.sensitivity.agents = action.agents;
        draft.sensitivity.seeds = action.seeds;
        return;
      case 'setSweep':
        draft.sensitivity.sweep = action.sweep as Draft<SweepSettings>;
        return;
      case 'setGrid':
        draft.sensitivity.grid = action.grid;
        return;
      case 'setTornado':
        draft.sensitivity.tornado = action.tornado;
        return;
    }
  });
}
