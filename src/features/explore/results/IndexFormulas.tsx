/**
 * "How the two indices are calculated", folded away under the plane: the formulas from the
 * model's documentation, with the reference values in force for this scenario.
 */
import { CALIBRATION, type Calibration } from '../../../../models/index';
import { INDEX_FORMULAS, INDEX_WINDOW_NOTE } from './index-formulas';

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

export function IndexFormulas({ calibration }: { readonly calibration?: Readonly<Partial<Calibration>> }) {
  return (
    <details className="formulas" data-testid="index-formulas">
      <summary>How the two indices are calculated</summary>
      <p>{INDEX_WINDOW_NOTE}</p>
      {INDEX_FORMULAS.map((f) => (
        <section key={f.name} aria-label={f.name}>
          <h3>{f.name}</h3>
          <p>
            <code className="formula">{f.formula}</code>
          </p>
          <dl className="formula-terms">
            {f.terms.map((t) => (
              <div key={t.term}>
                <dt>
                  <code>{t.term}</code>
                </dt>
                <dd>{t.meaning}</dd>
              </div>
            ))}
            {f.references.map((key) => (
              <div key={key}>
                <dt>
                  <code>{key}</code>
                </dt>
                <dd>
                  {number.format(calibration?.[key] ?? CALIBRATION[key].defaultValue)} {CALIBRATION[key].unit}: {CALIBRATION[key].doc}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </details>
  );
}
