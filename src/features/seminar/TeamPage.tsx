/**
 * A team's own page (#/seminar/team/<id>?s=…), for deciding on a phone or laptop: the team's
 * briefing and objectives, its levers within its budget, its prediction, and the decision code to
 * give the facilitator. It needs no session of its own: everything comes from the link, and
 * nothing is sent anywhere.
 */
import { useMemo, useState } from 'react';
import { LEVER_BY_KEY } from '../../../models/index';
import { findScenario } from '../../../scenarios/index';
import { checkDecision } from './session/engine';
import type { Prediction } from './session/session';
import { applyCodeHash, decodeTeamLink, teamDecisionCode, TeamLinkError, type TeamLink } from './session/team-link';
import { CopyField } from './CopyField';
import { PredictionInput } from './PredictionInput';
import { yearsOfRound } from './RoundScreen';
import { BudgetMeter, budgetSpent, movedOnly, TeamLever } from './TeamLever';

function readLink(query: string): TeamLink | string {
  try {
    return decodeTeamLink(new URLSearchParams(query).get('s') ?? '');
  } catch (error) {
    return error instanceof TeamLinkError ? error.message : 'The link could not be read: please open the team link again.';
  }
}

function TeamDecision({ link }: { readonly link: TeamLink }) {
  const { team, before } = link;
  const [values, setValues] = useState<Record<string, number>>(() => ({ ...before }));
  const [prediction, setPrediction] = useState<Prediction | undefined>(undefined);
  const moved = movedOnly(values, before);
  const problems = checkDecision(team, moved, before);
  const code = problems.length === 0 ? teamDecisionCode(link, moved, prediction) : null;
  const scenario = findScenario(link.scenarioId);
  const applyLink = code ? `${window.location.origin}${window.location.pathname}${applyCodeHash(code)}` : '';

  return (
    <article className="team-page" aria-labelledby="team-page-title" data-testid="team-page">
      <header>
        <p className="team-page-round">
          Round {link.round + 1} of {link.roundsTotal} · {yearsOfRound(link.yearsPerRound, link.round)} · {scenario?.title ?? link.scenarioId}
        </p>
        <h2 id="team-page-title">{team.name}</h2>
      </header>
      <details className="team-page-briefing">
        <summary>Briefing and objectives</summary>
        <p>{team.briefing}</p>
        <ul>
          {team.objectives.map((o) => (
            <li key={`${o.output}-${o.direction}`}>{o.label}</li>
          ))}
        </ul>
      </details>
      <section className="team-page-levers" aria-labelledby="levers-title">
        <h3 id="levers-title">Your decision</h3>
        <BudgetMeter spent={budgetSpent(moved, before)} budget={team.budgetPerRound} />
        {team.levers.map((l) => (
          <TeamLever key={l} lever={l} value={values[l]} before={before[l]} idPrefix="team" onChange={(k, v) => setValues((x) => ({ ...x, [k]: v }))} />
        ))}
        {team.levers.length === 0 && <p>This role has no levers: you can still predict a figure.</p>}
        {problems.length > 0 && (
          <ul className="decision-problems" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </section>
      <PredictionInput idPrefix="team" prediction={prediction} onChange={setPrediction} />
      <section className="team-page-code" aria-labelledby="code-title">
        <h3 id="code-title">Your decision code</h3>
        {code ? (
          <>
            <p className="small">
              Give this code to the facilitator: message it, or show this screen so they can type it in. It holds{' '}
              {Object.keys(moved).length === 0 ? 'no change' : Object.entries(moved).map(([k, v]) => `${LEVER_BY_KEY.get(k)?.label ?? k} ${v.toFixed(2)}`).join(', ')}
              {prediction ? ' and your prediction' : ' (no prediction yet)'}. It changes whenever you move a lever.
            </p>
            <CopyField label="Decision code" value={code} testId="team-decision-code" multiline />
            <details>
              <summary>Or send a link instead</summary>
              <CopyField label="Decision link" value={applyLink} testId="team-decision-link" />
            </details>
          </>
        ) : (
          <p className="sem-error">Bring your decision within the rules above to get a code.</p>
        )}
      </section>
    </article>
  );
}

export function TeamPage({ query }: { readonly query: string }) {
  const link = useMemo(() => readLink(query), [query]);
  if (typeof link === 'string')
    return (
      <section className="team-page" aria-labelledby="team-page-title">
        <h2 id="team-page-title">Team page</h2>
        <p className="notice sem-notice-error" role="alert" data-testid="team-link-error">
          {link}
        </p>
      </section>
    );
  return <TeamDecision key={query} link={link} />;
}
