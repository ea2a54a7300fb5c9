/**
 * From command-line options to a model input: pick the scenario (built-in id or a JSON file),
 * apply `--set` overrides and the size of the run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_AGENTS, DEFAULT_MONTHS, LEVERS, ROUTE_IDS, compileSchedule, fixAimedLever, withFixedLevers, type RunInput } from '../../models/index';
import { BUILT_IN_SCENARIOS, DEFAULT_SCENARIO_ID, ScenarioError, findScenario, parseScenarioText, scenarioRoutes, scenarioToRunInput, type Scenario } from '../../scenarios/index';
import type { LeverSetting } from './args';
import { CliError } from './errors';

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Load a scenario by built-in id or from a file path (relative to `cwd`). */
export function resolveScenario(arg: string | undefined, cwd: string = process.cwd()): Scenario {
  const ref = arg ?? DEFAULT_SCENARIO_ID;
  const path = resolve(cwd, ref);
  if (ref.toLowerCase().endsWith('.json') || isFile(path)) {
    if (!existsSync(path)) throw new CliError(`--scenario ${ref}: file not found`);
    if (!isFile(path)) throw new CliError(`--scenario ${ref}: not a file`);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw new CliError(`--scenario ${ref}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    try {
      return parseScenarioText(text);
    } catch (e) {
      if (e instanceof ScenarioError) throw new CliError(`--scenario ${ref}: ${e.message}`);
      throw e;
    }
  }
  const found = findScenario(ref);
  if (!found) {
    const ids = BUILT_IN_SCENARIOS.map((s) => s.id).join(', ');
    throw new CliError(`--scenario ${JSON.stringify(ref)}: no built-in scenario with this id and no such file; built-in ids: ${ids} (or give a path to a .json file)`);
  }
  return found;
}

export interface RunSize {
  readonly agents?: number;
  readonly months?: number;
}

/**
 * The model input for a scenario. Each `--set KEY=V` fixes its lever for the whole run on every
 * route (the model's withFixedLevers: the value replaces the scenario's starting value, and the
 * scenario's timeline entries and values aimed at single routes for that lever are dropped). Each
 * `--set KEY@ROUTE=V` fixes the lever on that route only; the other routes keep what the scenario
 * gives them. Settings apply in the order given. The seed is added by the caller.
 */
export function buildRunInput(scenario: Scenario, sets: readonly LeverSetting[], size: RunSize): RunInput {
  const base = scenarioToRunInput(scenario);
  const routeIds = scenario.routes ? scenarioRoutes(scenario).map((r) => r.id) : [...ROUTE_IDS];
  let input: RunInput = { ...base, levers: { ...base.levers }, timeline: base.timeline ?? [] };
  for (const s of sets) {
    if (s.route === undefined) {
      input = withFixedLevers(input, { [s.key]: s.value });
    } else {
      if (!routeIds.includes(s.route)) {
        throw new CliError(`--set ${s.key}@${s.route}=${s.value}: route ${s.route} is switched off in scenario "${scenario.id}"; its routes: ${routeIds.join(', ')}`);
      }
      input = fixAimedLever(input, s.key, s.route, s.value, routeIds);
    }
  }
  if (input.routeLevers === undefined) {
    const { routeLevers: _unused, ...rest } = input;
    void _unused;
    input = rest;
  }
  return {
    ...input,
    agents: size.agents ?? DEFAULT_AGENTS,
    months: size.months ?? base.months ?? DEFAULT_MONTHS,
  };
}

/**
 * Every lever's value in force in month 0, in the order of the lever table, with timeline entries
 * starting at month 0 taken into account (the model's own `levers` field holds only the starting
 * values before the timeline is applied).
 */
export function leversAtStart(input: RunInput): Record<string, number> {
  const schedule = compileSchedule(input.levers ?? {}, input.timeline ?? [], Math.max(1, input.months ?? DEFAULT_MONTHS));
  const out: Record<string, number> = {};
  for (const spec of LEVERS) out[spec.key] = schedule.values.get(spec.key)?.[0] ?? spec.defaultValue;
  return out;
}
