/**
 * Which reading of State security a set of weights is (control, numbers, organised crime), or
 * "custom" when the State weights are none of the three: the plane's axis title names it.
 */
import { stateReadingOf, type IndexWeights, type StateReading } from '../../../models/index';

export type StateReadingName = StateReading | 'custom';

export function readingName(weights: IndexWeights): StateReadingName {
  return stateReadingOf(weights.state) ?? 'custom';
}
