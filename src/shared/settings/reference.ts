/**
 * What the explorer's figures are compared with: the status quo (the built-in `baseline`
 * scenario, with the same seed, agents and months as the user's run) or the scenario as loaded
 * (no lever moved, its own timeline). A policy scenario is measured against the status quo by
 * default, so Operation Sophia's figures say what Sophia did; the status quo itself is compared
 * with itself as loaded (the two are the same run there). A choice the user made is kept in the
 * settings (and so in the link and the autosave) as `reference`; absent, the default applies.
 */
import { DEFAULT_SCENARIO_ID } from '../built-in-scenarios';
import type { ExplorerSettings } from './settings';

export const REFERENCES = ['status-quo', 'as-loaded'] as const;
export type Reference = (typeof REFERENCES)[number];

/** The scenario that stands for the status quo: the model's own baseline. */
export const STATUS_QUO_SCENARIO_ID = DEFAULT_SCENARIO_ID;

export function isReference(value: unknown): value is Reference {
  return typeof value === 'string' && (REFERENCES as readonly string[]).includes(value);
}

/** The reference a scenario is compared with when the user has not chosen one. */
export function defaultReference(scenarioId: string): Reference {
  return scenarioId === STATUS_QUO_SCENARIO_ID ? 'as-loaded' : 'status-quo';
}

/** The reference in force for these settings. */
export function referenceOf(settings: Pick<ExplorerSettings, 'scenarioId' | 'reference'>): Reference {
  return settings.reference ?? defaultReference(settings.scenarioId);
}

/** The scenario whose run, as loaded, the figures are compared with. */
export function referenceScenarioId(settings: Pick<ExplorerSettings, 'scenarioId' | 'reference'>): string {
  return referenceOf(settings) === 'status-quo' ? STATUS_QUO_SCENARIO_ID : settings.scenarioId;
}
