/**
 * The settings context of this build: the model's lever table and version, and the built-in
 * scenarios with their month-0 lever values. Built once; the codec and reducer take it as a
 * parameter so that they stay pure and testable.
 */
import { DEFAULT_AGENTS, DEFAULT_MONTHS, DEFAULT_SEED, LEVERS, MODEL_VERSION } from '../../../models/index';
import { BUILT_IN_SCENARIOS, DEFAULT_SCENARIO_ID } from '../built-in-scenarios';
import { resolveWeights } from '../../../scenarios/index-weights';
import { scenarioRoutes } from '../../../scenarios/scenario-run';
import type { Scenario } from '../../../scenarios/format';
import { leversAtStart, routeLeversAtStart } from './run-input';
import type { ScenarioDefaults, SettingsContext } from './settings';

export function scenarioDefaults(scenario: Scenario): ScenarioDefaults {
  return {
    id: scenario.id,
    title: scenario.title,
    startLevers: leversAtStart({ levers: scenario.levers, timeline: scenario.timeline }),
    routes: scenarioRoutes(scenario).map((r) => r.id),
    routeStartLevers: routeLeversAtStart({ levers: scenario.levers, timeline: scenario.timeline, routeLevers: scenario.routeLevers }),
    timeline: scenario.timeline,
    months: scenario.months ?? DEFAULT_MONTHS,
    ...(scenario.weights ? { weights: resolveWeights(scenario.weights) } : {}),
  };
}

export function makeSettingsContext(scenarios: readonly Scenario[] = BUILT_IN_SCENARIOS): SettingsContext {
  return {
    levers: LEVERS,
    scenarios: scenarios.map(scenarioDefaults),
    defaultScenarioId: DEFAULT_SCENARIO_ID,
    modelVersion: MODEL_VERSION,
    defaultSeed: DEFAULT_SEED,
    defaultAgents: DEFAULT_AGENTS,
  };
}

export const SETTINGS_CONTEXT: SettingsContext = makeSettingsContext();
