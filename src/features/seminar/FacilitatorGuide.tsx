/**
 * The facilitator guide: how to run a 60–90 minute session, as a printable page. The timings
 * assume four rounds; with fewer rounds, give the time to the debrief.
 */
import { useTranslation } from 'react-i18next';
/** The plan's words are the catalogue's `guide.steps.<i>.{minutes,title,points.<j>}`: how many points each step has. */
const PLAN_POINTS: readonly number[] = [4, 3, 4, 4, 4];

export function FacilitatorGuide() {
  const { t } = useTranslation('seminar');
  return (
    <section className="guide" aria-labelledby="guide-title">
      <div className="print-head">
        <h2 id="guide-title">{t('guide.title')}</h2>
        <button type="button" className="primary-button no-print" onClick={() => window.print()}>
          {t('guide.print')}
        </button>
      </div>
      <p className="guide-intro">{t('guide.intro')}</p>
      {PLAN_POINTS.map((points, i) => (
        <section key={i} className="guide-step" aria-labelledby={`guide-${i}`}>
          <h3 id={`guide-${i}`}>
            <span className="guide-time">{t(`guide.steps.${i}.minutes`)}</span> {t(`guide.steps.${i}.title`)}
          </h3>
          <ul>
            {Array.from({ length: points }, (_, j) => (
              <li key={j}>{t(`guide.steps.${i}.points.${j}`)}</li>
            ))}
          </ul>
        </section>
      ))}
      <p className="small">{t('guide.offline')}</p>
    </section>
  );
}
