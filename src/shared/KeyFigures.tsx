/**
 * The headline figures of the run, each against the baseline (the scenario as loaded), as
 * En-ROADS shows its baseline. Labels, units and explanations come from the model's declared
 * outputs; nothing is re-declared here. Each figure carries its raw summary value in data-value,
 * so tests can compare it with a run in Node exactly.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTPUT_BY_KEY, type RunSummary } from '../../models/index';
import { describeChange, formatOutput } from './format';
import { useModelText } from './i18n/model-text';
import { KEY_FIGURES } from './key-figures';


/**
 * What a summary value means, where the section's heading ("totals over the run") does not say
 * it already (see models/summary.ts).
 */
function summaryNote(kind: string): string | null {
  switch (kind) {
    case 'flow':
      return null;
    case 'rate':
      return 'kpi.ofAllJourneys';
    case 'price':
      return 'kpi.perHire';
    case 'index':
    case 'term':
      return 'kpi.monthlyAverage';
    default:
      return 'kpi.atMonth';
  }
}

const ARROW = { up: '▲', down: '▼', same: '', unknown: '' } as const;

interface KeyFiguresProps {
  readonly summary: RunSummary;
  readonly baseline: RunSummary | null;
  readonly months: number;
}

export const KeyFigures = memo(function KeyFigures({ summary, baseline, months }: KeyFiguresProps) {
  const { t } = useTranslation();
  const mt = useModelText();
  return (
    <dl className="kpis">
      {KEY_FIGURES.map((key) => {
        const spec = OUTPUT_BY_KEY.get(key);
        if (!spec) return null;
        const value = summary[key];
        const base = baseline?.[key];
        const change = describeChange(value, base);
        const note = summaryNote(spec.kind);
        return (
          <div key={key} className="kpi" data-testid={`kpi-${key}`} data-value={value} data-baseline={base} title={mt.outputDoc(key)}>
            <dt className="kpi-label">{mt.outputLabel(key)}</dt>
            <dd className="kpi-main">
              <span className="kpi-value">{formatOutput(spec, value)}</span>{' '}
              {base !== undefined && (
                <span className={`kpi-change kpi-${change.direction}`}>
                  <span aria-hidden="true">{ARROW[change.direction]} </span>
                  {change.text}
                </span>
              )}
            </dd>
            <dd className="kpi-note">
              {base === undefined ? t('kpi.baselineRunning') : t('kpi.baseline', { value: formatOutput(spec, base) })}
              {note && ` · ${t(note, { month: months })}`}
            </dd>
          </div>
        );
      })}
    </dl>
  );
});
