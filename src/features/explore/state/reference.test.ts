/** The reference the explorer compares with is one action of the reducer, and outlives a change of scenario. */
import { describe, expect, it } from 'vitest';
import { SETTINGS_CONTEXT as ctx } from '../../../shared/settings/context';
import { defaultSettings } from '../../../shared/settings/settings';
import { explorerReducer } from './explorer-reducer';

describe('choosing the reference', () => {
  it('is set by the reducer and kept when another scenario is chosen', () => {
    const reduce = explorerReducer(ctx);
    const set = reduce(defaultSettings(ctx, 'operation-sophia'), { type: 'setReference', reference: 'as-loaded' });
    expect(set.reference).toBe('as-loaded');
    expect(reduce(set, { type: 'setScenario', scenarioId: 'human-security-mix' }).reference).toBe('as-loaded');
    expect(reduce(set, { type: 'setReference', reference: 'nonsense' as never })).toBe(set);
  });
});
