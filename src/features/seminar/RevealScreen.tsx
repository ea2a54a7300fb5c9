/**
 * The reveal of a round: the model has advanced by the round's years from where it stood (the
 * session's run up to this round, in the worker), and the screen shows what changed, each team
 * against its objectives, the predictions against the outcome and the path on the plane so far.
 * The facilitator then starts the next round or, after the last, opens the debrief.
 */
import { lazy, Suspense, useState } from 'react';
import { startRound } from './session/actions';
import { decisionChanges, sessionPath } from './session/debrief';
import { findEvent } from './session/events';
import type { Session } from './session/session';
import { RoundFigures } from './RoundFigures';
import { yearsOfRound } from './RoundScreen';
import { PredictionTable, Scorecards } from './Scorecards';
import { RunWait } from './RunWait';
import { RoomPanel } from './room/RoomPanel';
import { useRoundRuns } from './use-round-runs';
import { useSeminar } from './use-seminar-session';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { useRoleText } from './role-text';

const SessionPlane = lazy(() => import('./SessionPlane'));

/** Questions for the room at a reveal (the facilitator guide has more): the catalogue's `reveal.ask.<i>`. */
const ASK_NOW = [0, 1, 2];
const two = (v: number) => formatNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function Decisions({ session, round }: { readonly session: Session; readonly round: number }) {
  const { t } = useTranslation('seminar');
  const roles = useRoleText();
  const event = session.rounds[round]?.event ? findEvent(session.rounds[round].event!) : undefined;
  return (
    <div className="round-decisions">
      {event && (
        <p>
          <strong>{t('debrief.event', { name: roles.eventName(event) })}</strong> {roles.eventDescription(event)}
        </p>
      )}
      <ul>
        {session.teams.map((team) => {
          const decided = session.rounds[round]?.decisions[team.id] !== undefined;
          const changes = decisionChanges(session, round, team.id);
          return (
            <li key={team.id}>
              <strong>{roles.teamName(team)}:</strong>{' '}
              {!decided ? t('reveal.didNotDecide') : changes.length === 0 ? t('export.noChange') : changes.map((c) => `${c.label} ${two(c.from)} → ${two(c.to)}`).join('; ')}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function RevealScreen({ round }: { readonly round: number }) {
  const { t } = useTranslation('seminar');
  const { session, apply, queue } = useSeminar();
  const [error, setError] = useState<string | null>(null);
  const { ready, error: runError, progress, reading } = useRoundRuns(queue, session, round);
  const last = round + 1 >= session.roundsTotal;
  const nextIsOpen = session.rounds.length > round + 1;

  const next = last ? (
    <a className="primary-button big-button" href="#/seminar/debrief" data-testid="open-debrief">
      {t('reveal.openDebrief')}
    </a>
  ) : nextIsOpen ? null : (
    <button type="button" className="primary-button big-button" data-testid="start-next-round" onClick={() => setError(apply(startRound))}>
      {t('reveal.start', { n: round + 2 })}
    </button>
  );

  return (
    <div className="reveal-screen" data-testid="reveal-screen" data-round={round + 1}>
      <div className="round-head">
        <h2>
          {t('reveal.title', { n: round + 1 })}
          <span className="round-when"> · {yearsOfRound(session.yearsPerRound, round)}</span>
        </h2>
        {next}
      </div>
      {error && <p className="sem-error">{error}</p>}
      <RoomPanel showLinks={false} />
      <Decisions session={session} round={round} />
      {!ready ? (
        <RunWait error={runError} progress={progress} what={t('reveal.waitWhat', { n: round + 1 })} />
      ) : (
        <div className="reveal-grid" data-testid="reveal-results">
          <section aria-labelledby="changed-title" className="reveal-figures">
            <h3 id="changed-title">{t('reveal.changed')}</h3>
            <RoundFigures session={session} round={round} run={ready.run} plain={ready.plain} />
          </section>
          <section aria-labelledby="plane-title" className="reveal-plane">
            <h3 id="plane-title" className="visually-hidden">
              {t('export.path')}
            </h3>
            <Suspense fallback={<div className="chart-placeholder">{t('debrief.drawing')}</div>}>
              <SessionPlane path={sessionPath(ready.run, session, round + 1)} businessAsUsual={sessionPath(ready.plain, session, round + 1)} runId={round + 1} reading={reading} />
            </Suspense>
          </section>
          <section aria-labelledby="scores-title" className="reveal-scores">
            <h3 id="scores-title">{t('reveal.objectives')}</h3>
            <p className="small">{t('reveal.objectivesNote')}</p>
            <Scorecards session={session} round={round} run={ready.run} plain={ready.plain} />
          </section>
          <section aria-labelledby="predictions-title" className="reveal-predictions">
            <h3 id="predictions-title">{t('reveal.predictions')}</h3>
            <PredictionTable session={session} round={round} run={ready.run} />
            <aside className="ask-now" aria-labelledby="ask-title">
              <h4 id="ask-title">{t('reveal.ask.title')}</h4>
              <ul>
                {ASK_NOW.map((q) => (
                  <li key={q}>{t(`reveal.ask.${q}`)}</li>
                ))}
              </ul>
            </aside>
          </section>
        </div>
      )}
    </div>
  );
}
