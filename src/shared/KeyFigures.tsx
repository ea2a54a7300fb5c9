/**
 * The headline figures of the run, each against the baseline (the scenario as loaded), as
 * En-ROADS shows its baseline. Labels, units and explanations come from the model's declared
 * outputs; nothing is re-declared here. Each figure carries its raw summary value in data-value,
 * so tests can compare it with a run in Node exactly.
 */
import { memo } from 'react';
import { OUTPUT_BY_KEY, type RunSummary } from '../../models/index';
import { describeChange, formatOutput } from './format';
import { KEY_FIGURES } from './key-figures';


/**
 * What a summary value means, where the section's heading ("totals over the run") does not say
 * it already (see models/summary.ts).
 */
function summaryNote(kind: string, months: number): string | null {
  switch (kind) {
    case 'flow':
      return null;
    case 'rate':
      return 'of all journeys';
    case 'price':
      return 'per hire';
    case 'index':
      return 'monthly average';
    default:
      return `at month ${months}`;
  }
}

const ARROW = { up: '▲', down: '▼', same: '', unknown: '' } as const;

interface KeyFiguresProps {
  readonly summary: RunSummary;
  readonly baseline: RunSummary | null;
  readonly months: number;
}

export const KeyFigures = memo(function KeyFigures({ summary, baseline, months }: KeyFiguresProps) {
  return (
    <dl className="kpis">
      {KEY_FIGURES.map((key) => {
        const spec = OUTPUT_BY_KEY.get(key);
        if (!spec) return null;
        const value = summary[key];
        const base = baseline?.[key];
        const change = describeChange(value, base);
        return (
          <div key={key} className="kpi" data-testid={`kpi-${key}`} data-value={value} data-baseline={base} title={spec.doc}>
            <dt className="kpi-label">{spec.label}</dt>
            <dd className="kpi-main">
              <span className="kpi-value">{formatOutput(spec, value)}</span>{' '}
              {base !== undefined && (
                <span className={`kpi-change kpi-${change.direction}`}>
                  <span aria-hidden="true">{ARROW[change.direction]} </span>
                  {change.direction === 'same' ? 'no change' : change.text}
                </span>
              )}
            </dd>
            <dd className="kpi-note">
              {base === undefined ? 'baseline: running…' : `baseline ${formatOutput(spec, base)}`}
              {summaryNote(spec.kind, months) && ` · ${summaryNote(spec.kind, months)}`}
            </dd>
          </div>
        );
      })}
    </dl>
  );
});
