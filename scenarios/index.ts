/**
 * The built-in scenario library. Each scenario is a JSON file in scenarios/library/, validated
 * on load; the order here is the order people see them in.
 */
import baseline from './library/baseline.json';
import stateSecurityOnly from './library/state-security-only.json';
import operationSophia from './library/operation-sophia.json';
import khartoumProcess from './library/khartoum-process.json';
import auHornOfAfricaInitiative from './library/au-horn-of-africa-initiative.json';
import rabatProcess from './library/rabat-process.json';
import baliProcess from './library/bali-process.json';
import newYorkDeclaration from './library/new-york-declaration.json';
import globalCompactMigration from './library/global-compact-migration.json';
import humanSecurityMix from './library/human-security-mix.json';
import shockEnforcement from './library/shock-enforcement.json';
import shockHumanSecurity from './library/shock-human-security.json';
import centralMediterranean20142020 from './library/central-mediterranean-2014-2020.json';
import { parseScenario, type Scenario } from './format';

export * from './format';
export * from './index-weights';
export { weightsSchema } from './weights-schema';
export { DEFAULT_SCENARIO_ID } from './scenario-run';
export { jsonDepth, MAX_JSON_DEPTH, parseJsonText } from './json-text';
export { boundedEntries, boundedList, safeParse, schemaPerKey } from './safe-parse';
export { shownJson, shownPath, shownValue } from './shown';
export { listedValues, plainRule, plainRuleText, type PlainRule } from './plain-rule';

const FILES: readonly unknown[] = [
  baseline,
  stateSecurityOnly,
  operationSophia,
  khartoumProcess,
  auHornOfAfricaInitiative,
  rabatProcess,
  baliProcess,
  newYorkDeclaration,
  globalCompactMigration,
  humanSecurityMix,
  shockEnforcement,
  shockHumanSecurity,
  centralMediterranean20142020,
];

export const BUILT_IN_SCENARIOS: readonly Scenario[] = FILES.map((s) => parseScenario(s));

export function findScenario(id: string): Scenario | undefined {
  return BUILT_IN_SCENARIOS.find((s) => s.id === id);
}
