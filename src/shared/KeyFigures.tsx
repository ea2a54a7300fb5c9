/**
 * The headline figures of the run, each against the reference (the status quo or the scenario as
 * loaded), as En-ROADS shows its baseline. Labels, units and explanations come from the model's
 * declared outputs, and what each change means — better or worse, for people or for the State —
 * from output-meaning.ts; nothing is re-declared here. A change carries its meaning three ways:
 * colour, a marker's shape (circle: people, square: the State; filled: better, hollow: worse)
 * and words. Each figure carries its raw summary value in data-value, so tests can compare it
 * with a run in Node exactly; once several seeds are in, a line gives their median and the 5–95%
 * range of the change, with the same numbers in data attributes.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTPUT_BY_KEY, type OutputKey, type RunSummary } from '../../models/index';
import { CHANGE_ARROW, describeChange, formatOutput, formatSigned } from './format';
import type { SeedSpread } from './headline/seed-spread';
import { useModelText } from './i18n/model-text';
import { KEY_FIGURES } from './key-figures';
import { changeMeaning } from './output-meaning';
import { MeaningMarker } from './MeaningLegend';

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

const SIGNED_PERCENT = { style: 'percent', maximumFractionDigits: 0 } as const;

interface KeyFiguresProps {
  readonly summary: RunSummary;
  readonly baseline: RunSummary | null;
  readonly months: number;
  /** What the baseline is, in a few words ("Status quo"); the word "baseline" when absent. */
  readonly referenceName?: string;
  /** The figures over several seeds, once they are in. */
  readonly spread?: SeedSpread | null;
}

export const KeyFigures = memo(function KeyFigures({ summary, baseline, months, referenceName, spread }: KeyFiguresProps) {
  const { t } = useTranslation();
  const mt = useModelText();
  const signed = (v: number) => (Number.isFinite(v) ? formatSigned(v, SIGNED_PERCENT) : '–');
  return (
    <dl className="kpis">
      {KEY_FIGURES.map((key: OutputKey) => {
        const spec = OUTPUT_BY_KEY.get(key);
        if (!spec) return null;
        const value = summary[key];
        const base = baseline?.[key];
        const change = describeChange(value, base);
        const meaning = changeMeaning(key, change.direction);
        const note = summaryNote(spec.kind);
        const seeds = spread?.figures[key];
        const referenceText =
          base === undefined
            ? referenceName
              ? t('kpi.referenceRunning', { name: referenceName })
              : t('kpi.baselineRunning')
            : referenceName
              ? t('kpi.reference', { name: referenceName, value: formatOutput(spec, base) })
              : t('kpi.baseline', { value: formatOutput(spec, base) });
        return (
          <div key={key} className={`kpi meaning-${meaning}`} data-testid={`kpi-${key}`} data-value={value} data-baseline={base} data-meaning={meaning} title={mt.outputDoc(key)}>
            <dt className="kpi-label">{mt.outputLabel(key)}</dt>
            <dd className="kpi-main">
              <span className="kpi-value">{formatOutput(spec, value)}</span>{' '}
              {base !== undefined && (
                <span className={`kpi-change kpi-${change.direction}`}>
                  <span aria-hidden="true">{CHANGE_ARROW[change.direction]} </span>
                  {change.text}
                </span>
              )}
            </dd>
            {base !== undefined && meaning !== 'neutral' && (
              <dd className="kpi-meaning" data-testid={`kpi-meaning-${key}`}>
                <MeaningMarker meaning={meaning} /> {t(`meaning.${meaning}`)}
              </dd>
            )}
            {seeds && (
              <dd
                className="kpi-spread"
                data-testid={`kpi-spread-${key}`}
                data-median={seeds.median}
                data-median-baseline={seeds.medianReference}
                data-change={seeds.change}
                data-low={seeds.low}
                data-high={seeds.high}
              >
                {t('kpi.spread', { n: spread.seeds, value: formatOutput(spec, seeds.median), change: signed(seeds.change), low: signed(seeds.low), high: signed(seeds.high) })}
              </dd>
            )}
            <dd className="kpi-note">
              {referenceText}
              {note && ` · ${t(note, { month: months })}`}
            </dd>
          </div>
        );
      })}
    </dl>
  );
});
