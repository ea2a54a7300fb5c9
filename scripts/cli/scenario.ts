/**
 * From command-line options to a model input: pick the scenario (built-in id or a JSON file),
 * apply `--set` overrides and the size of the run.
 */
import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_AGENTS, DEFAULT_MONTHS, LEVERS, ROUTE_IDS, compileSchedule, fixAimedLever, withFixedLevers, type RunInput } from '../../models/index';
import { BUILT_IN_SCENARIOS, DEFAULT_SCENARIO_ID, MAX_SCENARIO_FILE_BYTES, ScenarioError, findScenario, parseScenarioText, scenarioRoutes, scenarioToRunInput, type Scenario } from '../../scenarios/index';
import type { LeverSetting } from './args';
import { CliError } from './errors';
import { quote, show } from './escape';
import type { NamedInput } from './output-file';
import { readInputFile } from './read-input-file';

/** What a path names, without following a symbolic link: 'none', 'folder' or 'other'. */
function pathKind(path: string): 'none' | 'folder' | 'other' {
  try {
    return lstatSync(path).isDirectory() ? 'folder' : 'other';
  } catch {
    return 'none';
  }
}

export interface LoadedScenario {
  readonly scenario: Scenario;
  /** The file it was read from, if any: the output must not overwrite it. */
  readonly input?: NamedInput;
}

/**
 * Load a scenario by built-in id or from a file path (relative to `cwd`). The argument is a file
 * when it ends in .json or names something other than a folder; a folder named like a built-in
 * id does not hide the built-in scenario.
 */
export function loadScenario(arg: string | undefined, cwd: string = process.cwd(), flag: '--scenario' | '--against' = '--scenario'): LoadedScenario {
  const ref = arg ?? DEFAULT_SCENARIO_ID;
  const builtIn = findScenario(ref);
  const kind = arg === undefined ? 'none' : pathKind(resolve(cwd, ref));
  const isFile = ref.toLowerCase().endsWith('.json') || kind === 'other' || (kind === 'folder' && !builtIn) || (kind === 'none' && !builtIn && /[/\\]/.test(ref));
  if (isFile) {
    const file = readInputFile(flag, ref, cwd, { maxBytes: MAX_SCENARIO_FILE_BYTES, what: 'a scenario file' });
    if (file.text.trim() === '') throw new CliError(`${flag} ${show(ref)}: the file is empty; a scenario file holds one JSON object`);
    try {
      return { scenario: parseScenarioText(file.text), input: { flag, arg: ref, identity: file.identity } };
    } catch (e) {
      if (e instanceof ScenarioError) throw new CliError(`${flag} ${show(ref)}: ${e.message}`);
      throw e;
    }
  }
  if (!builtIn) {
    const ids = BUILT_IN_SCENARIOS.map((s) => s.id).join(', ');
    throw new CliError(`${flag} ${quote(ref)}: no built-in scenario with this id and no such file; built-in ids: ${ids} (or give a path to a .json file)`);
  }
  return { scenario: builtIn };
}

/** Load a scenario by built-in id or from a file path (relative to `cwd`). */
export function resolveScenario(arg: string | undefined, cwd: string = process.cwd()): Scenario {
  return loadScenario(arg, cwd).scenario;
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
