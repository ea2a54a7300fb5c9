/**
 * "How the two indices are calculated", folded away under the plane. Folded, only its summary is
 * drawn; the body (IndexFormulasBody: the formulas with the reference values in force for this
 * scenario) loads the first time the fold opens.
 */
import { lazy, memo, Suspense, useState } from 'react';
import type { Calibration } from '../../../../models/index';
import { useTranslation } from 'react-i18next';
import { loadLaterPart } from '../../../shared/i18n/i18n';

// With the model's later words (the terms' meanings, the constants' explanations: catalogue-parts.ts).
const IndexFormulasBody = lazy(() => Promise.all([import('./IndexFormulasBody'), loadLaterPart('model')]).then(([m]) => m));

/** Memoised: folded away and unchanged by a lever's move, it need not be redrawn at every step of a drag. */
export const IndexFormulas = memo(function IndexFormulas({ calibration }: { readonly calibration?: Readonly<Partial<Calibration>> }) {
  const { t } = useTranslation('explore');
  // Once opened, the body stays (closing the fold only hides it).
  const [opened, setOpened] = useState(false);
  return (
    <details className="formulas" data-testid="index-formulas" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{t('formulas.summary')}</summary>
      {opened && (
        <Suspense fallback={null}>
          <IndexFormulasBody calibration={calibration} />
        </Suspense>
      )}
    </details>
  );
});
