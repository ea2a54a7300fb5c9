/** The switch between the app's views, in the header: hash links only (no page load). */
import { useTranslation } from 'react-i18next';
import { VIEWS, type ViewId } from './routes';

/**
 * The explorer's link: a hash of its own, so that going there is a change of hash as for the other
 * views — no page load, so Compare's results and a seminar in progress stay in memory, and it works
 * offline. The explorer keeps its settings in the query string, which a hash link leaves alone.
 */
const EXPLORE_HREF = '#/';

export function ViewNav({ current }: { readonly current: ViewId }) {
  const { t } = useTranslation();
  return (
    <nav className="view-nav" aria-label={t('app.viewsNav')}>
      <ul>
        {VIEWS.map((v) => (
          <li key={v.id}>
            <a
              href={v.hash || EXPLORE_HREF}
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
