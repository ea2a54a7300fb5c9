/**
 * Under the plane: why the point moved (each term's part of the change from the baseline) and
 * whether the ranking against the baseline holds over other weightings. Waits for both runs.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexWeights, RunSummary } from '../../../../models/index';
import { IndexDecomposition } from '../../../shared/weights/IndexDecomposition';
import { RobustnessLine } from '../../../shared/weights/RobustnessLine';

interface WeighedComparisonProps {
  readonly current: RunSummary | undefined;
  readonly baseline: RunSummary | undefined;
  readonly weights: IndexWeights;
  /** What the baseline is, inside a sentence ("the status quo"); "Baseline" when absent. */
  readonly referenceName?: string;
}

export const WeighedComparison = memo(function WeighedComparison({ current, baseline, weights, referenceName }: WeighedComparisonProps) {
  const { t } = useTranslation();
  const names = useMemo(() => ({ a: t('plane.current'), b: referenceName ?? t('plane.baseline') }), [t, referenceName]);
  const a = useMemo(() => (current ? [current] : []), [current]);
  const b = useMemo(() => (baseline ? [baseline] : []), [baseline]);
  if (!current || !baseline) return null;
  return (
    <>
      <IndexDecomposition current={current} reference={baseline} weights={weights} />
      <RobustnessLine names={names} a={a} b={b} weights={weights} />
    </>
  );
});
