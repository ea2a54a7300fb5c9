/**
 * "How the two indices are calculated", folded away under the plane: the formulas from the
 * model's documentation, with the reference values in force for this scenario.
 */
import { memo } from 'react';
import { CALIBRATION, type Calibration } from '../../../../models/index';
import { INDEX_FORMULAS } from './index-formulas';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format';
import { useModelText } from '../../../shared/i18n/model-text';

const THREE_DECIMALS = { maximumFractionDigits: 3 } as const;

/** Memoised: folded away and unchanged by a lever's move, it need not be redrawn at every step of a drag. */
export const IndexFormulas = memo(function IndexFormulas({ calibration }: { readonly calibration?: Readonly<Partial<Calibration>> }) {
  const { t } = useTranslation('explore');
  const mt = useModelText();
  return (
    <details className="formulas" data-testid="index-formulas">
      <summary>{t('formulas.summary')}</summary>
      <p>{t('formulas.window')}</p>
      {INDEX_FORMULAS.map((f) => (
        <section key={f.name} aria-label={mt.indexLabel(f.output)}>
          <h3>{mt.indexLabel(f.output)}</h3>
          <p>
            <code className="formula">{f.formula}</code>
          </p>
          <dl className="formula-terms">
            {f.terms.map((term) => (
              <div key={term.term}>
                <dt>
                  <code>{term.term}</code>
                </dt>
                <dd>{mt.termMeaning(f.output, term.term)}</dd>
              </div>
            ))}
            {f.references.map((key) => (
              <div key={key}>
                <dt>
                  <code>{key}</code>
                </dt>
                <dd>
                  {t('formulas.reference', {
                    value: formatNumber(calibration?.[key] ?? CALIBRATION[key].defaultValue, THREE_DECIMALS),
                    unit: mt.calibrationUnit(key),
                    doc: mt.calibrationDoc(key),
                  })}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </details>
  );
});
