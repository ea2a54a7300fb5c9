/**
 * A comparison read with the set-up's weights: the two index outputs of every run recomputed from
 * the terms the run already holds (month by month, and in the summary), then each mix summarised
 * again, so the table, the plane, the bands and the CSV all read the indices as the robustness
 * line does. No model run; with the defaults the comparison itself is returned.
 */
import { DEFAULT_WEIGHTS, HUMAN_SECURITY_INDEX, indexFromRecord, OUTPUT_KEYS, STATE_SECURITY_INDEX, summarySpreads, type IndexWeights } from '../../../models/index';
import { sameWeights } from '../../../scenarios/index-weights';
import { summaryRecord, type CompactRun } from '../../runner/index';
import type { Comparison } from './ensembles';

const K = OUTPUT_KEYS.length;
const HUMAN = OUTPUT_KEYS.indexOf('humanSecurityIndex');
const STATE = OUTPUT_KEYS.indexOf('stateSecurityIndex');

/** One run's index outputs for other weights; the summary's index is the mean of the months' (as models/summary.ts makes it). */
function reweighRun(run: CompactRun, w: IndexWeights): CompactRun {
  const summary = Float64Array.from(run.summary);
  let months: Float64Array | null = null;
  if (run.months) {
    months = Float64Array.from(run.months);
    const record: Record<string, number> = {};
    let human = 0;
    let state = 0;
    for (let m = 0; m < run.monthCount; m++) {
      for (let k = 0; k < K; k++) record[OUTPUT_KEYS[k]] = months[m * K + k];
      months[m * K + HUMAN] = indexFromRecord(HUMAN_SECURITY_INDEX, record, w.human);
      months[m * K + STATE] = indexFromRecord(STATE_SECURITY_INDEX, record, w.state);
      human += months[m * K + HUMAN];
      state += months[m * K + STATE];
    }
    const n = Math.max(1, run.monthCount);
    summary[HUMAN] = human / n;
    summary[STATE] = state / n;
  } else {
    // Without months, the summary's terms are the months' means and each index is linear in them.
    const record = summaryRecord(run);
    summary[HUMAN] = indexFromRecord(HUMAN_SECURITY_INDEX, record, w.human);
    summary[STATE] = indexFromRecord(STATE_SECURITY_INDEX, record, w.state);
  }
  return { ...run, summary, months };
}

export function reweighComparison(comparison: Comparison, weights: IndexWeights): Comparison {
  if (sameWeights(weights, DEFAULT_WEIGHTS)) return comparison;
  const mixes = comparison.mixes.map((m) => {
    const runs = m.runs.map((r) => reweighRun(r, weights));
    const summaries = runs.map((r) => ({ seed: r.seed, summary: summaryRecord(r) }));
    return { ...m, runs, summaries, spreads: summarySpreads(summaries.map((s) => s.summary)) };
  });
  return { ...comparison, mixes };
}
