/**
 * The routes compared, over the whole run: attempts, arrivals, deaths and the death rate per
 * attempt on each route, from the run summary. Four small bar charts share one colour per route;
 * the baseline is the outlined bar beside each filled bar, so the comparison does not rely on
 * colour.
 */
import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteSummary, RunResult } from '../../../models/index';
import { formatCompact, formatCount, formatNumber } from '../format';
import { useModelText } from '../i18n/model-text';
import { routeRows, type RouteMetric } from './chart-data';
import { routeColour as colourOf } from './chart-theme';
import { ChartFigure } from './ChartFigure';
import { WhenSeen } from './PlotGate';
import { useStableRows } from './use-stable-rows';

const RATE = { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;
const RATE_AXIS = { style: 'percent', maximumFractionDigits: 1 } as const;

/** Each metric's name is the catalogue's `routes.metrics.<key>`. */
const METRICS: readonly { key: RouteMetric; format: (v: number) => string; axis: (v: number) => string }[] = [
  { key: 'attempts', format: formatCount, axis: formatCompact },
  { key: 'arrivals', format: formatCount, axis: formatCompact },
  { key: 'deathsMissing', format: formatCount, axis: formatCompact },
  { key: 'deathRatePerAttempt', format: (v) => formatNumber(v, RATE), axis: (v) => formatNumber(v, RATE_AXIS) },
];
const metricKey = (key: RouteMetric) => `routes.metrics.${key}`;

const KEY_ITEMS = [
  { key: 'routes.filled', colour: '#404040', swatch: true },
  { key: 'routes.outlined', colour: '#404040', marker: 'outline' as const },
];

const MiniBars = lazy(() => import('./plots/MiniBars'));

function MetricPanel({ current, baseline, metric }: { current: readonly RouteSummary[]; baseline: readonly RouteSummary[] | null; metric: (typeof METRICS)[number] }) {
  const fresh = useMemo(() => routeRows(current, baseline, metric.key), [current, baseline, metric.key]);
  const rows = useStableRows(fresh);
  const { t } = useTranslation();
  return (
    <div className="mini-chart">
      <h4 data-export-label="">{t(metricKey(metric.key))}</h4>
      <div className="mini-frame">
        <WhenSeen>
          <MiniBars rows={rows} axis={metric.axis} />
        </WhenSeen>
      </div>
    </div>
  );
}

interface RoutesChartProps {
  readonly current: RunResult;
  readonly baseline: RunResult | null;
  readonly runId: number;
  /** Draw the plots only near the viewport (ChartFigure). */
  readonly deferPlot?: boolean;
}

export default function RoutesChart({ current, baseline, runId, deferPlot }: RoutesChartProps) {
  const cur = current.summary.byRoute;
  const base = baseline?.summary.byRoute ?? null;
  const { t } = useTranslation();
  const mt = useModelText();
  // The scenario's routes (a scenario may switch one off), each in its own colour.
  const legend = useMemo(
    () => [...cur.map((r) => ({ label: mt.routeLabel(r.route), colour: colourOf(r.route), swatch: true })), ...KEY_ITEMS.map(({ key, ...item }) => ({ ...item, label: t(key) }))],
    [cur, mt, t],
  );
  const table = () => ({
    columns: [t('routes.colRoute'), ...METRICS.flatMap((m) => [t('series.colYours', { label: t(metricKey(m.key)) }), t('series.colBaseline', { label: t(metricKey(m.key)) })])],
    rows: cur.map((r) => {
      const b = base?.find((x) => x.route === r.route);
      return [mt.routeLabel(r.route), ...METRICS.flatMap((m) => [m.format(r[m.key]), b ? m.format(b[m.key]) : ''])];
    }),
  });
  return (
    <ChartFigure
      id="routes"
      title={t('routes.title')}
      description={t('routes.description', { months: current.months.length })}
      legend={legend}
      table={table}
      runId={runId}
      frameClassName="mini-grid"
      deferPlot={deferPlot}
    >
      {METRICS.map((m) => (
        <MetricPanel key={m.key} current={cur} baseline={base} metric={m} />
      ))}
    </ChartFigure>
  );
}
