/**
 * The JSON record of a run: what was run (model version, scenario, seed, agents, months, every
 * lever in force at month 0, the user's changes, the timeline) and what came out (the summary,
 * every month, and every route's and crossing method's months). Its first fields match the
 * command line's `--format json` record, and it says how to reproduce the run there.
 */
import { OUTPUT_KEYS, ROUTE_OUTPUT_KEYS, type RouteOutputKey, type RunResult } from '../../../../models/index';
import type { Scenario } from '../../../../scenarios/format';
import { buildRunInput, leversAtStart } from '../../../shared/settings/run-input';
import type { ExplorerSettings } from '../../../shared/settings/settings';
import { reproduceCommand, scenarioFileName } from './scenario-file';

/** A route's or method's monthly figures in the order of ROUTE_OUTPUTS (as the command line writes them). */
function figures(m: Readonly<Record<RouteOutputKey, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of ROUTE_OUTPUT_KEYS) out[key] = m[key];
  return out;
}

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
    routes: result.routes.map((r) => ({
      route: r.route,
      label: r.label,
      methods: r.methods.map((m) => ({ id: m.id, label: m.label })),
      months: r.months.map((m) => ({ month: m.month, ...figures(m), byMethod: m.byMethod.map(figures) })),
    })),
    reproduce: {
      scenarioFile: scenarioFileName(scenario, settings),
      command: reproduceCommand(scenario, settings),
      note: 'Save the scenario file from the explorer (“Scenario file”), then run this command in the project folder.',
    },
  };
}
