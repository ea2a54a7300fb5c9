/** How a round's figures are read and typed: units per round, and predictions typed by people. */
import { describe, expect, it } from 'vitest';
import { formatRoundValue, parsePredictionValue, PREDICTION_OUTPUTS, roundUnit } from './figures';

describe('round figures', () => {
  it('name each figure’s unit for a round', () => {
    expect(roundUnit('irregularArrivals')).toBe('people a year');
    expect(roundUnit('smugglerRevenueUsd')).toBe('USD a year');
    expect(roundUnit('humanSecurityIndex')).toBe('index 0–100, average');
    expect(roundUnit('deathRatePerAttempt')).toBe('share of journeys');
    expect(formatRoundValue('irregularArrivals', 85_000.4)).toBe('85,000');
    for (const o of PREDICTION_OUTPUTS) expect(roundUnit(o)).not.toBe('');
  });

  it('read a typed prediction as a number, or refuse it', () => {
    expect(parsePredictionValue('85,000')).toBe(85_000);
    expect(parsePredictionValue(' 85 000 ')).toBe(85_000);
    expect(parsePredictionValue('1.5e4')).toBe(15_000);
    expect(parsePredictionValue('42.5')).toBe(42.5);
    for (const bad of ['', 'abc', '12abc', '-5', 'Infinity', '1e400', '0x10']) expect(parsePredictionValue(bad), bad).toBeNull();
  });
});
