/**
 * Levers and a timeline of lever changes are compiled, before the run, into one value per lever
 * per month — and, for the levers that can be aimed at a route, one value per route per month. The
 * model reads this schedule and never changes parameters mid-run, so a change from month m cannot
 * touch months before m.
 *
 * Entries are applied in the order of the timeline, later ones winning where they overlap. An
 * entry without a route applies to every route (as every entry did before levers had an address);
 * an entry with a route applies to that route only. So "pull-backs 1 on the long route from month
 * 24, then 0 everywhere from month 48" means what it says.
 */
import { AIMABLE_LEVER_KEYS } from './aim';
import { LEVERS, LEVER_BY_KEY, type LeverKey, type LeverSettings, type LeverValues } from './params/levers';
import { ROUTE_IDS, type RouteId } from './routes';

export interface TimelineEntry {
  readonly lever: LeverKey;
  readonly value: number;
  /** First month (0-based) the value applies. */
  readonly fromMonth: number;
  /** First month it no longer applies (exclusive); omitted = until the end. */
  readonly toMonth?: number;
  /** Route the value applies to; omitted = every route. Only levers in AIMABLE_LEVERS can be aimed. */
  readonly route?: RouteId;
}

/** Starting values aimed at one route: route id → lever key → value. */
export type RouteLevers = Readonly<Partial<Record<RouteId, LeverSettings>>>;

export interface Schedule {
  readonly months: number;
  /** lever key → value per month (the value for all routes) */
  readonly values: ReadonlyMap<LeverKey, Float64Array>;
  /** Route ids, in the order of `routeValues`' arrays. */
  readonly routeIds: readonly RouteId[];
  /** aimable lever key → per route (in routeIds' order) → value per month */
  readonly routeValues: ReadonlyMap<LeverKey, readonly Float64Array[]>;
}

export function compileSchedule(
  levers: LeverSettings,
  timeline: readonly TimelineEntry[],
  months: number,
  routeIds: readonly RouteId[] = ROUTE_IDS,
  routeLevers: RouteLevers = {},
): Schedule {
  const values = new Map<LeverKey, Float64Array>();
  for (const spec of LEVERS) {
    const v = levers[spec.key] ?? spec.defaultValue;
    values.set(spec.key, new Float64Array(months).fill(v));
  }
  const routeValues = new Map<LeverKey, Float64Array[]>();
  for (const key of AIMABLE_LEVER_KEYS as readonly LeverKey[]) {
    const all = values.get(key)![0];
    routeValues.set(
      key,
      routeIds.map((id) => new Float64Array(months).fill(routeLevers[id]?.[key] ?? all)),
    );
  }
  // Later entries win where they overlap, so the order of the timeline is the order of decisions.
  for (const e of timeline) {
    const arr = values.get(e.lever);
    if (!arr || !LEVER_BY_KEY.has(e.lever)) throw new Error(`timeline: unknown lever "${e.lever}"`);
    const from = Math.max(0, Math.floor(e.fromMonth));
    const to = Math.min(months, e.toMonth === undefined ? months : Math.floor(e.toMonth));
    const perRoute = routeValues.get(e.lever);
    if (e.route !== undefined) {
      const r = routeIds.indexOf(e.route);
      if (!perRoute || r < 0) throw new Error(`timeline: ${e.lever} cannot be aimed at route "${e.route}"`);
      for (let m = from; m < to; m++) perRoute[r][m] = e.value;
      continue;
    }
    for (let m = from; m < to; m++) arr[m] = e.value;
    if (perRoute) for (const routeArr of perRoute) for (let m = from; m < to; m++) routeArr[m] = e.value;
  }
  return { months, values, routeIds, routeValues };
}

/** The levers in force in month m for all routes, as a plain record. */
export function leversAt(schedule: Schedule, month: number): LeverValues {
  const out = {} as Record<LeverKey, number>;
  const m = Math.min(Math.max(0, month), schedule.months - 1);
  for (const [k, arr] of schedule.values) out[k] = arr[m];
  return out;
}

/** The levers in force in month m on route r (index into the schedule's routeIds). */
export function leversOnRoute(schedule: Schedule, month: number, r: number): LeverValues {
  const out = { ...leversAt(schedule, month) } as Record<LeverKey, number>;
  const m = Math.min(Math.max(0, month), schedule.months - 1);
  for (const [k, perRoute] of schedule.routeValues) out[k] = perRoute[r][m];
  return out;
}

/** Whether every lever, and every lever aimed at a route, has the same value in months m1 and m2 of the schedule. */
export function sameLevers(schedule: Schedule, m1: number, m2: number): boolean {
  for (const arr of schedule.values.values()) if (arr[m1] !== arr[m2]) return false;
  for (const perRoute of schedule.routeValues.values()) for (const arr of perRoute) if (arr[m1] !== arr[m2]) return false;
  return true;
}

/** Whether two schedules of the same length and routes set every lever alike in each month before `until`. */
export function sameLeversUntil(a: Schedule, b: Schedule, until: number): boolean {
  if (a.months !== b.months || a.routeIds.join() !== b.routeIds.join()) return false;
  return firstDifference(a, b) >= until;
}

/** The first month in which two schedules of the same length and routes set some lever differently (their length if none). */
export function firstDifference(a: Schedule, b: Schedule): number {
  let first = a.months;
  for (const [key, values] of a.values) {
    const other = b.values.get(key);
    for (let m = 0; m < first; m++) if (!other || other[m] !== values[m]) first = m;
  }
  for (const [key, perRoute] of a.routeValues) {
    const other = b.routeValues.get(key);
    perRoute.forEach((values, r) => {
      for (let m = 0; m < first; m++) if (!other || other[r][m] !== values[m]) first = m;
    });
  }
  return first;
}

