/** The key figures shown against the baseline, in the order of the issue that asked for them. */
import type { OutputKey } from '../../models/index';

export const KEY_FIGURES: readonly OutputKey[] = [
  'smugglingDemand',
  'deathsMissing',
  'deathRatePerAttempt',
  'meanFeeUsd',
  'smugglerRevenueUsd',
  'irregularArrivals',
  'regularArrivals',
  'interceptions',
  'abuseIncidents',
  'trappedPopulation',
];
