/** The switch between the app's views, in the header. */
import { VIEWS, type ViewId } from './routes';

export function ViewNav({ current }: { readonly current: ViewId }) {
  return (
    <nav className="view-nav" aria-label="Views">
      <ul>
        {VIEWS.map((v) => (
          <li key={v.id}>
            <a
              href={v.hash || `${window.location.pathname}${window.location.search}`}
              aria-current={v.id === current ? 'page' : undefined}
              data-view={v.id}
            >
              {v.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
