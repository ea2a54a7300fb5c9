/**
 * One scenario, run on mount: its title and summary, the run's status, then the key figures and
 * the chart once the result is in.
 */
import { lazy, Suspense, useMemo } from 'react';
import { DEFAULT_MONTHS, type OutputKey } from '../../models/index';
import type { Scenario } from '../../scenarios/index';
import { scenarioToRunInput } from '../scenario-input';
import { useModelRun } from '../use-model-run';
import { KeyFigures } from './KeyFigures';
import { RunStatus } from './RunStatus';

const DemandChart = lazy(() => import('./DemandChart'));

const KEY_FIGURES: readonly OutputKey[] = ['smugglingDemand', 'deathsMissing', 'deathRatePerAttempt', 'meanFeeUsd'];

export function ScenarioRun({ scenario }: { readonly scenario: Scenario }) {
  const input = useMemo(() => scenarioToRunInput(scenario), [scenario]);
  const run = useModelRun(input, input.months ?? DEFAULT_MONTHS);

  return (
    <>
      <section aria-labelledby="scenario-title" className="scenario">
        <h2 id="scenario-title">{scenario.title}</h2>
        {scenario.summary && <p className="scenario-summary">{scenario.summary}</p>}
        <RunStatus state={run} />
      </section>
      {run.status === 'done' && (
        <>
          <section aria-label="Key figures">
            <KeyFigures summary={run.result.summary} keys={KEY_FIGURES} months={run.result.months.length} />
          </section>
          <section aria-label="Smuggling demand and irregular arrivals over time">
            <Suspense fallback={<p className="chart-loading">Loading the chart…</p>}>
              <DemandChart months={run.result.months} />
            </Suspense>
          </section>
        </>
      )}
    </>
  );
}
