/**
 * The frame of one sensitivity analysis: its question, its settings, a button that says how many
 * runs it takes, and its chart once run. A plan the analysis refuses (the same lever twice, a
 * range of zero width) is explained in place of the button's count.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';


interface AnalysisCardProps {
  readonly id: string;
  readonly title: string;
  readonly question: string;
  readonly controls: ReactNode;
  /** Runs the analysis takes, or the reason it cannot run. */
  readonly plan: { readonly runs: number } | { readonly problem: string };
  readonly busy: boolean;
  readonly onRun: () => void;
  readonly stale: boolean;
  readonly children: ReactNode;
}

export function AnalysisCard({ id, title, question, controls, plan, busy, onRun, stale, children }: AnalysisCardProps) {
  const { t } = useTranslation('compare');
  const problem = 'problem' in plan ? plan.problem : null;
  return (
    <section className="analysis-card" aria-labelledby={`${id}-title`} data-testid={`analysis-${id}`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="analysis-question">{question}</p>
      <div className="analysis-controls">{controls}</div>
      <div className="analysis-run">
        <button type="button" className="primary-button" disabled={busy || problem !== null} onClick={onRun} data-testid={`run-${id}`}>
          {'runs' in plan ? t('analysis.runN', { count: plan.runs }) : t('analysis.run')}
        </button>
        {problem && (
          <span className="field-problem" role="alert">
            {problem}
          </span>
        )}
      </div>
      {stale && (
        <p className="small stale-note" role="status">
          {t('analysis.stale')}
        </p>
      )}
      {children}
    </section>
  );
}
