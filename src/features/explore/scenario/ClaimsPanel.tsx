/**
 * A scenario's claims: what it says the model shows, each with what it compares and what it
 * needs to hold. The test suite checks every claim over five seeds, so the texts cannot drift
 * from the model; here anyone can run the same check live — for the scenario as loaded, or with
 * their own changes to see which claims survive them.
 */
import type { Scenario } from '../../../../scenarios/index';
import { formatCount } from '../../../shared/format';
import type { ExplorerSettings } from '../../../shared/settings/settings';
import { CLAIM_AGENTS, CLAIM_SEEDS, describeComparison, describeMeasured, describeRequirement, type ClaimTarget, type ClaimVerdict } from './claims-check';
import type { ClaimCheck } from './use-claims-check';

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
  if (!verdict) return null;
  if (!verdict.result) {
    return <p className="verdict verdict-unknown">Cannot be checked here: it compares with a scenario this page does not have.</p>;
  }
  const { holds } = verdict.result;
  return (
    <p className={holds ? 'verdict verdict-holds' : 'verdict verdict-fails'} data-verdict={holds ? 'holds' : 'fails'}>
      <strong>{holds ? '✓ Holds' : '✗ Does not hold'}</strong>: measured {describeMeasured(verdict.result)}.
    </p>
  );
}

export function ClaimsPanel({ scenario, find, settings, hasChanges, check, run }: ClaimsPanelProps) {
  const titleOf = (id: string) => find(id)?.title ?? id;
  const verdicts = check.status === 'done' ? check.verdicts : [];
  const held = verdicts.filter((v) => v.result?.holds).length;
  const stale = check.status === 'done' && check.target === 'yours' && check.forSettings !== settings;

  if (scenario.claims.length === 0) return <p className="small">This scenario makes no claims that can be checked.</p>;
  return (
    <div className="claims" data-testid="scenario-claims">
      <p className="panel-hint">
        What this scenario says the model shows. The project’s test suite checks every claim over {CLAIM_SEEDS.length} seeds ({CLAIM_SEEDS[0]}–
        {CLAIM_SEEDS[CLAIM_SEEDS.length - 1]}, {formatCount(CLAIM_AGENTS)} agents each, averaged), so the text cannot drift from what the model does.
      </p>
      <ol className="claim-list">
        {scenario.claims.map((claim, i) => (
          <li key={i} className="claim" data-testid="claim">
            <p className="claim-text">{claim.text}</p>
            <p className="claim-test">
              {describeComparison(claim, titleOf)}; {describeRequirement(claim)}.
            </p>
            <Verdict verdict={verdicts[i]} />
          </li>
        ))}
      </ol>
      <div className="claim-actions">
        <button type="button" className="small-button" disabled={check.status === 'running'} onClick={() => run('scenario')} data-testid="check-claims">
          Check these claims now
        </button>
        {hasChanges && (
          <button type="button" className="small-button" disabled={check.status === 'running'} onClick={() => run('yours')}>
            Check them with your changes
          </button>
        )}
        {check.status === 'running' && <progress max={check.progress.total} value={check.progress.done} aria-label="Claim check progress" />}
      </div>
      <p className="claim-status" role="status" data-testid="claims-status" data-status={check.status}>
        {check.status === 'running' && `Running ${check.progress.done} of ${check.progress.total} simulations…`}
        {check.status === 'done' &&
          `${held} of ${verdicts.length} claims hold ${check.target === 'yours' ? 'with your changes' : 'for the scenario as loaded'} (mean over ${CLAIM_SEEDS.length} seeds).`}
        {check.status === 'error' && `The check failed: ${check.message}`}
      </p>
      {stale && <p className="small">Your settings have changed since this check; check again to see the claims with the new ones.</p>}
    </div>
  );
}
