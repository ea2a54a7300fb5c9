/**
 * The results of the user's run against the baseline: the human- versus State-security plane at
 * the centre, the key figures beside it, then the charts. The charts are loaded lazily (they
 * bring Recharts), and their modules are requested as soon as this one loads, so they arrive
 * while the first run is still computing; the plots of the charts below the plane wait until
 * they come near the viewport (MoreCharts). `data-run-id` says which run is shown and
 * `data-run-state` whether a newer one is on its way.
 */
import { lazy, memo, Suspense, useMemo, type ReactNode } from 'react';
import type { Calibration, RouteId, RunResult } from '../../../../models/index';
import { AimedNote } from './AimedNote';
import type { ExplorerRuns } from '../use-explorer-runs';
import type { RunSchedule } from '../../../shared/charts/timeline-markers';
import { ErrorBoundary } from '../../../shared/ErrorBoundary';
import { IndexFormulas } from './IndexFormulas';
import { KeyFigures } from '../../../shared/KeyFigures';
import { MeaningLegend } from '../../../shared/MeaningLegend';
import type { Reference } from '../../../shared/settings/reference';
import { Headline } from './Headline';
import { ReferenceChoice } from './ReferenceChoice';
import { RunStatus } from './RunStatus';
import { useSettledValue } from '../use-settled-value';
import { useTranslation } from 'react-i18next';
import type { StateReadingName } from '../../../shared/weights/reading';

const charts = import('../../../shared/charts/index');
const SecurityPlane = lazy(() => charts.then((m) => ({ default: m.SecurityPlane })));
const SeriesChart = lazy(() => charts.then((m) => ({ default: m.SeriesChart })));
const OutcomesChart = lazy(() => charts.then((m) => ({ default: m.OutcomesChart })));
const RoutesChart = lazy(() => charts.then((m) => ({ default: m.RoutesChart })));
const InsecurityChart = lazy(() => charts.then((m) => ({ default: m.InsecurityChart })));
const RouteMonthsChart = lazy(() => charts.then((m) => ({ default: m.RouteMonthsChart })));

/** A moved lever aimed at one route. */
export interface AimedLever {
  readonly key: string;
  readonly route: RouteId;
  readonly value: number;
}

function Placeholder({ tall }: { readonly tall?: boolean }) {
  const { t } = useTranslation('explore');
  return <div className={tall ? 'chart-placeholder tall' : 'chart-placeholder'}>{t('results.preparingChart')}</div>;
}

