/**
 * The one-sentence headline of the key figures, as data: the largest meaningful changes against
 * the reference, and a verdict for each side drawn from what each change means for it
 * (output-meaning.ts). headline-text.ts puts it into words.
 *
 * A change is meaningful when it is at least MEANINGFUL_CHANGE of its reference and, once several
 * seeds are in, when its 5–95% range over them lies on one side of zero: a change the seeds do not
 * agree on could be chance, so it neither leads the sentence nor sways the verdict.
 */
import { relativeDifference, type OutputKey } from '../../../models/index';
import { changeMeaning, type ChangeMeaning } from '../output-meaning';

/**
 * Below 5% a change is within what one run's chance moves a figure (one seed against twenty, in
 * issue 15: dead and missing +2.2% against a median of +6.3%), too small to lead a headline.
 */
export const MEANINGFUL_CHANGE = 0.05;
/** The sentence names at most this many changes; the figures beside it show the rest. */
export const HEADLINE_PARTS = 3;

export interface HeadlineFigure {
  readonly key: OutputKey;
  /** The user's figure (a median over seeds once there are several). */
  readonly value: number;
  readonly reference: number;
  /** The change relative to the reference; computed from the two values when absent. */
  readonly change?: number;
  /** The 5–95% range of the change over seeds, when there are several. */
  readonly low?: number;
  readonly high?: number;
}

export interface HeadlinePart {
  readonly key: OutputKey;
  readonly direction: 'up' | 'down';
  /** Relative change, +Infinity/-Infinity from a reference of 0. */
  readonly change: number;
  readonly meaning: ChangeMeaning;
}

export type SideVerdict = 'better' | 'worse' | 'mixed' | null;

export interface Headline {
  /** Every figure equals its reference. */
  readonly unchanged: boolean;
  /** The largest meaningful changes, largest first (empty: nothing meaningful moved). */
  readonly parts: readonly HeadlinePart[];
  readonly people: SideVerdict;
  readonly state: SideVerdict;
  /** Seeds the figures rest on. */
  readonly seeds: number;
}

function changeOf(f: HeadlineFigure): number {
  const c = f.change ?? relativeDifference(f.value, f.reference);
  if (!Number.isNaN(c)) return c;
  return f.value > f.reference ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
}

function meaningful(f: HeadlineFigure, change: number): boolean {
  if (!(Math.abs(change) >= MEANINGFUL_CHANGE)) return false;
  if (f.low === undefined || f.high === undefined || Number.isNaN(f.low) || Number.isNaN(f.high)) return true;
  return change > 0 ? f.low > 0 : f.high < 0;
}

function verdict(parts: readonly HeadlinePart[], side: 'people' | 'state'): SideVerdict {
  const better = parts.filter((p) => p.meaning === `better-${side}`).length;
  const worse = parts.filter((p) => p.meaning === `worse-${side}`).length;
  if (better === 0 && worse === 0) return null;
  if (better === worse) return 'mixed';
  return better > worse ? 'better' : 'worse';
}

/**
 * The headline of `figures`. The verdict counts every meaningful change, not only those named:
 * for each side, more changes better for it than worse gives "better", and a tie "mixed".
 */
export function makeHeadline(figures: readonly HeadlineFigure[], seeds = 1): Headline {
  const unchanged = figures.every((f) => f.value === f.reference);
  const moved: HeadlinePart[] = [];
  for (const f of figures) {
    const change = changeOf(f);
    if (!meaningful(f, change)) continue;
    const direction = change > 0 ? 'up' : 'down';
    moved.push({ key: f.key, direction, change, meaning: changeMeaning(f.key, direction) });
  }
  // Largest first; equal sizes keep the figures' order (Array.prototype.sort is stable).
  const ranked = [...moved].sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  return { unchanged, parts: ranked.slice(0, HEADLINE_PARTS), people: verdict(moved, 'people'), state: verdict(moved, 'state'), seeds };
}
