/**
 * One route month by month: the user picks the route and what to show — attempts, departures by
 * crossing method, arrivals, deaths, interceptions, pull-backs, the fee, operators, their seats
 * and boats (the model's per-route outputs, RunResult.routes). The baseline is the dashed ghost
 * line behind each line, as in the month-by-month chart; methods differ in colour and dash.
 * A lever aimed at one route shows here first: the chart opens on that route.
 */
import { memo, useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { RunResult } from '../../../models/index';
import { formatAxis, formatOutput } from '../format';
import { useModelText } from '../i18n/model-text';
import { ChartFigure } from './ChartFigure';
import { AXIS_COLOUR, AXIS_TICK, BASELINE_COLOUR, BASELINE_DASH, CURRENT_COLOUR, FILL_PARENT, GRID_COLOUR, MONTH_CHART_MARGIN, OKABE_ITO } from './chart-theme';
import { BY_METHOD, outputOf, ROUTE_SERIES_CHOICES, routeMonthData, type RouteMonthData, type RouteSeriesChoice } from './route-months';
import { useChartDirection } from './use-chart-direction';
import { useMonthAxis } from './use-month-axis';

/** Methods in order: colour and dash together, so they are told apart without colour. */
const METHOD_STYLES = [
  { colour: OKABE_ITO.blue, dash: undefined },
  { colour: OKABE_ITO.vermillion, dash: '8 3' },
  { colour: OKABE_ITO.bluishGreen, dash: '2 2' },
] as const;

type Spec = ReturnType<typeof outputOf>;

const Plot = memo(function Plot({ data, spec, names }: { readonly data: RouteMonthData; readonly spec: Spec; readonly names: readonly string[] }) {
  const dir = useChartDirection();
  const monthAxis = useMonthAxis(data.rows.length);
  const margin = useMemo(() => dir.margin(MONTH_CHART_MARGIN), [dir]);
  const tickFormatter = useCallback((v: number) => formatAxis(spec, v), [spec]);
  const split = data.lines.length > 1 || data.lines[0]?.method !== undefined;
  const hasBaseline = data.rows.length > 0 && data.rows[0][data.lines[0]?.baseline ?? ''] !== undefined;
  return (
    <LineChart responsive accessibilityLayer={false} data={data.rows} margin={margin} style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="2 4" />
      <XAxis {...monthAxis} />
      <YAxis tickFormatter={tickFormatter} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={56} orientation={dir.yOrientation} />
      {hasBaseline &&
        data.lines.map((l, i) => (
          <Line key={l.baseline} dataKey={l.baseline} name={names[i * 2 + 1]} stroke={split ? METHOD_STYLES[i % METHOD_STYLES.length].colour : BASELINE_COLOUR} strokeOpacity={split ? 0.45 : 1} strokeWidth={1.5} strokeDasharray={BASELINE_DASH} dot={false} isAnimationActive={false} />
        ))}
      {data.lines.map((l, i) => {
        const style = split ? METHOD_STYLES[i % METHOD_STYLES.length] : { colour: CURRENT_COLOUR, dash: undefined };
        return <Line key={l.current} dataKey={l.current} name={names[i * 2]} stroke={style.colour} strokeDasharray={style.dash} strokeWidth={2.5} dot={false} isAnimationActive={false} />;
      })}
    </LineChart>
  );
});

interface RouteMonthsChartProps {
  readonly current: RunResult;
  readonly baseline: RunResult | null;
  readonly runId: number;
  /** The route shown first (a route a lever is aimed at). */
  readonly initialRoute?: string;
}

export default function RouteMonthsChart({ current, baseline, runId, initialRoute }: RouteMonthsChartProps) {
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
    >
      <Plot data={data} spec={spec} names={names} />
    </ChartFigure>
  );
}