function Slot({ children, tall }: { readonly children: ReactNode; readonly tall?: boolean }) {
  const { t } = useTranslation('explore');
  return (
    <ErrorBoundary what={t('results.thisChart')}>
      <Suspense fallback={<Placeholder tall={tall} />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

interface ChartsProps {
  readonly current: RunResult;
  readonly baseline: RunResult | null;
  readonly runId: number;
  readonly schedule?: RunSchedule;
  /** The route the per-route chart opens on. */
  readonly focusRoute?: string;
}

/** During a drag, the charts below the plane redraw when the hand pauses, or twice a second. */
const CHART_SETTLING = { quietMs: 100, maxWaitMs: 500 } as const;

/**
 * The charts below the plane: heavier to draw, so they wait for a pause in a drag (use-settled-value).
 * They are below the first screen at every size we check, so each plot (and the Recharts parts
 * only these use) loads when it comes near the viewport (deferPlot, shared/charts/PlotGate.tsx);
 * their titles, summaries and data tables are there at once.
 */
const MoreCharts = memo(function MoreCharts({ current: latest, baseline: latestBaseline, runId: latestId, schedule: latestSchedule, focusRoute }: ChartsProps) {
  const incoming = useMemo(
    () => ({ current: latest, baseline: latestBaseline, runId: latestId, schedule: latestSchedule }),
    [latest, latestBaseline, latestId, latestSchedule],
  );
  const { current, baseline, runId, schedule } = useSettledValue(incoming, CHART_SETTLING);
  return (
    <div className="chart-grid">
      <Slot>
        <SeriesChart current={current} baseline={baseline} runId={runId} schedule={schedule} deferPlot />
      </Slot>
      <Slot>
        <OutcomesChart current={current} runId={runId} deferPlot />
      </Slot>
      <Slot>
        <RoutesChart current={current} baseline={baseline} runId={runId} deferPlot />
      </Slot>
      <Slot>
        <RouteMonthsChart key={focusRoute ?? ''} current={current} baseline={baseline} runId={runId} initialRoute={focusRoute} deferPlot />
      </Slot>
      <Slot>
        <InsecurityChart current={current} runId={runId} deferPlot />
      </Slot>
    </div>
  );
});

interface ResultsProps {
  readonly runs: ExplorerRuns;
  /** Settings have changed but their run is not asked for yet (a drag is throttled). */
  readonly waiting: boolean;
  readonly calibration?: Readonly<Partial<Calibration>>;
  /** The levers and timeline of the user's run (the monthly chart marks the timeline). */
  readonly schedule?: RunSchedule;
  /** Shown between the plane with its key figures and the other charts (the history check). */
  readonly between?: ReactNode;
  /** Moved levers aimed at one route, named beside the key figures. */
  readonly aimed?: readonly AimedLever[];
  /** Shown under the plane, before the formulas (the weights panel, the decomposition). */
  readonly belowPlane?: ReactNode;
  /** The reading of State security the indices are weighed with (the plane's axis names it). */
  readonly reading?: StateReadingName;
  /** What the figures are compared with, and how to change it. */
  readonly reference: Reference;
  readonly onReference: (reference: Reference) => void;
}

export function Results({ runs, waiting, calibration, schedule, between, aimed, belowPlane, reading, reference, onReference }: ResultsProps) {
  const { t } = useTranslation('explore');
  const { t: tc } = useTranslation();
  const current = runs.current.shown;
  const baseline = runs.baseline.shown?.result ?? null;
  const referenceShort = tc(`reference.short.${reference}`);
  // Not settled: the settings changed and their runs are not asked for yet; the figures shown are
  // the previous settings'. Say so (data-run-state) rather than present them as the answer.
  const busy = waiting || !current || runs.current.busy || runs.baseline.busy || !baseline || !runs.settled;
  return (
    <div className="results" data-testid="results" data-run-id={current?.id ?? 0} data-run-state={busy ? 'running' : 'idle'}>
      <div className="results-top">
        <div className="plane-column">
          <Slot tall>{current ? <SecurityPlane current={current.result} baseline={baseline} runId={current.id} reading={reading} baselineLabel={referenceShort} /> : <Placeholder tall />}</Slot>
          {belowPlane}
          <IndexFormulas calibration={calibration} />
        </div>
        <section className="kpi-column" aria-labelledby="kpi-title">
          <h2 id="kpi-title">{t('results.keyFigures')}</h2>
          <p className="kpi-intro">
            {current ? t('results.totalsIntro', { months: current.result.months.length }) : t('results.againstBaseline')}
          </p>
          <ReferenceChoice value={reference} onChange={onReference} />
          {aimed && aimed.length > 0 && <AimedNote aimed={aimed} />}
          <RunStatus current={runs.current} baseline={runs.baseline} waiting={waiting} />
          {current && baseline && !busy && <Headline summary={current.result.summary} reference={baseline.summary} spread={runs.spread} referenceName={tc(`reference.name.${reference}`)} />}
          <MeaningLegend />
          {current && <KeyFigures summary={current.result.summary} baseline={baseline?.summary ?? null} months={current.result.months.length} referenceName={referenceShort} spread={runs.spread.spread} />}
          <p className="honest-note" data-testid="honest-note">
            {t('results.honestNote')}{' '}
            <a href="#/compare?add=explorer" data-testid="see-spread">
              {t('results.seeSpread')}
            </a>
            {t('results.honestNoteEnd')}
          </p>
        </section>
      </div>
      {between}
      {current && <MoreCharts current={current.result} baseline={baseline} runId={current.id} schedule={schedule} focusRoute={aimed?.[0]?.route} />}
    </div>
  );
}
