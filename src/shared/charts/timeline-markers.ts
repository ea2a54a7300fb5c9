/**
 * Where the monthly chart marks the timeline: one marker per month in which a policy starts or
 * stops, numbered in order, each listing what changes that month — every lever's value before
 * and after (from the compiled schedule, so overlapping entries are described as they run) and
 * the entry's note. Months are counted from 1, as on the chart's axis. Pure.
 */
import { formatNumber } from '../format';
import { i18n } from '../i18n/i18n';
import { compileSchedule, LEVER_BY_KEY, type LeverKey, type LeverSettings } from '../../../models/index';
import type { TimelineChange } from '../settings/timeline';

export interface MarkerItem {
  readonly lever: string;
  readonly label: string;
  readonly before: number;
  readonly after: number;
  /** Notes of the changes that start this month (undefined: a change without a note). */
  readonly starts: readonly (string | undefined)[];
  /** Notes of earlier changes that end this month (their value lapses). */
  readonly ends: readonly (string | undefined)[];
}

export interface TimelineMarker {
  /** 1, 2, … in the order of the months. */
  readonly number: number;
  /** The first month (counted from 1) with the new values. */
  readonly month: number;
  readonly items: readonly MarkerItem[];
}

export interface RunSchedule {
  readonly levers: LeverSettings;
  readonly timeline: readonly TimelineChange[];
}

type Notes = { starts: (string | undefined)[]; ends: (string | undefined)[] };

export function timelineMarkers(schedule: RunSchedule, months: number): TimelineMarker[] {
  if (months < 2 || schedule.timeline.length === 0) return [];
  const compiled = compileSchedule(schedule.levers, schedule.timeline, months);
  const byMonth = new Map<number, Map<LeverKey, Notes>>();
  const add = (m: number, lever: LeverKey, kind: 'starts' | 'ends', note: string | undefined) => {
    // m is 0-based: the first month with the new value. Month 0 is the start, not a change.
    if (m < 1 || m >= months || !compiled.values.has(lever)) return;
    const levers = byMonth.get(m) ?? new Map<LeverKey, Notes>();
    const entry = levers.get(lever) ?? { starts: [], ends: [] };
    entry[kind].push(note);
    levers.set(lever, entry);
    byMonth.set(m, levers);
  };
  for (const c of schedule.timeline) {
    add(c.fromMonth, c.lever, 'starts', c.note);
    if (c.toMonth !== undefined) add(c.toMonth, c.lever, 'ends', c.note);
  }
  const item = (m: number, lever: LeverKey, notes: Notes): MarkerItem => {
    const values = compiled.values.get(lever) as Float64Array;
    return { lever, label: LEVER_BY_KEY.get(lever)?.label ?? lever, before: values[m - 1], after: values[m], ...notes };
  };
  return [...byMonth.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([m, levers], i) => ({ number: i + 1, month: m + 1, items: [...levers.entries()].map(([lever, notes]) => item(m, lever, notes)) }));
}

const TWO_DECIMALS = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;
const value = (x: number) => formatNumber(x, TWO_DECIMALS);

/**
 * "Enforcement intensity 0.30 → 0.50 (Phase 1)" or "… 0.60 → 0.20 (Rescue cut; end of: Naval
 * rescue)", in the interface language (the notes are the scenario's own words).
 */
export function describeItem(item: MarkerItem): string {
  const t = i18n.t;
  const change = item.before === item.after ? t('common:marks.stays', { value: value(item.after) }) : `${value(item.before)} → ${value(item.after)}`;
  const notes = [...item.starts.filter((n): n is string => !!n), ...item.ends.map((n) => (n ? t('common:marks.endOf', { note: n }) : t('common:marks.changeEnds')))];
  const label = t(`model:levers.${item.lever}.label`);
  return notes.length ? t('common:marks.itemWithNotes', { label, change, notes: notes.join('; ') }) : t('common:marks.item', { label, change });
}

/** What changes at a mark, without its month. */
export function describeItems(marker: TimelineMarker): string {
  return marker.items.map(describeItem).join('; ');
}

export function describeMarker(marker: TimelineMarker): string {
  return i18n.t('common:marks.marker', { month: marker.month, items: describeItems(marker) });
}
