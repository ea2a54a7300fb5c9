/**
 * How many seeds the explorer's headline and key figures are refined over, once one run of the
 * user's settings and of the reference is shown (features/explore/use-seed-spread.ts). A choice
 * from a short list, not a free number: each one is a different promise about the figures.
 *
 * - 1: off. The one run is shown and nothing runs in the background: for a slow classroom laptop
 *   or a phone, where twenty more runs compete with the page for a core or two.
 * - 5: the fewest that give a median and a range worth showing (with five runs the 5–95% range is
 *   close to the lowest and highest run, and says so).
 * - 10: the default, as before this setting existed: a median and a rough range in a few seconds.
 * - 20: as many as the Compare view runs for each mix by default, for a lecturer who wants the
 *   headline to rest on the same number of seeds as a comparison.
 *
 * The user's choice lives in the settings (and so in the link, as `seeds`, and the autosave) as
 * `spreadSeeds`, only when it is not the default (the reducer and the link decoder drop the
 * default), so that existing links keep their form.
 */
import type { ExplorerSettings } from './settings';

export const SPREAD_SEED_CHOICES = [1, 5, 10, 20] as const;
export type SpreadSeeds = (typeof SPREAD_SEED_CHOICES)[number];

/** Seeds the figures are refined over unless the user chose otherwise. */
export const DEFAULT_SPREAD_SEEDS: SpreadSeeds = 10;

export function isSpreadSeeds(value: unknown): value is SpreadSeeds {
  return typeof value === 'number' && (SPREAD_SEED_CHOICES as readonly number[]).includes(value);
}

/** The number of seeds in force for these settings. */
export function spreadSeedsOf(settings: Pick<ExplorerSettings, 'spreadSeeds'>): SpreadSeeds {
  return settings.spreadSeeds ?? DEFAULT_SPREAD_SEEDS;
}

