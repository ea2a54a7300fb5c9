/**
 * The headline figures of a run, read from its summary. Labels, units and explanations come from
 * the model's declared outputs (models/outputs.ts); nothing is re-declared here. Each figure
 * carries its raw value in data-value so tests can compare it with a Node run exactly.
 */
import { OUTPUTS, type OutputKey, type RunSummary } from '../../models/index';
import { formatOutput } from '../format';

interface KeyFiguresProps {
  readonly summary: RunSummary;
  readonly keys: readonly OutputKey[];
  readonly months: number;
}

/** What a summary value means for each kind of output (see models/summary.ts). */
function summaryNote(kind: string, months: number): string {
  switch (kind) {
    case 'flow':
      return `total over ${months} months`;
    case 'rate':
      return 'over all journeys that ended';
    case 'price':
      return 'per hire, over the run';
    case 'index':
      return 'monthly average';
    default:
      return `at month ${months}`;
  }
}

export function KeyFigures({ summary, keys, months }: KeyFiguresProps) {
  return (
    <dl className="kpis">
      {keys.map((key) => {
        const spec = OUTPUTS.find((o) => o.key === key);
        if (!spec) return null;
        const value = summary[key];
        return (
          <div key={key} className="kpi" data-testid={`kpi-${key}`} data-value={value} title={spec.doc}>
            <dt className="kpi-label">{spec.label}</dt>
            <dd className="kpi-value">{formatOutput(spec, value)}</dd>
            <dd className="kpi-note">{summaryNote(spec.kind, months)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
