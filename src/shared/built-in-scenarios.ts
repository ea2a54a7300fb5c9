/**
 * The built-in scenario library as the page uses it: validated by the scenario decoder when the
 * app is built (scripts/vite-built-in-scenarios.ts), imported here as typed data, so the first
 * screen needs no validator (zod loads only where something from outside is decoded).
 */
import library from 'virtual:built-in-scenarios';
import type { Scenario } from '../../scenarios/format';

export { DEFAULT_SCENARIO_ID } from '../../scenarios/scenario-run';

export const BUILT_IN_SCENARIOS: readonly Scenario[] = library;

export function findScenario(id: string): Scenario | undefined {
  return BUILT_IN_SCENARIOS.find((s) => s.id === id);
}
