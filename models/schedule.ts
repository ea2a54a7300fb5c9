/**
 * Levers and a timeline of lever changes are compiled, before the run, into one value per lever
 * per month. The model reads this schedule and never changes parameters mid-run, so a change
 * from month m cannot touch months before m.
 */
import { LEVERS, LEVER_BY_KEY, type LeverKey, type LeverSettings, type LeverValues } from './params/levers';

export interface TimelineEntry {
  readonly lever: LeverKey;
  readonly value: number;
  /** First month (0-based) the value applies. */
  readonly fromMonth: number;
  /** First month it no longer applies (exclusive); omitted = until the end. */
  readonly toMonth?: number;
}

export interface Schedule {
  readonly months: number;
  /** lever key → value per month */
  readonly values: ReadonlyMap<LeverKey, Float64Array>;
}

export function compileSchedule(
  levers: LeverSettings,
  timeline: readonly TimelineEntry[],
  months: number,
): Schedule {
  const values = new Map<LeverKey, Float64Array>();
  for (const spec of LEVERS) {
    const v = levers[spec.key] ?? spec.defaultValue;
    values.set(spec.key, new Float64Array(months).fill(v));
  }
  // Later entries win where they overlap, so the order of the timeline is the order of decisions.
  for (const e of timeline) {
    const arr = values.get(e.lever);
    if (!arr || !LEVER_BY_KEY.has(e.lever)) throw new Error(`timeline: unknown lever "${e.lever}"`);
    const from = Math.max(0, Math.floor(e.fromMonth));
    const to = Math.min(months, e.toMonth === undefined ? months : Math.floor(e.toMonth));
    for (let m = from; m < to; m++) arr[m] = e.value;
  }
  return { months, values };
}

/** The levers in force in month m, as a plain record. */
export function leversAt(schedule: Schedule, month: number): LeverValues {
  const out = {} as Record<LeverKey, number>;
  const m = Math.min(Math.max(0, month), schedule.months - 1);
  for (const [k, arr] of schedule.values) out[k] = arr[m];
  return out;
}
