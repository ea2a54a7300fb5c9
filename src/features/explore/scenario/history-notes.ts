/**
 * What to say beside a history check. Every check gets the general caution; the Central
 * Mediterranean scenario also gets a reading of its misfits, summarised from models/ODD.md
 * section 8.3 (which the documentation generator keeps in step with the model). The reading is
 * about the scenario as loaded: a student who edits the timeline may change what it describes.
 * The words are in the catalogue (`explore:history.*`), in the interface language.
 */
import { i18n } from '../../../shared/i18n/i18n';

export function generalCaution(): string {
  return i18n.t('explore:history.caution');
}

export interface HistoryReading {
  readonly title: string;
  readonly points: readonly string[];
}

/** Scenario id → the catalogue key of its reading and how many points it makes. */
const READINGS: Readonly<Record<string, { readonly key: string; readonly points: number }>> = {
  'central-mediterranean-2014-2020': { key: 'centralMediterranean', points: 7 },
};

export function historyReading(scenarioId: string): HistoryReading | undefined {
  if (!Object.prototype.hasOwnProperty.call(READINGS, scenarioId)) return undefined;
  const { key, points } = READINGS[scenarioId];
  return {
    title: i18n.t(`explore:history.readings.${key}.title`),
    points: Array.from({ length: points }, (_, i) => i18n.t(`explore:history.readings.${key}.points.${i}`)),
  };
}
