/** The switch between the app's views, in the header. */
import { useTranslation } from 'react-i18next';
import { VIEWS, type ViewId } from './routes';

export function ViewNav({ current }: { readonly current: ViewId }) {
  const { t } = useTranslation();
  return (
    <nav className="view-nav" aria-label={t('app.viewsNav')}>
      <ul>
        {VIEWS.map((v) => (
          <li key={v.id}>
            <a
              href={v.hash || `${window.location.pathname}${window.location.search}`}
              aria-current={v.id === current ? 'page' : undefined}
              data-view={v.id}
            >
              {t(`app.views.${v.id}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
