/**
 * React hook: the key figures over several seeds, a moment after one run of each is shown. The
 * user's settings and the reference are run on SPREAD_SEEDS consecutive seeds from the user's
 * own (the first pair is the one already shown, so it comes from the store), one run at a time on
 * the explorer's own service, and paired by seed (seed-spread.ts).
 *
 * Dragging must stay smooth: the work starts only once both lanes are idle and the settings
 * have rested for SPREAD_DELAY_MS, it runs one run at a time so a worker is always free for the
 * lanes, and a change of settings cancels it: no further run is started for the old settings.
 * The run in flight is let finish rather than aborted (aborting terminates its worker, and a
 * fresh worker runs cold); its result is stored, so coming back to those settings costs less.
 */
import { useEffect, useState } from 'react';
import { maxFirstSeed, type RunInput } from '../../../models/index';
import { summaryRecord, type RunService } from '../../runner/index';
import { pairedSpread, type SeedPair, type SeedSpread } from '../../shared/headline/seed-spread';
import { KEY_FIGURES } from '../../shared/key-figures';

/** Seeds the figures are refined over: enough for a median and a rough 5–95% range, in a few seconds. */
export const SPREAD_SEEDS = 10;
/** How long the settings rest, with both lanes idle, before the seeds are run. */
export const SPREAD_DELAY_MS = 400;

export interface SpreadState {
  /** The figures over every seed, once all are in; null before. */
  readonly spread: SeedSpread | null;
  /** Seeds done so far (pairs of runs). */
  readonly done: number;
  readonly total: number;
  /** The seeds are being run. */
  readonly running: boolean;
}

export const NO_SPREAD: SpreadState = { spread: null, done: 0, total: SPREAD_SEEDS, running: false };

/** The seeds of the spread: SPREAD_SEEDS consecutive ones including the user's, all within the limit. */
export function spreadSeeds(seed: number, count = SPREAD_SEEDS): number[] {
  const first = Math.min(seed, maxFirstSeed(count));
  return Array.from({ length: count }, (_, i) => first + i);
}

interface Held extends SpreadState {
  readonly key: string;
}

export function useSeedSpread(service: RunService, current: RunInput, reference: RunInput, idle: boolean): SpreadState {
  const key = `${service.keyOf(current)}\n${service.keyOf(reference)}`;
  const [held, setHeld] = useState<Held>({ key: '', ...NO_SPREAD });

  useEffect(() => {
    if (!idle) return;
    let live = true;
    const timer = setTimeout(() => {
      void (async () => {
        const pairs: SeedPair[] = [];
        setHeld({ key, ...NO_SPREAD, running: true });
        for (const seed of spreadSeeds(current.seed ?? 0)) {
          try {
            const a = await service.run({ ...current, seed }, { shape: 'summary' });
            if (!live) return;
            const b = await service.run({ ...reference, seed }, { shape: 'summary' });
            if (!live) return;
            pairs.push({ current: summaryRecord(a), reference: summaryRecord(b) });
          } catch {
            // A run that failed or was cancelled (the view closing) ends the spread; one run stays shown.
            if (live) setHeld({ key, ...NO_SPREAD });
            return;
          }
          const done = pairs.length;
          setHeld({ key, spread: done === SPREAD_SEEDS ? pairedSpread(pairs, KEY_FIGURES) : null, done, total: SPREAD_SEEDS, running: done < SPREAD_SEEDS });
        }
      })();
    }, SPREAD_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // The key says everything about the two inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, key, idle]);

  return held.key === key ? held : NO_SPREAD;
}
