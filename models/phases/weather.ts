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

/** Calendar month 0–11 of a recorded month (negative during the warm-up), month 0 being January. */
export function calendarMonth(t: number): number {
  return ((t % MONTHS_A_YEAR) + MONTHS_A_YEAR) % MONTHS_A_YEAR;
}

/** Share of rough days in recorded month t; `clock` is the internal month the draw is keyed to. */
export function roughShare(t: number, clock: number, key: number, cal: Calibration): number {
  const mid = (cal.roughShareWinter + cal.roughShareSummer) / 2;
  const half = (cal.roughShareWinter - cal.roughShareSummer) / 2;
  const seasonal = mid + half * Math.cos((2 * Math.PI * calendarMonth(t)) / MONTHS_A_YEAR);
  const noise = cal.roughShareNoise * normalOf(drawK(key, 0, clock, 0), drawK(key, 0, clock, 1));
  const w = seasonal + noise;
  return w < 0 ? 0 : w > 1 ? 1 : w;
}
