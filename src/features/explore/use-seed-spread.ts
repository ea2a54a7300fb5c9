/**
 * React hook: the key figures over several seeds, a moment after one run of each is shown. The
 * user's settings and the reference are run on as many consecutive seeds from the user's own as
 * the settings ask for (`seeds` in the link, shared/settings/spread-seeds.ts; the first pair is
 * the one already shown, so it comes from the store), one run at a time on the explorer's own
 * service, and paired by seed (seed-spread.ts). With one seed nothing runs in the background:
 * the one run shown is the figures.
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
import { DEFAULT_SPREAD_SEEDS } from '../../shared/settings/spread-seeds';

/** How long the settings rest, with both lanes idle, before the seeds are run. */
export const SPREAD_DELAY_MS = 400;

export interface SpreadState {
  /** The figures over every seed, once all are in; null before (and always, with one seed). */
  readonly spread: SeedSpread | null;
  /** Seeds done so far (pairs of runs). */
  readonly done: number;
  /** Seeds the figures are refined over; 1: no refining, the one run is shown. */
  readonly total: number;
  /** The seeds are being run. */
  readonly running: boolean;
}

const idleStates = new Map<number, SpreadState>();
/** Nothing refined yet, for `total` seeds: one object per number, so memoised views see no change. */
export function noSpread(total: number = DEFAULT_SPREAD_SEEDS): SpreadState {
  let state = idleStates.get(total);
  if (!state) idleStates.set(total, (state = { spread: null, done: 0, total, running: false }));
  return state;
}

/** The seeds of the spread: `count` consecutive ones including the user's, all within the limit. */
export function spreadSeeds(seed: number, count: number = DEFAULT_SPREAD_SEEDS): number[] {
  const first = Math.min(seed, maxFirstSeed(count));
  return Array.from({ length: count }, (_, i) => first + i);
}

/** The runs the spread asks for: a summary of one input. */
type SummaryRunner = Pick<RunService, 'run'>;

/**
 * The spread's work, apart from React: after SPREAD_DELAY_MS, the `count` seeds of both inputs,
 * one run at a time, each step reported through `report`. Returns the cancel function (no
 * further run is started, nothing more is reported). With one seed there is nothing to refine:
 * no timer, no run, no report.
 */
export function startSpread(service: SummaryRunner, current: RunInput, reference: RunInput, count: number, report: (state: SpreadState) => void): () => void {
  if (count <= 1) return () => undefined;
  let live = true;
  const timer = setTimeout(() => {
    void (async () => {
      const pairs: SeedPair[] = [];
      report({ ...noSpread(count), running: true });
      for (const seed of spreadSeeds(current.seed ?? 0, count)) {
        try {
          const a = await service.run({ ...current, seed }, { shape: 'summary' });
          if (!live) return;
          const b = await service.run({ ...reference, seed }, { shape: 'summary' });
          if (!live) return;
          pairs.push({ current: summaryRecord(a), reference: summaryRecord(b) });
        } catch {
          // A run that failed or was cancelled (the view closing) ends the spread; one run stays shown.
          if (live) report(noSpread(count));
          return;
        }
        const done = pairs.length;
        report({ spread: done === count ? pairedSpread(pairs, KEY_FIGURES) : null, done, total: count, running: done < count });
      }
    })();
  }, SPREAD_DELAY_MS);
  return () => {
    live = false;
    clearTimeout(timer);
  };
}

interface Held extends SpreadState {
  readonly key: string;
}

export function useSeedSpread(service: RunService, current: RunInput, reference: RunInput, idle: boolean, count: number = DEFAULT_SPREAD_SEEDS): SpreadState {
  const key = `${count}\n${service.keyOf(current)}\n${service.keyOf(reference)}`;
  const [held, setHeld] = useState<Held>({ key: '', ...noSpread(count) });

  useEffect(() => {
    if (!idle) return;
    return startSpread(service, current, reference, count, (state) => setHeld({ key, ...state }));
    // The key says everything about the two inputs and the number of seeds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, key, idle]);

  return held.key === key ? held : noSpread(count);
}
