/**
 * A team's own page (#/seminar/team/<id>?s=…), for deciding on a phone or laptop: the team's
 * briefing and objectives, its levers within its budget, its prediction, and the decision code to
 * give the facilitator. It needs no session of its own: everything comes from the link, and
 * nothing is sent anywhere.
 */
import { useMemo, useState } from 'react';
import { LEVER_BY_KEY } from '../../../models/index';
import { findScenario } from '../../shared/built-in-scenarios';
import { checkDecision } from './session/engine';
import type { Prediction } from './session/session';
import { applyCodeHash, decodeTeamLink, teamDecisionCode, TeamLinkError, type TeamLink } from './session/team-link';
import { CopyField } from './CopyField';
import { PredictionInput } from './PredictionInput';
import { yearsOfRound } from './RoundScreen';
import { BudgetMeter, budgetSpent, movedOnly, TeamLever } from './TeamLever';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { i18n } from '../../shared/i18n/i18n';
import { useModelText } from '../../shared/i18n/model-text';
import { useScenarioTitles } from '../../shared/i18n/scenario-content';
import { useRoleText } from './role-text';
import { usePromised } from './use-team-key';

function readLink(query: string): TeamLink | string {
  try {
    return decodeTeamLink(new URLSearchParams(query).get('s') ?? '');
  } catch (error) {
    return error instanceof TeamLinkError ? error.message : i18n.t('seminar:link.unreadable');
  }
}

function TeamDecision({ link }: { readonly link: TeamLink }) {
  const { t } = useTranslation('seminar');
  const mt = useModelText();
  const roles = useRoleText();
  const titleOf = useScenarioTitles();
  const { team, before } = link;
  const [values, setValues] = useState<Record<string, number>>(() => ({ ...before }));
  const [prediction, setPrediction] = useState<Prediction | undefined>(undefined);
  const moved = movedOnly(values, before);
  const problems = checkDecision(team, moved, before);
  const ok = problems.length === 0;
  const code = usePromised(() => teamDecisionCode(link, moved, prediction), ok ? JSON.stringify([moved, prediction ?? null]) : 'invalid');
  const scenario = findScenario(link.scenarioId);
  const applyLink = code ? `${window.location.origin}${window.location.pathname}${applyCodeHash(code)}` : '';

  return (
    <article className="team-page" aria-labelledby="team-page-title" data-testid="team-page">
      <header>
        <p className="team-page-round">
          {t('round.title', { n: link.round + 1, total: link.roundsTotal })} · {yearsOfRound(link.yearsPerRound, link.round)} · {scenario ? titleOf(scenario) : link.scenarioId}
        </p>
        <h2 id="team-page-title">{roles.teamName(team)}</h2>
      </header>
      <details className="team-page-briefing">
        <summary>{t('teamPage.briefing')}</summary>
        <p>{roles.briefing(team)}</p>
        <ul>
          {team.objectives.map((o) => (
            <li key={`${o.output}-${o.direction}`}>{roles.objective(o)}</li>
          ))}
        </ul>
      </details>
      <section className="team-page-levers" aria-labelledby="levers-title">
        <h3 id="levers-title">{t('teamPage.decision')}</h3>
        <BudgetMeter spent={budgetSpent(moved, before)} budget={team.budgetPerRound} />
        {team.levers.map((l) => (
          <TeamLever key={l} lever={l} value={values[l]} before={before[l]} idPrefix="team" onChange={(k, v) => setValues((x) => ({ ...x, [k]: v }))} />
        ))}
        {team.levers.length === 0 && <p>{t('teamPage.noLevers')}</p>}
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
        <h3 id="code-title">{t('teamPage.code')}</h3>
        {ok && code ? (
          <>
            <p className="small">
              {t(prediction ? 'teamPage.holdsPrediction' : 'teamPage.holds', {
                what:
                  Object.keys(moved).length === 0
                    ? t('export.noChange')
                    : Object.entries(moved)
                        .map(([k, v]) => `${LEVER_BY_KEY.has(k) ? mt.leverLabel(k) : k} ${formatNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`)
                        .join(', '),
              })}
            </p>
            {!code.startsWith('CX') && (
              <p className="decision-code-big" aria-hidden="true" dir="ltr">
                {code}
              </p>
            )}
            <CopyField label={t('teamPage.codeLabel')} value={code} testId="team-decision-code" multiline={code.startsWith('CX')} />
            <details>
              <summary>{t('teamPage.orLink')}</summary>
              <CopyField label={t('teamPage.linkLabel')} value={applyLink} testId="team-decision-link" />
            </details>
          </>
        ) : ok ? (
          <p className="small" role="status">
            {t('code.checking')}
          </p>
        ) : (
          <p className="sem-error">{t('teamPage.withinRules')}</p>
        )}
      </section>
    </article>
  );
}

export function TeamPage({ query }: { readonly query: string }) {
  const { t } = useTranslation('seminar');
  const link = useMemo(() => readLink(query), [query]);
  if (typeof link === 'string')
    return (
      <section className="team-page" aria-labelledby="team-page-title">
        <h2 id="team-page-title">{t('teamPage.title')}</h2>
        <p className="notice sem-notice-error" role="alert" data-testid="team-link-error">
          {link}
        </p>
      </section>
    );
  return <TeamDecision key={query} link={link} />;
}
