/** The scenario list's groups: by kind, in library order, with the user's files last. */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, parseScenario } from '../../../../scenarios/index';
import { groupScenarios } from './scenario-groups';

describe('groupScenarios', () => {
  it('groups policy responses, shocks, history and the user’s files, leaving out empty groups', () => {
    const groups = groupScenarios(BUILT_IN_SCENARIOS, []);
    expect(groups.map((g) => g.id)).toEqual(['preset', 'shock', 'historical']);
    expect(groups.flatMap((g) => g.scenarios)).toHaveLength(BUILT_IN_SCENARIOS.length);
    expect(groups[0].scenarios[0].id).toBe('baseline');
    expect(groups[2].scenarios.map((s) => s.id)).toEqual(['central-mediterranean-2014-2020']);
    const file = parseScenario({ formatVersion: 1, id: 'mine', title: 'Mine', kind: 'shock' });
    const withFile = groupScenarios(BUILT_IN_SCENARIOS, [file]);
    expect(withFile[withFile.length - 1]).toMatchObject({ id: 'user', scenarios: [file] });
    expect(withFile[1].scenarios).not.toContain(file);
  });
});
