/**
 * The stored calibration fit (calibration-fit.json, written by `npm run calibrate`): for each
 * constant the ABC fitted, the chosen value and its plausible range, with the budget, seed and date
 * of the fit, the sensitivity screen that chose the constants, the history figures before and after,
 * and the band of the accepted runs that the app draws against the record. The model reads only
 * the chosen values (fittedValues), which replace the documented defaults once a fit is marked
 * `applied` (`npm run calibrate -- --apply`): a fit against one history changes every scenario, so
 * it is applied only when the scenarios' claims have been checked against it.
 */
import stored from './calibration-fit.json';
import type { CalibrationKey } from './calibration';

export interface FittedConstant {
  readonly value: number;
  readonly p5: number;
  readonly p95: number;
  /** The search box the prior was uniform over. */
  readonly lo: number;
  readonly hi: number;
  readonly documented: number;
}

export interface ScreenEntry {
  readonly key: string;
  readonly lo: number;
  readonly hi: number;
  readonly effect: number;
  readonly fitChange: number;
}

export interface SeriesBand {
  readonly p5: readonly number[];
  readonly median: readonly number[];
  readonly p95: readonly number[];
}

export interface FitHistory {
  readonly series: Readonly<Record<string, { readonly rankCorrelation: number; readonly meanRelativeError: number; readonly modelled: readonly number[] }>>;
  readonly arrivalsYear5OverYear3: number;
}

export interface CalibrationFit {
  readonly note: string;
  /** Whether the model uses the chosen values in place of the documented ones. */
  readonly applied: boolean;
  readonly modelVersion: string;
  readonly date: string;
  readonly seconds: number;
  readonly workers: number;
  readonly seed: number;
  readonly budget: number;
  readonly agents: number;
  readonly scenario: string;
  readonly startYear: number;
  /** People added to both sides of each log ratio (one agent's weight at the fit's size). */
  readonly logFloor: number;
  readonly screen: {
    readonly seeds: readonly number[];
    readonly noise: number;
    readonly rows: readonly ScreenEntry[];
    readonly notScreened: Readonly<Record<string, string>>;
    readonly notFitted: Readonly<Record<string, string>>;
  };
  readonly accepted: number;
  readonly tolerance: number;
  readonly fitted: Readonly<Record<string, FittedConstant>>;
  readonly history: { readonly agents: number; readonly seeds: readonly number[]; readonly before: FitHistory; readonly after: FitHistory };
  readonly band: Readonly<Record<string, SeriesBand>>;
}

export const CALIBRATION_FIT = stored as unknown as CalibrationFit | Record<string, never>;

/** The fitted values the model uses in place of the documented defaults (none unless a fit is stored and applied). */
export function fittedValues(): Partial<Record<CalibrationKey, number>> {
  const stored = CALIBRATION_FIT as Partial<CalibrationFit>;
  const fitted = stored.applied === true ? (stored.fitted ?? {}) : {};
  const out: Partial<Record<CalibrationKey, number>> = {};
  for (const [k, v] of Object.entries(fitted)) out[k as CalibrationKey] = v.value;
  return out;
}
