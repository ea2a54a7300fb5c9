/**
 * The tornado: around the base mix, each lever moved down and up by a step (the others held),
 * and how far the chosen output moves: the median over seeds of the paired change from the mix
 * itself, with whiskers over 90% of the seeds. Levers are sorted by the size of their swing (up
 * minus down), largest first: near this mix, those are the levers the output is most sensitive to.
 */
import { memo, useCallback } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { OutputKey, TornadoTable } from '../../../models/index';
import { AXIS_COLOUR, AXIS_TICK, FILL_PARENT, GRID_COLOUR, OKABE_ITO } from '../../shared/charts/chart-theme';
import { ChartFigure } from '../../shared/charts/ChartFigure';
import { formatAxis, formatOutput } from '../../shared/format';
import { tornadoCsv } from './csv';
import { leverLabel, outputSpec, summaryUnit } from './Fields';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { useModelText } from '../../shared/i18n/model-text';
import { useChartDirection } from '../../shared/charts/use-chart-direction';

const DOWN = OKABE_ITO.vermillion;
const UP = OKABE_ITO.blue;
const MARGIN = { top: 4, right: 16, bottom: 4, left: 4 } as const;
const ROW_PX = 30;
const LABEL_TICK = { ...AXIS_TICK, fontSize: 11 } as const;

interface Row {
  readonly label: string;
  readonly down: number;
  readonly up: number;
  readonly downErr: [number, number];
  readonly upErr: [number, number];
}

const TornadoPlot = memo(function TornadoPlot({ rows, output }: { readonly rows: readonly Row[]; readonly output: OutputKey }) {
  const { t } = useTranslation('compare');
  const dir = useChartDirection();
  const spec = outputSpec(output);
  const tickFormatter = useCallback((v: number) => formatAxis(spec, v), [spec]);
  return (
    <BarChart responsive accessibilityLayer={false} layout="vertical" data={rows as Row[]} margin={dir.margin(MARGIN)} barGap={1} barCategoryGap="18%" style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} horizontal={false} />
      <XAxis type="number" tickFormatter={tickFormatter} tick={AXIS_TICK} stroke={AXIS_COLOUR} reversed={dir.rtl} />
      <YAxis type="category" dataKey="label" tick={LABEL_TICK} stroke={AXIS_COLOUR} width={150} interval={0} orientation={dir.yOrientation} />
      <ReferenceLine x={0} stroke="#404040" />
      <Bar dataKey="down" name={t('tornado.down')} fill={DOWN} isAnimationActive={false}>
        <ErrorBar dataKey="downErr" direction="x" stroke="#404040" width={4} isAnimationActive={false} />
      </Bar>
      <Bar dataKey="up" name={t('tornado.up')} fill={UP} isAnimationActive={false}>
        <ErrorBar dataKey="upErr" direction="x" stroke="#404040" width={4} isAnimationActive={false} />
      </Bar>
    </BarChart>
  );
});

interface TornadoChartProps {
  readonly table: TornadoTable;
  readonly output: OutputKey;
  readonly step: number;
  readonly seeds: number;
  readonly runId: number;
}

export default memo(function TornadoChart({ table: tornado, output, step, seeds, runId }: TornadoChartProps) {
  const { t } = useTranslation('compare');
  const mt = useModelText();
  const spec = outputSpec(output);
  const label = mt.outputLabel(output).toLocaleLowerCase();
  const rows: Row[] = tornado.bars.map((b) => ({
    label: leverLabel(b.lever),
    down: b.down.median,
    up: b.up.median,
    downErr: [b.down.median - b.down.p5, b.down.p95 - b.down.median],
    upErr: [b.up.median - b.up.p5, b.up.p95 - b.up.median],
  }));
  const legend = [
    { label: t('tornado.downBy', { step: formatNumber(step) }), colour: DOWN, swatch: true },
    { label: t('tornado.upBy', { step: formatNumber(step) }), colour: UP, swatch: true },
    { label: t('tornado.whiskers'), colour: '#404040' },
  ];
  const table = () => ({
    columns: [t('tornado.colLever'), t('tornado.colDown', { label }), t('tornado.colUp'), t('tornado.colSwing')],
    rows: tornado.bars.map((b) => [
      `${leverLabel(b.lever)} (${formatNumber(b.around)})`,
      t('tornado.at', { value: formatOutput(spec, b.down.median), lever: formatNumber(b.downValue) }),
      t('tornado.at', { value: formatOutput(spec, b.up.median), lever: formatNumber(b.upValue) }),
      formatOutput(spec, b.swing.median),
    ]),
  });
  return (
    <ChartFigure
      id="tornado"
      title={t('tornado.title', { label })}
      description={t('tornado.description', { label, unit: summaryUnit(spec), centre: formatOutput(spec, tornado.centre.median), step: formatNumber(step), count: seeds })}
      legend={legend}
      table={table}
      runId={runId}
      frameClassName="chart-frame tornado-frame"
      csv={() => tornadoCsv(tornado, output)}
    >
      <div style={{ height: Math.max(160, rows.length * ROW_PX + 40) }}>
        <TornadoPlot rows={rows} output={output} />
      </div>
    </ChartFigure>
  );
});
