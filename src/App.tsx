/**
 * The page's frame: a header, the explorer (loaded lazily, so this frame paints before the
 * model's tables, the scenario library and the charts are parsed) and a footer.
 */
import { lazy, Suspense } from 'react';
import { ErrorBoundary } from './components/ErrorBoundary';

const Explorer = lazy(() => import('./components/Explorer'));

export default function App() {
  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <h1>Crossings</h1>
          <p className="tagline">Migrant smuggling through the lens of human security: a policy simulator for teaching.</p>
        </div>
      </header>
      <main className="site-main">
        <ErrorBoundary what="the explorer">
          <Suspense
            fallback={
              <p className="status loading" role="status" data-testid="run-status" data-status="loading">
                Loading the explorer…
              </p>
            }
          >
            <Explorer />
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
