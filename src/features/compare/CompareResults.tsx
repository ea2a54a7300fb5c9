/**
 * The comparison's results: what to show and against which mix, the month-by-month bands (or
 * paired differences), the plane, and the summary table. Everything here is computed from the
 * runs of the last completed comparison; a cancelled or newer setup leaves it as it is, with a
 * note when it no longer matches the mixes above.
 */
import { memo, useCallback, useId, useMemo, useState } from 'react';
import { DEFAULT_WEIGHTS, type IndexWeights, type OutputKey } from '../../../models/index';
import { ErrorBoundary } from '../../shared/ErrorBoundary';
import BandChart from './BandChart';
import { monthlyBands, monthlyDifferenceBands, pairedWithReference, referenceIndex, type Comparison } from './ensembles';
import { OutputSelect } from './Fields';
import type { CompareAction } from './setup-reducer';
import { setupWeights, type CompareSetup } from './setup';
import { WeightsPanel } from '../../shared/weights/WeightsPanel';
import SpreadPlane from './SpreadPlane';
import { WeightsInUse } from './WeightsInUse';
import { readingName } from '../../shared/weights/reading';
import { CompareRobustness } from './CompareRobustness';
import { SummaryTable } from './SummaryTable';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../shared/format';
import { useMixText } from './use-mix-text';

interface CompareResultsProps {
  readonly comparison: Comparison;
  readonly stale: boolean;
  /** While the comparison still runs: the seeds these results cover, of all it will have. */
  readonly partial?: { readonly done: number; readonly of: number };
  readonly setup: CompareSetup;
  readonly dispatch: (action: CompareAction) => void;
  readonly runId: number;
}

/** Memoised: progress redraws the view while runs go, and these results do not change meanwhile. */
export const CompareResults = memo(function CompareResults({ comparison, stale, partial, setup, dispatch, runId }: CompareResultsProps) {
  const { t } = useTranslation('compare');
  const mixText = useMixText();
  const refId = useId();
  const [difference, setDifference] = useState(false);
  const ref = referenceIndex(comparison, setup);
  const output: OutputKey = setup.output;
  const paired = useMemo(() => pairedWithReference(comparison, ref), [comparison, ref]);
  const series = useMemo(() => (difference ? monthlyDifferenceBands(comparison, ref, output) : monthlyBands(comparison, output)), [comparison, ref, output, difference]);
  const refMix = comparison.mixes[ref]?.mix;
  const refTitle = refMix ? mixText.title(refMix) : '';
  const weights = setupWeights(setup);
  const onWeights = useCallback((w: IndexWeights) => dispatch({ type: 'setWeights', weights: w }), [dispatch]);
  const onDefaultWeights = useCallback(() => dispatch({ type: 'setWeights', weights: DEFAULT_WEIGHTS }), [dispatch]);

  const controls = (
    <div className="band-controls">
      <OutputSelect label={t('results.show')} value={output} onChange={(o) => dispatch({ type: 'setOutput', output: o })} testId="compare-output" />
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('results.whatToDraw')}</legend>
        <label>
          <input type="radio" name="band-mode" checked={!difference} onChange={() => setDifference(false)} /> {t('results.eachMix')}
        </label>
        <label>
          <input type="radio" name="band-mode" checked={difference} onChange={() => setDifference(true)} data-testid="show-difference" /> {t('results.difference')}
        </label>
      </fieldset>
    </div>
  );

  return (
    <div className="compare-results" data-testid="compare-results" data-run-id={runId} data-seeds={comparison.seeds.length} data-partial={partial ? 'true' : undefined}>
      {stale && (
        <p className="notice stale-note" role="status">
          {t('results.stale')}
        </p>
      )}
      {partial && (
        <p className="notice partial-note" data-testid="partial-note">
          {t('results.partial', { done: partial.done, of: partial.of })}
        </p>
      )}
      <div className="results-toolbar">
        <label className="field-inline" htmlFor={refId}>
          <span>{t('results.reference')}</span>
          <select
            id={refId}
            value={comparison.mixes[ref]?.mix.mix.id ?? ''}
            onChange={(e) => dispatch({ type: 'setReference', id: e.currentTarget.value })}
            data-testid="reference-select"
          >
            {comparison.mixes.map((m) => (
              <option key={m.mix.mix.id} value={m.mix.mix.id}>
                {mixText.numbered(m.mix)}
              </option>
            ))}
          </select>
        </label>
        <span className="small">
          {t('results.size', {
            count: comparison.seeds.length,
            first: comparison.seeds[0],
            last: comparison.seeds[comparison.seeds.length - 1],
            agents: formatCount(comparison.agents),
            months: comparison.months,
          })}
        </span>
      </div>
      <div className="compare-charts">
        <ErrorBoundary what={t('results.thisChart')}>
          <BandChart comparison={comparison} series={series} output={output} difference={difference} referenceTitle={refTitle} runId={runId} controls={controls} />
        </ErrorBoundary>
        <ErrorBoundary what={t('results.thisChart')}>
          <SpreadPlane comparison={comparison} runId={runId} reading={readingName(weights)} />
        </ErrorBoundary>
      </div>
      <WeightsInUse weights={weights} onDefaults={onDefaultWeights} />
      <SummaryTable comparison={comparison} paired={paired} reference={ref} />
      <WeightsPanel weights={weights} onChange={onWeights} testId="compare-weights" />
      <CompareRobustness comparison={comparison} reference={ref} weights={weights} />
    </div>
  );
});
