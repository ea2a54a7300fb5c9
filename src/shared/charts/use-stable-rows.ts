/**
 * Keep the previous rows when the new ones hold the same values, so a memoised chart whose data
 * did not change (the insecurity levels while enforcement moves, say) is not redrawn. Recharts
 * redraws are the most expensive thing on the page.
 */
import { useState } from 'react';
import { sameRows } from './chart-data';

export function useStableRows<T extends object>(rows: readonly T[]): readonly T[] {
  const [previous, setPrevious] = useState(rows);
  const same = sameRows(previous, rows);
  if (!same) setPrevious(rows);
  return same ? previous : rows;
}
