/**
 * What a validated scenario means to the model, without the validator: the format's version
 * numbers and limits, and the model inputs a scenario stands for. Apart from format.ts (the zod
 * schema) so that code which only uses scenarios already validated — the page's built-in
 * library, validated when the app is built — does not load zod.
 */
import { DEFAULT_MONTHS, ROUTES, type RouteSpec, type RunInput } from '../models/index';
import type { Scenario } from './format';

export const SCENARIO_FORMAT_VERSION = 2;
/** Older versions this code reads (through a migration). */
export const READABLE_FORMAT_VERSIONS: readonly number[] = [1, 2];
/** Most dated lever changes in a scenario's timeline (a file, an autosave or a comparison alike). */
export const MAX_TIMELINE_ENTRIES = 500;
/**
 * Largest scenario text accepted, in characters. The largest scenario the format allows (every
 * list at its longest, every text at its longest) is about 600,000 characters of JSON; this
 * leaves room for indentation and escaped characters, and keeps what a wrong file can cost
 * (reading, parsing, validating) to well under a second.
 */
export const MAX_SCENARIO_TEXT = 2_000_000;

/**
 * Largest scenario file accepted, in bytes, checked before a file is read (the command line, the
 * explorer's import). UTF-8 takes at most 3 bytes for a character counted once and 4 for one
 * counted twice (outside the Basic Multilingual Plane), so 4 bytes per character never refuses a
 * file whose text could be accepted.
 */
export const MAX_SCENARIO_FILE_BYTES = MAX_SCENARIO_TEXT * 4;

/** The scenario the explorer opens with. */
export const DEFAULT_SCENARIO_ID = 'baseline';

/** The routes a scenario uses: the model's routes with the scenario's changes, disabled ones left out. */
export function scenarioRoutes(scenario: Scenario): RouteSpec[] {
  return ROUTES.filter((r) => scenario.routes?.[r.id]?.enabled !== false).map((r) => {
    const { enabled: _enabled, ...changes } = scenario.routes?.[r.id] ?? {};
    void _enabled;
    return { ...r, ...changes };
  });
}

/** The model inputs a scenario stands for (seed and agents are the caller's). */
export function scenarioToRunInput(scenario: Scenario): RunInput {
  return {
    levers: scenario.levers,
    ...(scenario.routeLevers ? { routeLevers: scenario.routeLevers } : {}),
    timeline: scenario.timeline,
    calibration: scenario.calibration,
    routes: scenario.routes ? scenarioRoutes(scenario) : undefined,
    months: scenario.months ?? DEFAULT_MONTHS,
  };
}

