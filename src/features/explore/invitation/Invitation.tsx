/**
 * The first-visit strip: the module's question in one sentence and three first experiments, one
 * click each. A click moves the experiment's levers through the explorer's own actions (see
 * experiments.ts) and says which levers moved, in a live region, so a screen reader hears it too.
 * The strip stays until the user puts it away; the explorer remembers that (invitation-memory.ts).
 */
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format';
import { useModelText } from '../../../shared/i18n/model-text';
import { currentExperiment, EXPERIMENT_IDS, EXPERIMENTS, type ExperimentId } from './experiments';

interface InvitationProps {
  /** Every lever's value now, and the levers the user moved (to tell which experiment is showing). */
  readonly values: Readonly<Record<string, number>>;
  readonly overrides: Readonly<Record<string, number>>;
  readonly onTry: (id: ExperimentId) => void;
  readonly onDismiss: () => void;
}

export const Invitation = memo(function Invitation({ values, overrides, onTry, onDismiss }: InvitationProps) {
  const { t } = useTranslation('explore');
  const mt = useModelText();
  const titleId = useId();
  const [tried, setTried] = useState<ExperimentId | undefined>(undefined);
  const showing = currentExperiment(values, overrides);
  const moved = (id: ExperimentId) =>
    Object.entries(EXPERIMENTS[id])
      .map(([key, value]) => t('invitation.movedLever', { lever: mt.leverLabel(key), value: formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 2 }) }))
      .join(t('invitation.listSeparator'));

  return (
    <section className="invitation" aria-labelledby={titleId} data-testid="invitation">
      <div className="invitation-head">
        <h2 id={titleId} className="invitation-title">
          {t('invitation.title')}
        </h2>
        <button type="button" className="small-button invitation-dismiss" onClick={onDismiss} aria-label={t('invitation.dismiss')} data-testid="invitation-dismiss">
          {t('invitation.dismissShort')}
        </button>
      </div>
      <p className="invitation-question">{t('invitation.question')}</p>
      <div className="invitation-experiments" role="group" aria-label={t('invitation.experimentsLabel')}>
        {EXPERIMENT_IDS.map((id) => (
          <button
            key={id}
            type="button"
            className="small-button invitation-experiment"
            aria-pressed={showing === id}
            onClick={() => {
              onTry(id);
              setTried(id);
            }}
            data-testid={`experiment-${id}`}
          >
            {t(`invitation.experiments.${id}`)}
          </button>
        ))}
      </div>
      <p className="invitation-outcome" aria-live="polite" data-testid="invitation-outcome">
        {tried && showing === tried ? t('invitation.moved', { levers: moved(tried) }) : ''}
      </p>
    </section>
  );
});
