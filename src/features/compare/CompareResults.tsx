/**
 * The comparison's results: what to show and against which mix, the month-by-month bands (or
 * paired differences), the plane, and the summary table. Everything here is computed from the
 * runs of the last completed comparison; a cancelled or newer setup leaves it as it is, with a
 * note when it no longer matches the mixes above.
 */
import { memo, useId, useMemo, useState } from 'react';
import type { OutputKey } from '../../../models/index';
import { ErrorBoundary } from '../../shared/ErrorBoundary';
import BandChart from './BandChart';
import { monthlyBands, monthlyDifferenceBands, pairedWithReference, referenceIndex, type Comparison } from './ensembles';
import { OutputSelect } from './Fields';
import type { CompareAction } from './setup-reducer';
import type { CompareSetup } from './setup';
import SpreadPlane from './SpreadPlane';
import { SummaryTable } from './SummaryTable';

interface CompareResultsProps {
  readonly comparison: Comparison;
  readonly stale: boolean;
  readonly setup: CompareSetup;
  readonly dispatch: (action: CompareAction) => void;
  readonly runId: number;
}

/** Memoised: progress redraws the view while runs go, and these results do not change meanwhile. */
export const CompareResults = memo(function CompareResults({ comparison, stale, setup, dispatch, runId }: CompareResultsProps) {
  const refId = useId();
  const [difference, setDifference] = useState(false);
  const ref = referenceIndex(comparison, setup);
  const output: OutputKey = setup.output;
  const paired = useMemo(() => pairedWithReference(comparison, ref), [comparison, ref]);
  const series = useMemo(() => (difference ? monthlyDifferenceBands(comparison, ref, output) : monthlyBands(comparison, output)), [comparison, ref, output, difference]);
  const refTitle = comparison.mixes[ref]?.mix.title ?? '';

  const controls = (
    <div className="band-controls">
      <OutputSelect label="Show" value={output} onChange={(o) => dispatch({ type: 'setOutput', output: o })} testId="compare-output" />
      <fieldset className="segmented">
        <legend className="visually-hidden">What to draw</legend>
        <label>
          <input type="radio" name="band-mode" checked={!difference} onChange={() => setDifference(false)} /> Each mix
        </label>
        <label>
          <input type="radio" name="band-mode" checked={difference} onChange={() => setDifference(true)} data-testid="show-difference" /> Difference from the reference
        </label>
      </fieldset>
    </div>
  );

  return (
    <div className="compare-results" data-testid="compare-results" data-run-id={runId} data-seeds={comparison.seeds.length}>
      {stale && (
        <p className="notice stale-note" role="status">
          These results are for the mixes and settings of the last run. They have changed since: run the comparison again to update.
        </p>
      )}
      <div className="results-toolbar">
        <label className="field-inline" htmlFor={refId}>
          <span>Reference mix</span>
          <select
            id={refId}
            value={comparison.mixes[ref]?.mix.mix.id ?? ''}
            onChange={(e) => dispatch({ type: 'setReference', id: e.currentTarget.value })}
            data-testid="reference-select"
          >
            {comparison.mixes.map((m) => (
              <option key={m.mix.mix.id} value={m.mix.mix.id}>
                {m.mix.number}. {m.mix.title}
              </option>
            ))}
          </select>
        </label>
        <span className="small">
          {comparison.seeds.length} seeds ({comparison.seeds[0]}–{comparison.seeds[comparison.seeds.length - 1]}), {new Intl.NumberFormat('en-GB').format(comparison.agents)} agents, {comparison.months} months.
        </span>
      </div>
      <div className="compare-charts">
        <ErrorBoundary what="this chart">
          <BandChart comparison={comparison} series={series} output={output} difference={difference} referenceTitle={refTitle} runId={runId} controls={controls} />
        </ErrorBoundary>
        <ErrorBoundary what="this chart">
          <SpreadPlane comparison={comparison} runId={runId} />
        </ErrorBoundary>
      </div>
      <SummaryTable comparison={comparison} paired={paired} reference={ref} />
    </div>
  );
});
