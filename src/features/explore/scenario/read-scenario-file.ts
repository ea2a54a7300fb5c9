/**
 * A file's text read as a scenario, with the scenario decoder (zod). Loaded when a file is
 * imported (use-scenario-switch.ts imports it then), so the explorer's first screen does not
 * load the decoder.
 */
import { parseScenarioText, ScenarioError } from '../../../../scenarios/index';
import type { Scenario } from '../../../../scenarios/format';
import { i18n } from '../../../shared/i18n/i18n';
import type { ImportOutcome } from './import-flow';

const ID_MAX = 64;
const RENAME_SUFFIX = '-file';

/** Read a file's text as a scenario. An id taken by a built-in scenario gets a suffix, so both stay available. */
export function readScenarioFile(fileName: string, text: string, builtInIds: ReadonlySet<string>): ImportOutcome {
  let scenario: Scenario;
  try {
    scenario = parseScenarioText(text);
  } catch (e) {
    if (e instanceof ScenarioError) {
      return { ok: false, problem: { fileName, message: e.message, path: e.path, ...(e.field ? { field: e.field } : {}), ...(e.at ? { at: e.at } : {}) } };
    }
    return { ok: false, problem: { fileName, message: i18n.t('explore:import.unreadable', { reason: e instanceof Error ? e.message : String(e) }), path: '(file)' } };
  }
  if (!builtInIds.has(scenario.id)) return { ok: true, scenario };
  const id = `${scenario.id.slice(0, ID_MAX - RENAME_SUFFIX.length)}${RENAME_SUFFIX}`;
  return { ok: true, scenario: { ...scenario, id }, renamedFrom: scenario.id };
}

