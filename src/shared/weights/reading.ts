/**
 * Which reading of State security a set of weights is (control, numbers, organised crime), or
 * "custom" when the State weights are none of the three: the plane's axis title names it.
 */
import { stateReadingOf, type IndexWeights, type StateReading } from '../../../models/index';

export type StateReadingName = StateReading | 'custom';

export function readingName(weights: IndexWeights): StateReadingName {
  return stateReadingOf(weights.state) ?? 'custom';
}

/** A translation function of the common namespace (i18next's t, or the i18n instance's). */
type CommonT = (key: string, values?: Record<string, unknown>) => string;

/**
 * The State-security axis title of every plane (the explorer's and Compare's): the index and the
 * reading it is read in ("State-security index, read as numbers →"), worded in one place so that
 * two views of the same weights never name them differently.
 */
export function stateAxisTitle(t: CommonT, reading: StateReadingName, arrow: string): string {
  return t('plane.xAxisReading', { arrow, reading: t(`weights.readings.${reading}`) });
}
