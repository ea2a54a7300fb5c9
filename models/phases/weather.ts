/**
 * Phase 1b — the sea state. Each month has a share of days with rough seas: high in winter, low
 * in summer (a cosine over the calendar year, month 0 being January), with a variation from year
 * to year drawn from the seed. It is world randomness, keyed to (seed, month) only, so every policy
 * mix run with the same seed meets the same weather. Rough weather makes sea crossings deadlier
 * and keeps boats that wait for calm days in port (methods.ts, roughExposure).
 */
import type { Calibration } from '../params/calibration';
import { drawK, normalOf } from '../rng';

/** Months in the seasonal cycle. */
const MONTHS_A_YEAR = 12;

/**
 * The seasonal cycle: cos(2π × month ÷ 12) for months 0–11 (1 in January, −1 in July), written out
 * from √3 ÷ 2 rather than computed with Math.cos, whose last digit differs between JavaScript
 * engines.
 */
const HALF_ROOT_3 = Math.sqrt(3) / 2;
const SEASON: readonly number[] = [1, HALF_ROOT_3, 0.5, 0, -0.5, -HALF_ROOT_3, -1, -HALF_ROOT_3, -0.5, 0, 0.5, HALF_ROOT_3];

/** Calendar month 0–11 of a recorded month (negative during the warm-up), month 0 being January. */
export function calendarMonth(t: number): number {
  return ((t % MONTHS_A_YEAR) + MONTHS_A_YEAR) % MONTHS_A_YEAR;
}

/** Share of rough days in recorded month t; `clock` is the internal month the draw is keyed to. */
export function roughShare(t: number, clock: number, key: number, cal: Calibration): number {
  const mid = (cal.roughShareWinter + cal.roughShareSummer) / 2;
  const half = (cal.roughShareWinter - cal.roughShareSummer) / 2;
  const seasonal = mid + half * SEASON[calendarMonth(t)];
  const noise = cal.roughShareNoise * normalOf(drawK(key, 0, clock, 0));
  const w = seasonal + noise;
  return w < 0 ? 0 : w > 1 ? 1 : w;
}
