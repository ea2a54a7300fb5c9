/**
 * The first page of Crossings: runs the default (baseline) scenario in a Web Worker on load, then
 * shows a few headline figures and one chart. The full explorer (levers, scenarios, comparisons)
 * comes later and will grow from here.
 */
import { lazy, Suspense } from 'react';

/** Lazy: the scenario library and the model's declarations stay out of the first chunk. */
const DefaultScenarioView = lazy(() => import('./components/DefaultScenarioView'));

export default function App() {
  return (
    <>
      <header className="site-header">
        <div className="container">
          <h1>Crossings</h1>
          <p className="tagline">An agent-based simulation of migrant smuggling, seen through human security.</p>
        </div>
      </header>
      <main className="container">
        <Suspense
          fallback={
            <p className="status" role="status" data-testid="run-status" data-status="loading">
              Loading the scenario…
            </p>
          }
        >
          <DefaultScenarioView />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          A teaching model: its numbers illustrate mechanisms, they are not forecasts. It runs entirely in your browser and
          sends nothing anywhere.
        </div>
      </footer>
    </>
  );
}
