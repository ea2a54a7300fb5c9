/**
 * The built-in scenario library. Each scenario is a JSON file in this folder, validated on load.
 */
import baseline from './baseline.json';
import { parseScenario, type Scenario } from './format';

export * from './format';

export const BUILT_IN_SCENARIOS: readonly Scenario[] = [baseline].map((s) => parseScenario(s));

export const DEFAULT_SCENARIO_ID = 'baseline';

export function findScenario(id: string): Scenario | undefined {
  return BUILT_IN_SCENARIOS.find((s) => s.id === id);
}
