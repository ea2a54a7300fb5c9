/**
 * The explorer's settings as a scenario file (format version 1, scenarios/format.ts) that the
 * command line accepts: `npm run -s simulate -- --scenario FILE --seed N --agents N`. The file
 * holds the scenario's levers with the user's changes, the timeline as the user left it (edited
 * or not) without the entries for changed levers (they are fixed for the whole run, as in the
 * browser), its calibration and route changes, and the number of months. The seed and number of
 * agents go on the command line. Imported again, the file gives the same run.
 *
 * Without changes (no lever moved, the timeline as the scenario has it) the file is the scenario
 * as loaded — its story, claims, questions and what it leaves out included — under its own id and
 * named after it, with the number of months of the run.
 */
import { LEVER_BY_KEY } from '../../../../models/index';
import { resolveWeights, writtenWeights } from '../../../../scenarios/index-weights';
import { SCENARIO_FORMAT_VERSION } from '../../../../scenarios/scenario-run';
import type { Scenario } from '../../../../scenarios/format';
import type { ExplorerSettings } from '../../../shared/settings/settings';
import { buildRunInput } from '../../../shared/settings/run-input';

const ID_SUFFIX = '-custom';
const MAX_ID = 64;

export function customScenarioId(scenario: Pick<Scenario, 'id'>): string {
  return `${scenario.id.slice(0, MAX_ID - ID_SUFFIX.length)}${ID_SUFFIX}`;
}

/** No lever moved and the timeline as the scenario has it. */
export function isUnchanged(settings: Pick<ExplorerSettings, 'overrides' | 'timeline' | 'weights'>): boolean {
  return Object.keys(settings.overrides).length === 0 && !settings.timeline && !settings.weights;
}

export function scenarioFileName(scenario: Pick<Scenario, 'id'>, settings: Pick<ExplorerSettings, 'overrides' | 'timeline' | 'weights'>): string {
  return isUnchanged(settings) ? `${scenario.id}.json` : `crossings-${customScenarioId(scenario)}.json`;
}

/** The scenario file as a plain object, ready for JSON.stringify. */
export function scenarioFile(scenario: Scenario, settings: ExplorerSettings): Record<string, unknown> {
  const input = buildRunInput(scenario, settings);
  if (isUnchanged(settings)) return { ...scenario, formatVersion: SCENARIO_FORMAT_VERSION, months: input.months };
  const changed = Object.keys(settings.overrides).map((k) => `${LEVER_BY_KEY.get(k)?.label ?? k} ${settings.overrides[k]}`);
  if (settings.timeline) changed.push(`an edited timeline of ${settings.timeline.length} dated change${settings.timeline.length === 1 ? '' : 's'}`);
  const weights = settings.weights ?? (scenario.weights ? resolveWeights(scenario.weights) : undefined);
  const written = weights ? writtenWeights(weights) : undefined;
  if (settings.weights) changed.push(`the indices read with my own weights`);
  const file: Record<string, unknown> = {
    formatVersion: SCENARIO_FORMAT_VERSION,
    id: customScenarioId(scenario),
    title: `${scenario.title}, with my changes`.slice(0, 200),
    kind: 'user',
    summary: (changed.length
      ? `Saved from the Crossings explorer: “${scenario.title}” with ${changed.join('; ')}.`
      : `Saved from the Crossings explorer: “${scenario.title}” as it is.`
    ).slice(0, 2000),
    levers: input.levers,
    timeline: input.timeline,
    months: input.months,
  };
  const routeLevers = Object.entries(input.routeLevers ?? {}).filter(([, levers]) => Object.keys(levers ?? {}).length > 0);
  if (routeLevers.length) file.routeLevers = Object.fromEntries(routeLevers);
  if (input.calibration) file.calibration = input.calibration;
  if (scenario.routes) file.routes = scenario.routes;
  if (scenario.startYear !== undefined) file.startYear = scenario.startYear;
  // Every term's weight that differs from the model's default, so the command line reads the same indices.
  if (written) file.weights = written;
  return file;
}

/** The command that reproduces the run from the saved scenario file. */
export function reproduceCommand(scenario: Pick<Scenario, 'id'>, settings: ExplorerSettings): string {
  return `npm run -s simulate -- --scenario ${scenarioFileName(scenario, settings)} --seed ${settings.seed} --agents ${settings.agents} --months ${settings.months}`;
}
