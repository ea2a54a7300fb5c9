/**
 * The key figures' legend: what each colour and marker of a change means (output-meaning.ts).
 * The marker's shape says whose security the figure speaks to (circle: people, square: the
 * State) and its fill which way (filled: better, hollow: worse), so the meaning survives without
 * colour — for colour-blind readers, in forced colours and in print.
 */
import { useTranslation } from 'react-i18next';
import type { ChangeMeaning } from './output-meaning';

const MARKER: Record<ChangeMeaning, string> = {
  'better-people': '●',
  'worse-people': '○',
  'better-state': '■',
  'worse-state': '□',
  neutral: '–',
};

const LEGEND_ORDER: readonly ChangeMeaning[] = ['better-people', 'worse-people', 'better-state', 'worse-state'];

export function MeaningMarker({ meaning }: { readonly meaning: ChangeMeaning }) {
  return (
    <span className={`meaning-marker meaning-${meaning}`} aria-hidden="true">
      {MARKER[meaning]}
    </span>
  );
}

export function MeaningLegend() {
  const { t } = useTranslation();
  return (
    <div className="meaning-legend" data-testid="meaning-legend">
      <span className="meaning-legend-title">{t('meaning.legend')}</span>
      <ul>
        {LEGEND_ORDER.map((m) => (
          <li key={m} className={`meaning-${m}`}>
            <MeaningMarker meaning={m} /> {t(`meaning.${m}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
