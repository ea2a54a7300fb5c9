/**
 * Turns a scenario (data from scenarios/) into the model's RunInput. Seed and population size
 * are left to the model's defaults, so the page and a Node run of the same scenario agree.
 */
import type { RunInput } from '../models/index';
import type { Scenario } from '../scenarios/index';

export function scenarioToRunInput(scenario: Scenario): RunInput {
  return {
    levers: scenario.levers,
    timeline: scenario.timeline,
    calibration: scenario.calibration,
    months: scenario.months,
  };
}
