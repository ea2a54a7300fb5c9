/**
 * The seven dimensions of human insecurity at origin over time (UNDP 1994), as regional levels
 * 0–1 from the model's outputs. The three fear-related dimensions (personal, community,
 * political) are dashed, the four material ones solid, so the lines differ without colour too.
 */
import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunResult } from '../../../models/index';
import { formatNumber } from '../format';
import { useModelText } from '../i18n/model-text';
import { monthlyColumns } from './chart-data';
import { OKABE_ITO } from './chart-theme';
import { ChartFigure } from './ChartFigure';
import { useStableRows } from './use-stable-rows';
import { WhenSeen } from './PlotGate';
import type { Dimension, InsecurityRow } from './plots/InsecurityPlot';

const FEAR_DASH = '6 3';
const DIMENSIONS: readonly Dimension[] = [
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

const InsecurityPlot = lazy(() => import('./plots/InsecurityPlot'));

export default function InsecurityChart({ current, runId, deferPlot }: { readonly current: RunResult; readonly runId: number; readonly deferPlot?: boolean }) {
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
      deferPlot={deferPlot}
    >
      <WhenSeen>
        <InsecurityPlot rows={rows as readonly InsecurityRow[]} dimensions={DIMENSIONS} />
      </WhenSeen>
    </ChartFigure>
  );
}
