/**
 * The seven dimensions of human insecurity at origin over time (UNDP 1994), as regional levels
 * 0–1 from the model's outputs. The three fear-related dimensions (personal, community,
 * political) are dashed, the four material ones solid, so the lines differ without colour too.
 */
import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { OutputKey, RunResult } from '../../../models/index';
import { formatNumber } from '../format';
import { useModelText } from '../i18n/model-text';
import { monthlyColumns } from './chart-data';
import { AXIS_COLOUR, AXIS_TICK, FILL_PARENT, MONTH_CHART_MARGIN, GRID_COLOUR, OKABE_ITO } from './chart-theme';
import { ChartFigure } from './ChartFigure';
import { useStableRows } from './use-stable-rows';
import { useMonthAxis } from './use-month-axis';
import { useChartDirection } from './use-chart-direction';

const FEAR_DASH = '6 3';
const DIMENSIONS: readonly { key: OutputKey; colour: string; dash?: string }[] = [
  { key: 'insecurityEconomic', colour: OKABE_ITO.orange },
  { key: 'insecurityFood', colour: OKABE_ITO.vermillion },
  { key: 'insecurityHealth', colour: OKABE_ITO.reddishPurple },
  { key: 'insecurityEnvironmental', colour: OKABE_ITO.bluishGreen },
  { key: 'insecurityPersonal', colour: OKABE_ITO.blue, dash: FEAR_DASH },
  { key: 'insecurityCommunity', colour: OKABE_ITO.skyBlue, dash: FEAR_DASH },
  { key: 'insecurityPolitical', colour: OKABE_ITO.black, dash: FEAR_DASH },
];
const KEYS = DIMENSIONS.map((d) => d.key);
const THREE_DECIMALS = { minimumFractionDigits: 3, maximumFractionDigits: 3 } as const;
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];
const Y_DOMAIN = [0, 1];

type Row = { month: number } & Record<OutputKey, number>;

const InsecurityPlot = memo(function InsecurityPlot({ rows }: { readonly rows: readonly Row[] }) {
  const mt = useModelText();
  const dir = useChartDirection();
  const monthAxis = useMonthAxis(rows.length);
  return (
    <LineChart responsive accessibilityLayer={false} data={rows as Row[]} margin={dir.margin(MONTH_CHART_MARGIN)} style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="2 4" />
      <XAxis {...monthAxis} />
      <YAxis domain={Y_DOMAIN} ticks={Y_TICKS} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={40} orientation={dir.yOrientation} />
      {DIMENSIONS.map((d) => (
        <Line key={d.key} dataKey={d.key} name={mt.outputLabel(d.key)} stroke={d.colour} strokeWidth={2} strokeDasharray={d.dash} dot={false} isAnimationActive={false} />
      ))}
    </LineChart>
  );
});

export default function InsecurityChart({ current, runId }: { readonly current: RunResult; readonly runId: number }) {
  const fresh = useMemo(() => monthlyColumns(current.months, KEYS), [current]);
  const rows = useStableRows(fresh);
  const { t } = useTranslation();
  const mt = useModelText();
  const legend = useMemo(() => DIMENSIONS.map((d) => ({ label: mt.outputLabel(d.key), colour: d.colour, dash: d.dash })), [mt]);
  const table = () => ({
    columns: [t('chart.month'), ...KEYS.map(mt.outputLabel)],
    rows: rows.map((r) => [String(r.month), ...KEYS.map((k) => formatNumber(r[k], THREE_DECIMALS))]),
  });
  return (
    <ChartFigure
      id="insecurity"
      title={t('insecurity.title')}
      description={t('insecurity.description')}
      legend={legend}
      table={table}
      runId={runId}
    >
      <InsecurityPlot rows={rows} />
    </ChartFigure>
  );
}
