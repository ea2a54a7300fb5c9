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

export function useChartDirection(): ChartDirection {
  const { i18n } = useTranslation();
  const rtl = i18n.dir(i18n.resolvedLanguage) === 'rtl';
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
