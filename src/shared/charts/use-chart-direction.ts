/**
 * Charts in a right-to-left language read right to left: months run from the right, the value
 * axis stands on the right, margins swap sides, and labels anchored to a side take the other one.
 * The SVG itself is laid out with physical coordinates (charts.css sets `direction: ltr` on it, so
 * text anchors mean what they say); this hook says which way the page reads.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

const mirrored = new WeakMap<Margin, Margin>();

/** The margin with left and right swapped, the same object each time (Recharts compares props by reference). */
export function mirrorMargin(m: Margin): Margin {
  let out = mirrored.get(m);
  if (!out) {
    out = { ...m, left: m.right, right: m.left };
    mirrored.set(m, out);
  }
  return out;
}

export interface ChartDirection {
  readonly rtl: boolean;
  /** Where the value axis stands. */
  readonly yOrientation: 'left' | 'right';
  /** The margin for this direction. */
  margin(m: Margin): Margin;
  /** An SVG text anchor for text that should sit at the reading side's start ('start') or end ('end') of a point. */
  anchor(side: 'start' | 'end'): 'start' | 'end';
}

/**
 * Each language's direction, asked of i18next once: its answer builds an Intl.Locale and asks it
 * for its text info, and every chart asks at every render (during a drag, several times a second).
 */
const directions = new Map<string, boolean>();
function isRtl(dir: (lng?: string) => string, lng: string | undefined): boolean {
  // Before a language is resolved, i18next answers for whatever it falls back on: not kept.
  if (!lng) return dir(lng) === 'rtl';
  let rtl = directions.get(lng);
  if (rtl === undefined) {
    rtl = dir(lng) === 'rtl';
    directions.set(lng, rtl);
  }
  return rtl;
}

export function useChartDirection(): ChartDirection {
  const { i18n } = useTranslation();
  const rtl = isRtl((lng) => i18n.dir(lng), i18n.resolvedLanguage);
  return useMemo(
    () => ({
      rtl,
      yOrientation: rtl ? 'right' : 'left',
      margin: (m: Margin) => (rtl ? mirrorMargin(m) : m),
      anchor: (side: 'start' | 'end') => (rtl ? (side === 'start' ? 'end' : 'start') : side),
    }),
    [rtl],
  );
}
