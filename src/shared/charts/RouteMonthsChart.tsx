/**
 * One route month by month: the user picks the route and what to show — attempts, departures by
 * crossing method, arrivals, deaths, interceptions, pull-backs, the fee, operators, their seats
 * and boats (the model's per-route outputs, RunResult.routes). The baseline is the dashed ghost
 * line behind each line, as in the month-by-month chart; methods differ in colour and dash.
 * A lever aimed at one route shows here first: the chart opens on that route.
 */
import { lazy, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunResult } from '../../../models/index';
import { formatOutput } from '../format';
import { useModelText } from '../i18n/model-text';
import { ChartFigure } from './ChartFigure';
import { BASELINE_COLOUR, BASELINE_DASH, CURRENT_COLOUR } from './chart-theme';
import { BY_METHOD, METHOD_STYLES, outputOf, ROUTE_SERIES_CHOICES, routeMonthData, type RouteSeriesChoice } from './route-months';
import { WhenSeen } from './PlotGate';

const Plot = lazy(() => import('./plots/RouteMonthsPlot'));

interface RouteMonthsChartProps {
  readonly current: RunResult;
  readonly baseline: RunResult | null;
  readonly runId: number;
  /** The route shown first (a route a lever is aimed at). */
  readonly initialRoute?: string;
  /** Draw the plot only near the viewport (ChartFigure). */
  readonly deferPlot?: boolean;
}

export default function RouteMonthsChart({ current, baseline, runId, initialRoute, deferPlot }: RouteMonthsChartProps) {
  const { t } = useTranslation();
  const mt = useModelText();
  const routeId = useId();
  const seriesId = useId();
  const routes = current.routes;
  const [picked, setPicked] = useState<string | undefined>(initialRoute);
  const [choice, setChoice] = useState<RouteSeriesChoice>('attempts');
  const route = routes.find((r) => r.route === picked) ?? routes.find((r) => r.route === initialRoute) ?? routes[0];
  const spec = outputOf(choice);
  const data = useMemo(() => (route ? routeMonthData(current, baseline, route.route, choice) : { rows: [], lines: [] }), [current, baseline, route, choice]);
  const lineLabel = (i: number) => (choice === BY_METHOD && route ? mt.methodLabel(route.route, data.lines[i]?.method ?? '') : mt.routeOutputLabel(spec.key));
  const names = data.lines.flatMap((_, i) => [t('series.colYours', { label: lineLabel(i) }), t('series.colBaseline', { label: lineLabel(i) })]);
  const legend = useMemo(() => {
    if (choice !== BY_METHOD) return [
      { label: t('series.current'), colour: CURRENT_COLOUR },
      { label: t('series.baseline'), colour: BASELINE_COLOUR, dash: BASELINE_DASH },
    ];
    return [
      ...data.lines.map((l, i) => ({ label: route ? mt.methodLabel(route.route, l.method ?? '') : '', colour: METHOD_STYLES[i % METHOD_STYLES.length].colour, dash: METHOD_STYLES[i % METHOD_STYLES.length].dash })),
      { label: t('routeMonths.baselineDashed'), colour: BASELINE_COLOUR, dash: BASELINE_DASH },
    ];
  }, [choice, data.lines, route, mt, t]);
  const table = () => ({
    columns: [t('chart.month'), ...names],
    rows: data.rows.map((r) => [String(r.month), ...data.lines.flatMap((l) => [r[l.current], r[l.baseline]].map((v) => (v === undefined ? '' : formatOutput(spec, v))))]),
  });
  const controls = (
    <>
      <label className="chart-picker" htmlFor={routeId}>
        {t('routeMonths.route')}
        <select id={routeId} value={route?.route ?? ''} onChange={(e) => setPicked(e.target.value)} data-testid="route-months-route">
          {routes.map((r) => (
            <option key={r.route} value={r.route}>
              {mt.routeLabel(r.route)}
            </option>
          ))}
        </select>
      </label>
      <label className="chart-picker" htmlFor={seriesId}>
        {t('series.show')}
        <select id={seriesId} value={choice} onChange={(e) => setChoice(e.target.value as RouteSeriesChoice)} data-testid="route-months-series">
          {ROUTE_SERIES_CHOICES.map((c) => (
            <option key={c} value={c}>
              {c === BY_METHOD ? t('routeMonths.departuresByMethod') : mt.routeOutputLabel(c)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
  return (
    <ChartFigure
      id="route-months"
      title={t('routeMonths.title')}
      description={t('routeMonths.description', { label: choice === BY_METHOD ? t('routeMonths.departuresByMethod') : mt.routeOutputLabel(spec.key), unit: mt.routeOutputUnit(spec.key), route: route ? mt.routeLabel(route.route) : '' })}
      legend={legend}
      table={table}
      runId={runId}
      controls={controls}
      deferPlot={deferPlot}
    >
      <WhenSeen>
        <Plot data={data} spec={spec} names={names} />
      </WhenSeen>
    </ChartFigure>
  );
}
