/**
 * The scenario list as people see it: grouped by what a scenario is for — the module's policy
 * responses, sudden shocks, the history check, and the user's own files — in the library's
 * order within each group. Pure.
 */
import type { Scenario } from '../../../../scenarios/format';

export type GroupId = 'preset' | 'shock' | 'historical' | 'user';

/** A group's name is the catalogue's `common:scenarioGroups.<id>`. */
export interface ScenarioGroup {
  readonly id: GroupId;
  readonly scenarios: readonly Scenario[];
}

const ORDER: readonly GroupId[] = ['preset', 'shock', 'historical', 'user'];

/** Built-in scenarios by their kind (a built-in marked `user` counts as a policy response); imported files always last. */
export function groupScenarios(builtIn: readonly Scenario[], imported: readonly Scenario[]): ScenarioGroup[] {
  const groupOf = (s: Scenario): GroupId => (s.kind === 'user' ? 'preset' : s.kind);
  return ORDER.map((id) => ({
    id,
    scenarios: id === 'user' ? imported : builtIn.filter((s) => groupOf(s) === id),
  })).filter((g) => g.scenarios.length > 0);
}
