/**
 * The headline generator: the sentence names the largest meaningful changes with the numbers of
 * the figures, the verdict follows what each change means for people and for the State, and
 * "no change" and "too small to tell" are said plainly. Worded in English (tests/setup-i18n.ts).
 */
import { describe, expect, it } from 'vitest';
import type { OutputKey } from '../../../models/index';
import { i18n } from '../i18n/i18n';
import { modelText } from '../i18n/model-text';
import { makeHeadline, type HeadlineFigure } from './headline';
import { headlineText, seedsText } from './headline-text';
import { percentileOfSorted as quantile } from '../../../models/index';
import { pairedSpread } from './seed-spread';

const t = i18n.getFixedT('en');
const label = (key: OutputKey) => modelText(t).outputLabel(key);
const words = (figures: HeadlineFigure[], seeds = 1) => headlineText(makeHeadline(figures, seeds), t, label, 'en-GB', 'the status quo');

const fig = (key: OutputKey, value: number, reference: number, extra: Partial<HeadlineFigure> = {}): HeadlineFigure => ({ key, value, reference, ...extra });

describe('the headline', () => {
  it('names the three largest changes, largest first, with their percentages, and a verdict for each side', () => {
    const figures = [
      fig('deathRatePerAttempt', 0.03, 0.02), // +50%
      fig('meanFeeUsd', 2700, 2000), // +35%
      fig('irregularArrivals', 5300, 10000), // −47%
      fig('interceptions', 1100, 1000), // +10%: meaningful, not named (fourth), counts in the verdict
      fig('smugglingDemand', 1010, 1000), // +1%: too small
    ];
    expect(words(figures)).toBe('Death rate per attempt up 50%, irregular arrivals down 47% and mean fee up 35% — people less safe, State more in control.');
    const h = makeHeadline(figures);
    expect(h.parts.map((p) => p.key)).toEqual(['deathRatePerAttempt', 'irregularArrivals', 'meanFeeUsd']);
    expect(h.parts.map((p) => p.meaning)).toEqual(['worse-people', 'better-state', 'worse-people']);
    expect(h.parts[2].change).toBeCloseTo(0.35, 12);
  });

  it('draws the verdict from the declared directions: the same numbers mean the opposite for a figure better when higher', () => {
    // Regular arrivals are better for people when they rise; deaths when they fall.
    expect(makeHeadline([fig('regularArrivals', 150, 100), fig('deathsMissing', 50, 100)]).people).toBe('better');
    expect(makeHeadline([fig('regularArrivals', 50, 100), fig('deathsMissing', 150, 100)]).people).toBe('worse');
    expect(makeHeadline([fig('regularArrivals', 150, 100), fig('deathsMissing', 150, 100)]).people).toBe('mixed');
    // Interceptions up and irregular arrivals up: one better, one worse for the State.
    const state = makeHeadline([fig('interceptions', 200, 100), fig('irregularArrivals', 200, 100)]);
    expect(state.state).toBe('mixed');
    expect(state.people).toBeNull();
    expect(words([fig('interceptions', 200, 100), fig('irregularArrivals', 130, 100), fig('smugglerRevenueUsd', 80, 100)])).toBe(
      'Interceptions up 100%, irregular arrivals up 30% and smuggler revenue down 20% — State more in control.',
    );
    expect(words([fig('regularArrivals', 300, 100)])).toBe('Regular arrivals up 200% — people safer.');
  });

  it('says plainly when nothing changed, and when nothing changed enough to tell from chance', () => {
    const same = [fig('deathsMissing', 10, 10), fig('meanFeeUsd', 2000, 2000)];
    expect(makeHeadline(same).unchanged).toBe(true);
    expect(words(same)).toBe('No change: every key figure equals the status quo.');
    const small = [fig('deathsMissing', 10.3, 10), fig('meanFeeUsd', 1950, 2000)];
    expect(makeHeadline(small).unchanged).toBe(false);
    expect(makeHeadline(small).parts).toEqual([]);
    expect(words(small)).toBe('No key figure moved by 5% or more against the status quo: too little to tell from chance.');
  });

  it('over several seeds, leaves out a change whose 5–95% range crosses zero, and says how many seeds it rests on', () => {
    const figures = [
      fig('deathsMissing', 110, 100, { change: 0.1, low: -0.04, high: 0.2 }), // could be chance
      fig('interceptions', 140, 100, { change: 0.4, low: 0.3, high: 0.5 }),
    ];
    expect(words(figures, 20)).toBe('Interceptions up 40% — State more in control.');
    expect(seedsText(20, t)).toBe('Medians over 20 seeds, each run paired with its reference.');
    expect(seedsText(1, t)).toBe('One run so far; medians over more seeds follow.');
    expect(seedsText(1, t, { done: 3, total: 10 })).toBe('One run so far; medians over 10 seeds follow (3 done).');
    // The user set the seeds to one: no medians follow, and the line says so rather than promising them.
    expect(seedsText(1, t, undefined, 1)).toBe('One run — medians over more seeds are off (Advanced settings: seeds for the headline).');
    expect(seedsText(1, t, undefined, 5)).toBe('One run so far; medians over more seeds follow.');
  });

  it('names a figure that rose from zero without a percentage', () => {
    expect(words([fig('trappedPopulation', 40, 0)])).toBe('Trapped up from 0 — people less safe.');
  });
});

describe('figures over paired seeds', () => {
  it('takes the median of each side and the median and 5–95% range of the paired changes', () => {
    const pairs = [10, 20, 30, 40, 50].map((v) => ({ current: { deathsMissing: v * 1.5 }, reference: { deathsMissing: v } }));
    const spread = pairedSpread(pairs, ['deathsMissing']);
    expect(spread.seeds).toBe(5);
    expect(spread.figures.deathsMissing).toEqual({ median: 45, medianReference: 30, change: 0.5, low: 0.5, high: 0.5 });
    expect(quantile([0, 10], 0.05)).toBeCloseTo(0.5, 12);
    expect(quantile([1, 2, 3, 4, 5], 0.95)).toBeCloseTo(4.8, 12);
  });
});
