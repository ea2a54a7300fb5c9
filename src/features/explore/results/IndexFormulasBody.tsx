/**
 * The body of "How the two indices are calculated" (IndexFormulas): the formulas from the model's
 * documentation, with the reference values in force for this scenario. A chunk of its own, loaded
 * when the reader opens the fold (or the page is printed): it brings the model's calibration table.
 */
import { CALIBRATION, type Calibration } from '../../../../models/index';
import { INDEX_FORMULAS } from './index-formulas';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format';
import { useModelText } from '../../../shared/i18n/model-text';

const THREE_DECIMALS = { maximumFractionDigits: 3 } as const;

export default function IndexFormulasBody({ calibration }: { readonly calibration?: Readonly<Partial<Calibration>> }) {
  const { t } = useTranslation('explore');
  const mt = useModelText();
  return (
    <>
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
    </>
  );
}
