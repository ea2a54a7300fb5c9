/**
 * Saving the run: the monthly figures (CSV), a JSON record of the run, and a scenario file that
 * the command line accepts, with the command that reproduces the run exactly.
 */
import type { RunResult } from '../../../../models/index';
import type { Scenario } from '../../../../scenarios/index';
import { monthsCsv } from './csv';
import { downloadText } from '../../../shared/export/download';
import { runRecord } from './run-record';
import { reproduceCommand, scenarioFile, scenarioFileName } from './scenario-file';
import type { ExplorerSettings } from '../../../shared/settings/settings';

interface SharePanelProps {
  readonly scenario: Scenario;
  readonly settings: ExplorerSettings;
  readonly result: RunResult | null;
}

export function SharePanel({ scenario, settings, result }: SharePanelProps) {
  const stem = `crossings-${scenario.id}-seed${settings.seed}`;
  return (
    <section className="share-panel" aria-labelledby="share-title" data-testid="share-panel">
      <h2 id="share-title">Save and reproduce</h2>
      <div className="share-buttons">
        <button type="button" className="small-button" disabled={!result} onClick={() => result && downloadText(monthsCsv(result), `${stem}-months.csv`, 'text/csv')}>
          Monthly figures (CSV)
        </button>
        <button
          type="button"
          className="small-button"
          disabled={!result}
          onClick={() => result && downloadText(`${JSON.stringify(runRecord(scenario, settings, result), null, 2)}\n`, `${stem}-run.json`, 'application/json')}
        >
          Run record (JSON)
        </button>
        <button
          type="button"
          className="small-button"
          onClick={() => downloadText(`${JSON.stringify(scenarioFile(scenario, settings), null, 2)}\n`, scenarioFileName(scenario), 'application/json')}
        >
          Scenario file (JSON)
        </button>
      </div>
      <p>
        The scenario file holds your levers and your timeline: import it here again later (Import a scenario file), share it, or run exactly this
        simulation outside the browser — save it into the Crossings project folder and run:
      </p>
      <pre className="command" tabIndex={0} aria-label="Command that reproduces this run">
        <code>{reproduceCommand(scenario, settings)}</code>
      </pre>
      <p className="small">
        The command line gives the same figures as this page, to the last digit, for the same model version ({result?.modelVersion ?? '…'}). Add{' '}
        <code>--format json</code> or <code>--format csv</code> for machine-readable output.
      </p>
    </section>
  );
}
