/**
 * One of the explorer's charts for a lecture step, by the name a tour uses (plane, monthly,
 * outcomes, routes, dimensions, kpis). The comparison drawn behind the step's run is the start
 * of the tour (step 1), which is what the steps' statements compare with.
 */
import { lazy, Suspense } from 'react';
import type { OutputKey, RunResult } from '../../../models/index';
import type { TourStep } from '../../../scenarios/tours';
import { stepScenario } from '../../../scenarios/tours';
import { KeyFigures } from '../../shared/KeyFigures';
import type { OtherPoint } from '../../shared/charts/SecurityPlane';
import { useTranslation } from 'react-i18next';

const SecurityPlane = lazy(() => import('../../shared/charts/SecurityPlane'));
const SeriesChart = lazy(() => import('../../shared/charts/SeriesChart'));
const OutcomesChart = lazy(() => import('../../shared/charts/OutcomesChart'));
const RoutesChart = lazy(() => import('../../shared/charts/RoutesChart'));
const InsecurityChart = lazy(() => import('../../shared/charts/InsecurityChart'));

export type ChartName = TourStep['highlight'];

/** The charts a step can point at; each is named by the catalogue's `charts.<name>`. */
export const CHART_NAMES: readonly ChartName[] = ['plane', 'monthly', 'outcomes', 'routes', 'dimensions', 'kpis'];

interface StepChartProps {
  readonly chart: ChartName;
  readonly step: TourStep;
  readonly run: RunResult;
  readonly start: RunResult | null;
  readonly runId: number;
  /** Other steps' runs the plane shows as well (the step's `alsoOnPlane`). */
  readonly others?: readonly OtherPoint[];
}

export function StepChart({ chart, step, run, start, runId, others }: StepChartProps) {
  const { t } = useTranslation('lecture');
  const firstClaim = step.claims[0]?.output as OutputKey | undefined;
  const scenario = stepScenario(step);
  let body;
  switch (chart) {
    case 'plane':
      body = <SecurityPlane current={run} baseline={start} runId={runId} others={others} />;
      break;
    case 'monthly':
      // A lecture opens on the 12-month average: one seed's months swing too much to show a trend from the back of a room.
      body = (
        <SeriesChart
          key={step.title}
          current={run}
          baseline={start}
          runId={runId}
          initialOutput={firstClaim}
          initialView="smoothed"
          schedule={{ levers: scenario.levers, timeline: scenario.timeline }}
        />
      );
      break;
    case 'outcomes':
      body = <OutcomesChart current={run} runId={runId} />;
      break;
    case 'routes':
      body = <RoutesChart current={run} baseline={start} runId={runId} />;
      break;
    case 'dimensions':
      body = <InsecurityChart current={run} runId={runId} />;
      break;
    case 'kpis':
      body = (
        <section className="chart lecture-kpis" aria-label={t('charts.kpis')}>
          <h3>{t('kpisTitle')}</h3>
          <KeyFigures summary={run.summary} baseline={start?.summary ?? null} months={run.months.length} />
        </section>
      );
      break;
  }
  return <Suspense fallback={<div className="chart-placeholder">{t('drawing')}</div>}>{body}</Suspense>;
}
