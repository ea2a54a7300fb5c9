/** "What the model shows here": a step's statements, with what this one run shows for each. */
import type { Tour } from '../../../scenarios/tours';
import type { RunResult } from '../../../models/index';
import { formatChange, stepClaims } from './step-claims';
import { useTranslation } from 'react-i18next';
import { ContentText } from '../../shared/i18n/ContentText';
import { useTourContent } from '../../shared/i18n/scenario-content';

interface ClaimsListProps {
  readonly tour: Tour;
  readonly step: number;
  readonly runOf: (step: number) => RunResult | null;
}

export function ClaimsList({ tour, step, runOf }: ClaimsListProps) {
  const { t } = useTranslation('lecture');
  const text = useTourContent(tour);
  const claims = stepClaims(tour, step, runOf);
  if (claims.length === 0) return null;
  return (
    <section className="lecture-claims" aria-labelledby="claims-title" data-testid="lecture-claims">
      <h3 id="claims-title">{t('claims.title')}</h3>
      <ul>
        {claims.map((c, j) => (
          <li key={c.text}>
            <ContentText shown={text.stepClaim(step, j)} />
            {c.change !== null && <span className="claim-run"> {t('claims.thisRun', { change: formatChange(c.change) })}</span>}
          </li>
        ))}
      </ul>
      <p className="claims-note">{t('claims.note')}</p>
    </section>
  );
}
