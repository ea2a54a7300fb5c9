/**
 * "Does the ranking depend on the weights?": for two runs (the explorer's settings against its
 * baseline) or two mixes (Compare), one sentence per index from the robustness figure.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexWeights } from '../../../models/index';
import { robustnessSentences, type TermRecord } from './robustness-text';
import './decomposition.css';

interface RobustnessLineProps {
  readonly names: { readonly a: string; readonly b: string };
  readonly a: readonly TermRecord[];
  readonly b: readonly TermRecord[];
  readonly weights: IndexWeights;
  readonly testId?: string;
}

export const RobustnessLine = memo(function RobustnessLine({ names, a, b, weights, testId = 'robustness-line' }: RobustnessLineProps) {
  const { t } = useTranslation();
  const sentences = useMemo(() => robustnessSentences(t, names, a, b, weights), [t, names, a, b, weights]);
  return (
    <div className="robustness-line" data-testid={testId}>
      <h3>{t('robustness.title')}</h3>
      {sentences.map((s) => (
        <p key={s.index} data-index={s.index} data-share={s.share}>
          {s.text}
        </p>
      ))}
    </div>
  );
});
