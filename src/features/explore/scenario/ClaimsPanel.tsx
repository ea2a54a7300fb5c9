/**
 * A scenario's claims: what it says the model shows, each with what it compares and what it
 * needs to hold. The test suite checks every claim over five seeds, so the texts cannot drift
 * from the model; here anyone can run the same check live — for the scenario as loaded, or with
 * their own changes to see which claims survive them.
 */
import type { Scenario } from '../../../../scenarios/format';
import { formatCount } from '../../../shared/format';
import type { ExplorerSettings } from '../../../shared/settings/settings';
import { CLAIM_AGENTS, CLAIM_SEEDS, describeComparison, describeMeasured, describeRequirement, type ClaimTarget, type ClaimVerdict } from './claims-check';
import type { ClaimCheck } from './use-claims-check';
import { useTranslation } from 'react-i18next';
import { ContentText } from '../../../shared/i18n/ContentText';
import { useScenarioContent, useScenarioTitles } from '../../../shared/i18n/scenario-content';

interface ClaimsPanelProps {
  readonly scenario: Scenario;
  readonly find: (id: string) => Scenario | undefined;
  readonly settings: ExplorerSettings;
  readonly hasChanges: boolean;
  /** The check's state, kept by the explorer so that it outlives a change of tab. */
  readonly check: ClaimCheck;
  readonly run: (target: ClaimTarget) => void;
}

function Verdict({ verdict }: { readonly verdict: ClaimVerdict | undefined }) {
  const { t } = useTranslation('explore');
  if (!verdict) return null;
  if (!verdict.result) {
    return <p className="verdict verdict-unknown">{t('claims.cannotCheck')}</p>;
  }
  const { holds } = verdict.result;
  return (
    <p className={holds ? 'verdict verdict-holds' : 'verdict verdict-fails'} data-verdict={holds ? 'holds' : 'fails'}>
      <strong>{holds ? t('claims.holds') : t('claims.fails')}</strong>: {t('claims.measured', { measured: describeMeasured(verdict.result) })}
    </p>
  );
}

export function ClaimsPanel({ scenario, find, settings, hasChanges, check, run }: ClaimsPanelProps) {
  const { t } = useTranslation('explore');
  const titles = useScenarioTitles();
  const text = useScenarioContent(scenario);
  const titleOf = (id: string) => {
    const s = find(id);
    return s ? titles(s) : id;
  };
  const verdicts = check.status === 'done' ? check.verdicts : [];
  const held = verdicts.filter((v) => v.result?.holds).length;
  const stale = check.status === 'done' && check.target === 'yours' && check.forSettings !== settings;

  if (scenario.claims.length === 0) return <p className="small">{t('claims.none')}</p>;
  return (
    <div className="claims" data-testid="scenario-claims">
      <p className="panel-hint">
        {t('claims.intro', { seeds: CLAIM_SEEDS.length, first: CLAIM_SEEDS[0], last: CLAIM_SEEDS[CLAIM_SEEDS.length - 1], agents: formatCount(CLAIM_AGENTS) })}
      </p>
      <ol className="claim-list">
        {scenario.claims.map((claim, i) => (
          <li key={i} className="claim" data-testid="claim">
            <p className="claim-text">
              <ContentText shown={text.claim(i)} />
            </p>
            <p className="claim-test">{t('claims.test', { comparison: describeComparison(claim, titleOf), requirement: describeRequirement(claim) })}</p>
            <Verdict verdict={verdicts[i]} />
          </li>
        ))}
      </ol>
      <div className="claim-actions">
        <button type="button" className="small-button" disabled={check.status === 'running'} onClick={() => run('scenario')} data-testid="check-claims">
          {t('claims.check')}
        </button>
        {hasChanges && (
          <button type="button" className="small-button" disabled={check.status === 'running'} onClick={() => run('yours')}>
            {t('claims.checkYours')}
          </button>
        )}
        {check.status === 'running' && <progress max={check.progress.total} value={check.progress.done} aria-label={t('claims.progress')} />}
      </div>
      <p className="claim-status" role="status" data-testid="claims-status" data-status={check.status}>
        {check.status === 'running' && t('claims.running', { done: check.progress.done, total: check.progress.total })}
        {check.status === 'done' && t(check.target === 'yours' ? 'claims.resultYours' : 'claims.resultScenario', { count: verdicts.length, held, seeds: CLAIM_SEEDS.length })}
        {check.status === 'error' && t('claims.failed', { message: check.message })}
      </p>
      {stale && <p className="small">{t('claims.stale')}</p>}
    </div>
  );
}
