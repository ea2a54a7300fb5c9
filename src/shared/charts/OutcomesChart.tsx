/**
 * Where the people who wanted to leave ended up, month by month: stacked stocks from the model's
 * outputs (arrived regularly or irregularly, returned, in transit, dead or missing, waiting for a
 * regular place, trapped). Colours follow Okabe–Ito, and the stack order is the legend order.
 */
import { lazy, useMemo } from 'react';
import type { OutputKey, RunResult } from '../../../models/index';
import { formatCount } from '../format';
import { monthlyColumns } from './chart-data';
import { OKABE_ITO } from './chart-theme';
import { ChartFigure } from './ChartFigure';
import { useStableRows } from './use-stable-rows';
import { WhenSeen } from './PlotGate';
import type { OutcomeLayer, OutcomeRow } from './plots/OutcomesPlot';
import { useTranslation } from 'react-i18next';

/** Bottom to top. Short labels for the legend; the outputs' own docs say exactly what each counts. */
const LAYERS: readonly OutcomeLayer[] = [
  { key: 'arrivedRegularTotal', colour: OKABE_ITO.bluishGreen },
  { key: 'arrivedIrregularTotal', colour: OKABE_ITO.blue },
  { key: 'returnedTotal', colour: OKABE_ITO.orange },
  { key: 'inTransit', colour: OKABE_ITO.skyBlue },
  { key: 'deadMissingTotal', colour: OKABE_ITO.black },
  { key: 'regularQueue', colour: OKABE_ITO.yellow },
  { key: 'trappedPopulation', colour: OKABE_ITO.reddishPurple },
];
const KEYS = LAYERS.map((l) => l.key);
/** The layer's short name in the legend (catalogue `outcomes.layers.<output>`). */
const layerKey = (key: OutputKey) => `outcomes.layers.${key}`;

const OutcomesPlot = lazy(() => import('./plots/OutcomesPlot'));

export default function OutcomesChart({ current, runId, deferPlot }: { readonly current: RunResult; readonly runId: number; readonly deferPlot?: boolean }) {
  const fresh = useMemo(() => monthlyColumns(current.months, KEYS), [current]);
  const rows = useStableRows(fresh);
  const { t } = useTranslation();
  const legend = useMemo(() => LAYERS.map((l) => ({ label: t(layerKey(l.key)), colour: l.colour, swatch: true })), [t]);
  const table = () => ({
    columns: [t('chart.month'), ...LAYERS.map((l) => t(layerKey(l.key)))],
    rows: rows.map((r) => [String(r.month), ...KEYS.map((k) => formatCount(r[k]))]),
  });
  return (
    <ChartFigure
      id="outcomes"
      title={t('outcomes.title')}
      description={t('outcomes.description')}
      legend={legend}
      table={table}
      runId={runId}
      deferPlot={deferPlot}
    >
      <WhenSeen>
        <OutcomesPlot rows={rows as readonly OutcomeRow[]} layers={LAYERS} />
      </WhenSeen>
    </ChartFigure>
  );
}
