/**
 * A value that follows its source at once, except during a drag of a lever (lever-activity.ts):
 * then it follows when the drag pauses for `quietMs`, and at least every `maxWaitMs`. A single
 * keyboard step or click is never delayed.
 *
 * The value lands in a transition: what it feeds (the lanes' requests, the charts below the
 * plane) is rendered in slices that a lever's next movement can interrupt. A plain state update
 * from a timer renders at default priority, all at once: during a drag that was one task of
 * tens of milliseconds each time (issue 15: no long task during a drag).
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import { isDragging, msSinceLeverInput } from './levers/lever-activity';

export interface SettleTiming {
  readonly quietMs: number;
  readonly maxWaitMs: number;
}

export function useSettledValue<T>(value: T, { quietMs, maxWaitMs }: SettleTiming): T {
  const [settled, setSettled] = useState(value);
  const waitingSince = useRef<number | null>(null);

  useEffect(() => {
    if (Object.is(settled, value)) {
      waitingSince.current = null;
      return;
    }
    const now = performance.now();
    waitingSince.current ??= now;
    const delay = isDragging(now)
      ? Math.min(Math.max(0, quietMs - msSinceLeverInput(now)), Math.max(0, maxWaitMs - (now - waitingSince.current)))
      : 0;
    const timer = window.setTimeout(() => startTransition(() => setSettled(value)), delay);
    return () => window.clearTimeout(timer);
  }, [value, settled, quietMs, maxWaitMs]);

  return settled;
}
