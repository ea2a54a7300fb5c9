/**
 * On a narrow screen the explorer shows one of its three parts at a time — the levers, the
 * results, the scenario's story — chosen from a bar that stays at the top, so the levers are one
 * tap away instead of far down a single long column. On wider screens the bar is hidden (CSS)
 * and every part shows. Buttons that say whether they are pressed, since the parts are not
 * hidden from anyone on a wide screen.
 */
import { useTranslation } from 'react-i18next';

export const PHONE_VIEWS = ['levers', 'results', 'story'] as const;
export type PhoneView = (typeof PHONE_VIEWS)[number];

export function PhoneViews({ view, onView }: { readonly view: PhoneView; readonly onView: (view: PhoneView) => void }) {
  const { t } = useTranslation('explore');
  return (
    <div className="phone-views" role="group" aria-label={t('phoneViews.label')} data-testid="phone-views">
      {PHONE_VIEWS.map((id) => (
        <button key={id} type="button" className="phone-view-button" aria-pressed={view === id} onClick={() => onView(id)} data-testid={`phone-view-${id}`}>
          {t(`phoneViews.${id}`)}
        </button>
      ))}
    </div>
  );
}
