/**
 * The page's frame: a header with the view switch, the current view (each loaded lazily, so the
 * frame paints before the model's tables, the scenario library and the charts are parsed) and a
 * footer.
 */
import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { VIEWS } from './routes';
import { useRoute } from './use-route';
import { ViewNav } from './ViewNav';

// Each feature through its face (index.ts), loaded when first shown.
const ExploreView = lazy(() => import('../features/explore/index').then((m) => ({ default: m.ExploreView })));
const CompareView = lazy(() => import('../features/compare/index').then((m) => ({ default: m.CompareView })));
const SeminarView = lazy(() => import('../features/seminar/index').then((m) => ({ default: m.SeminarView })));
const LectureView = lazy(() => import('../features/lecture/index').then((m) => ({ default: m.LectureView })));

const VIEW_COMPONENTS = { explore: ExploreView, compare: CompareView, seminar: SeminarView, lecture: LectureView } as const;

export default function App() {
  const { view, rest } = useRoute();
  const View = VIEW_COMPONENTS[view];
  const label = VIEWS.find((v) => v.id === view)?.label ?? 'Explore';
  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <h1>Crossings</h1>
          <p className="tagline">Migrant smuggling through the lens of human security: a policy simulator for teaching.</p>
          <ViewNav current={view} />
        </div>
      </header>
      <main className="site-main" data-view={view}>
        <ErrorBoundary what={`the ${label.toLowerCase()} view`} key={view}>
          <Suspense
            fallback={
              <p className="status loading" role="status" data-testid="run-status" data-status="loading">
                Loading…
              </p>
            }
          >
            <View rest={rest} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="site-footer-inner">
          A teaching model: its figures illustrate mechanisms, they are not forecasts. It runs entirely in your browser and sends
          nothing anywhere.
        </div>
      </footer>
    </>
  );
}
