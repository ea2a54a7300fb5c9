/**
 * Saving the run: the monthly figures (CSV), a JSON record of the run, and a scenario file that
 * the command line accepts, with the command that reproduces the run exactly.
 */
import type { RunResult } from '../../../../models/index';
import type { Scenario } from '../../../../scenarios/format';
import { monthsCsv } from './csv';
import { downloadText } from '../../../shared/export/download';
import { runRecord } from './run-record';
import { reproduceCommand } from './scenario-file';
import { saveScenario } from './save-scenario';
import type { ExplorerSettings } from '../../../shared/settings/settings';
import { useTranslation } from 'react-i18next';
import { Rich } from '../../../shared/i18n/Rich';

interface SharePanelProps {
  readonly scenario: Scenario;
  readonly settings: ExplorerSettings;
  readonly result: RunResult | null;
}

export function SharePanel({ scenario, settings, result }: SharePanelProps) {
  const { t } = useTranslation('explore');
  const stem = `crossings-${scenario.id}-seed${settings.seed}`;
  return (
    <section className="share-panel" aria-labelledby="share-title" data-testid="share-panel">
      <h2 id="share-title">{t('share.title')}</h2>
      <div className="share-buttons">
        <button type="button" className="small-button" disabled={!result} onClick={() => result && downloadText(monthsCsv(result), `${stem}-months.csv`, 'text/csv')}>
          {t('share.csv')}
        </button>
        <button
          type="button"
          className="small-button"
          disabled={!result}
          onClick={() => result && downloadText(`${JSON.stringify(runRecord(scenario, settings, result), null, 2)}\n`, `${stem}-run.json`, 'application/json')}
        >
          {t('share.record')}
        </button>
        <button
          type="button"
          className="small-button"
          onClick={() => void saveScenario(scenario, settings)}
        >
          {t('share.scenarioFile')}
        </button>
      </div>
      <p>{t('share.fileHint')}</p>
      <pre className="command" tabIndex={0} aria-label={t('share.commandLabel')} dir="ltr">
        <code>{reproduceCommand(scenario, settings)}</code>
      </pre>
      <p className="small">
        <Rich text={t('share.cliHint', { version: result?.modelVersion ?? '…' })} parts={{ json: <code dir="ltr">--format json</code>, csv: <code dir="ltr">--format csv</code> }} />
      </p>
    </section>
  );
}
