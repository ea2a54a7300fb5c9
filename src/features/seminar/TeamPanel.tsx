/**
 * A team's panel on the facilitator's screen for the round being played: its own sliders (only
 * its levers), the budget used as it moves them, what checkDecision says, its prediction, and
 * the link for deciding on the team's own device. A decision is saved the moment it is within
 * the rules; a draft over budget is shown but not saved, so the last valid decision stands.
 */
import { useState } from 'react';
import { clearDecision, setDecision, setPrediction } from './session/actions';
import { checkDecision } from './session/engine';
import type { Team } from './session/session';
import { teamPageHash } from './session/team-link';
import { useTeamKey } from './use-team-key';
import { useTeamBase } from './use-team-base';
import { TeamQr } from './TeamQr';
import { CopyField } from './CopyField';
import { PredictionInput } from './PredictionInput';
import { BudgetMeter, budgetSpent, movedOnly, TeamLever } from './TeamLever';
import { useSeminar } from './use-seminar-session';
import { useTranslation } from 'react-i18next';
import { useRoleText } from './role-text';

interface TeamPanelProps {
  readonly team: Team;
  readonly round: number;
  /** Lever values in force before the teams decide this round. */
  readonly before: Readonly<Record<string, number>>;
  readonly previous?: (output: string) => string | null;
  /** Show the link for the team's own device (not while a room is open: the phones are in the room). */
  readonly deviceLink?: boolean;
}

export function TeamPanel({ team, round, before, previous, deviceLink = true }: TeamPanelProps) {
  const { t } = useTranslation('seminar');
  const roles = useRoleText();
  const { session, apply } = useSeminar();
  const decision = session.rounds[round]?.decisions[team.id];
  const prediction = session.rounds[round]?.predictions[team.id];
  const basis = JSON.stringify([decision ?? null, team.levers.map((l) => before[l])]);
  const fromDecision = () => Object.fromEntries(team.levers.map((l) => [l, decision?.[l] ?? before[l]]));
  const [draft, setDraft] = useState(() => ({ basis, values: fromDecision() }));
  const [error, setError] = useState<string | null>(null);
  if (draft.basis !== basis) setDraft({ basis, values: fromDecision() });

  const values = draft.basis === basis ? draft.values : fromDecision();
  const key = useTeamKey(session.secret, team.id);
  const teamBase = useTeamBase().base;
  const moved = movedOnly(values, before);
  const problems = checkDecision(team, moved, before);
  const spent = budgetSpent(moved, before);
  const saved = decision !== undefined && JSON.stringify(movedOnly(decision, before)) === JSON.stringify(moved);

  const onLever = (lever: string, value: number) => {
    const next = { ...values, [lever]: value };
    setDraft({ basis, values: next });
    const nextMoved = movedOnly(next, before);
    if (checkDecision(team, nextMoved, before).length === 0) setError(apply((s) => setDecision(s, team.id, nextMoved)));
  };

  const headingId = `team-${team.id}-heading`;
  const status = problems.length
    ? t('panel.notSaved')
    : decision === undefined
      ? t('panel.noDecision')
      : Object.keys(moved).length === 0
        ? t('panel.noChange')
        : t('panel.saved', { count: Object.keys(moved).length });
  const name = roles.teamName(team);
  const link = key === null ? '' : `${teamBase.url}${teamPageHash(session, team.id, round, key)}`;

  return (
    <section className="team-panel" aria-labelledby={headingId} data-testid={`team-panel-${team.id}`} data-decided={decision !== undefined && saved}>
      <h3 id={headingId}>{name}</h3>
      <BudgetMeter spent={spent} budget={team.budgetPerRound} />
      {team.levers.map((l) => (
        <TeamLever key={l} lever={l} value={values[l]} before={before[l]} idPrefix={`fac-${team.id}`} onChange={onLever} />
      ))}
      {problems.length > 0 && (
        <ul className="decision-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {error && (
        <p className="sem-error" role="alert">
          {error}
        </p>
      )}
      <p className={decision !== undefined && saved ? 'decision-status decided' : 'decision-status'} data-testid="decision-status">
        {status}{' '}
        {decision === undefined ? (
          <button type="button" className="link-button" onClick={() => setError(apply((s) => setDecision(s, team.id, {})))}>
            {t('panel.noChangeButton')}
          </button>
        ) : (
          <button type="button" className="link-button" onClick={() => setError(apply((s) => clearDecision(s, team.id)))}>
            {t('panel.withdraw')}
            <span className="visually-hidden"> {t('panel.withdrawWhose', { name })}</span>
          </button>
        )}
      </p>
      <PredictionInput
        idPrefix={`fac-${team.id}`}
        prediction={prediction}
        previous={previous}
        onChange={(p) => setError(apply((s) => setPrediction(s, team.id, p)))}
      />
      {deviceLink && (
        <details className="team-device">
          <summary>{t('panel.device')}</summary>
          <p className="small">{t('panel.deviceHint')}</p>
          <CopyField label={t('panel.teamLink', { name })} value={link} testId={`team-link-${team.id}`} />
          {link && <TeamQr link={link} name={name} />}
        </details>
      )}
    </section>
  );
}
