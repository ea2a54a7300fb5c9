/**
 * The JSON record of a run: what was run (model version, scenario, seed, agents, months, every
 * lever in force at month 0, the user's changes, the timeline) and what came out (the summary
 * and every month). Its first fields match the command line's `--format json` record, and it
 * says how to reproduce the run there.
 */
import { OUTPUT_KEYS, type RunResult } from '../../../../models/index';
import type { Scenario } from '../../../../scenarios/index';
import { buildRunInput, leversAtStart } from '../../../shared/settings/run-input';
import type { ExplorerSettings } from '../../../shared/settings/settings';
import { reproduceCommand, scenarioFileName } from './scenario-file';

export function runRecord(scenario: Scenario, settings: ExplorerSettings, result: RunResult): Record<string, unknown> {
  const input = buildRunInput(scenario, settings);
  const summary: Record<string, unknown> = {};
  for (const key of OUTPUT_KEYS) summary[key] = result.summary[key];
  summary.byRoute = result.summary.byRoute;
  return {
    modelVersion: result.modelVersion,
    seed: result.seed,
    agents: result.agents,
    monthCount: result.months.length,
    scenarioId: scenario.id,
    levers: leversAtStart(input),
    changedLevers: { ...settings.overrides },
    timeline: input.timeline ?? [],
    summary,
    months: result.months.map((m) => {
      const row: Record<string, number> = { month: m.month };
      for (const key of OUTPUT_KEYS) row[key] = m[key];
      return row;
    }),
    reproduce: {
      scenarioFile: scenarioFileName(scenario),
      command: reproduceCommand(scenario, settings),
      note: 'Save the scenario file from the explorer (“Scenario file”), then run this command in the project folder.',
    },
  };
}
