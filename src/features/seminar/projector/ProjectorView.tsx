/**
 * The projector window (#/seminar/projector, opened from the facilitator's page): what the room
 * may see, kept in step with the facilitator's window over a BroadcastChannel. The round and its
 * state, the event, the room code for phones, which teams have decided (never what they decided),
 * and the results so far — each revealed round's figures and the path on the plane. A round's
 * moves appear only once it is revealed. No controls and no team panels: the facilitator drives
 * from the other window. The model runs here too (same inputs, same results).
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRunQueue, type RunQueue } from '../../../runner/index';
import { displayRoomCode } from '../../../shared/room/room-code';
import { currentRound } from '../session/actions';
import { sessionPath } from '../session/debrief';
import { useRoundRuns } from '../use-round-runs';
import { findEvent } from '../session/events';
import { yearsOfRound } from '../RoundScreen';
import { RoundFigures } from '../RoundFigures';
import { Decisions } from '../RevealScreen';
import { RunWait } from '../RunWait';
import { useRoleText } from '../role-text';
import { useTeamBase } from '../use-team-base';
import { appLink, roomJoinHash } from '../../../shared/room/links';
import { TeamQr } from '../TeamQr';
import { helloMessage, openChannel, readStateMessage, type ProjectorState } from './projector-channel';
import './projector.css';

const SessionPlane = lazy(() => import('../SessionPlane'));

/** The projector runs the revealed rounds only: a few runs, one worker. */
const STORE_BYTES = 4_000_000;

function useProjectorState(): ProjectorState | null {
  const [state, setState] = useState<ProjectorState | null>(null);
  useEffect(() => {
    const ch = openChannel();
    if (!ch) return;
    ch.onmessage = (e: MessageEvent) => {
      const next = readStateMessage(e.data);
      if (next) setState(next);
    };
    ch.postMessage(helloMessage);
    return () => ch.close();
  }, []);
  return state;
}

function Results({ state, round, queue, moves }: { readonly state: ProjectorState; readonly round: number; readonly queue: RunQueue; readonly moves: boolean }) {
  const { t } = useTranslation('seminar');
  const { session } = state;
  const { ready, error, progress, reading } = useRoundRuns(queue, session, round);
  if (!ready) return <RunWait error={error} progress={progress} what={t('reveal.waitWhat', { n: round + 1 })} />;
  return (
    <div className="projector-results" data-testid="projector-results" data-round={round + 1}>
      <section className="projector-plane" aria-label={t('export.path')}>
        <Suspense fallback={<div className="chart-placeholder">{t('debrief.drawing')}</div>}>
          <SessionPlane id="projector-plane" path={sessionPath(ready.run, session, round + 1)} businessAsUsual={sessionPath(ready.plain, session, round + 1)} runId={round + 1} reading={reading} />
        </Suspense>
      </section>
      <section className="projector-figures">
        {moves && <Decisions session={session} round={round} />}
        <RoundFigures session={session} round={round} run={ready.run} plain={ready.plain} />
      </section>
    </div>
  );
}

function Body({ state, queue }: { readonly state: ProjectorState; readonly queue: RunQueue }) {
  const { t } = useTranslation('seminar');
  const roles = useRoleText();
  const { base } = useTeamBase();
  const { session, room } = state;
  const r = currentRound(session);
  const started = session.rounds.length > 0;
  const playing = r < session.rounds.length;
  const round = playing ? r : r - 1;
  const status = !started ? 'setup' : playing ? (room.locked ? 'locked' : 'open') : 'revealed';
  const eventId = playing ? session.rounds[r]?.event : undefined;
  const event = eventId ? findEvent(eventId) : undefined;
  const submitted = new Set(room.submitted);
  const decided = (id: string) => submitted.has(id) || (playing && session.rounds[r]?.decisions[id] !== undefined);
  return (
    <section className="projector" aria-labelledby="projector-title" data-testid="projector" data-status={status} data-round={started ? round + 1 : 0}>
      <header className="projector-head">
        <h2 id="projector-title">{roles.sessionTitle(session.title)}</h2>
        <p className="projector-round">
          {started && `${t('round.title', { n: round + 1, total: session.roundsTotal })} · ${yearsOfRound(session.yearsPerRound, round)} · `}
          <strong data-testid="projector-status">{t(`projector.status.${status}`)}</strong>
        </p>
        {room.code && (
          <p className="projector-code">
            {t('room.code')}{' '}
            <strong dir="ltr" data-testid="projector-room-code">
              {displayRoomCode(room.code)}
            </strong>
          </p>
        )}
      </header>
      {room.code && playing && (
        <div className="projector-join">
          <p>
            {t('projector.joinAt')} <code dir="ltr">{appLink(base.url, '#/join')}</code> {t('projector.joinCode')}
          </p>
          {/* One code for the whole room: it opens the team picker, and the facilitator lets each phone in. */}
          <TeamQr link={appLink(base.url, roomJoinHash(room.code))} name={room.code} alt={t('projector.joinQr')} />
        </div>
      )}
      {event && (
        <p className="projector-event">
          <strong>{roles.eventName(event)}:</strong> {roles.eventDescription(event)}
        </p>
      )}
      {playing && (
        <ul className="projector-teams" aria-label={t('projector.whoDecided')}>
          {session.teams.map((team) => (
            <li key={team.id} className={decided(team.id) ? 'projector-team projector-team-done' : 'projector-team'} data-testid={`projector-team-${team.id}`} data-decided={decided(team.id)}>
              <span aria-hidden="true">{decided(team.id) ? '✓ ' : '… '}</span>
              {roles.teamName(team)}
              <span className="visually-hidden"> {decided(team.id) ? t('projector.decided') : t('projector.deciding')}</span>
            </li>
          ))}
        </ul>
      )}
      {/* The results of the last revealed round (the one before the round being played, or the one just revealed). */}
      {started && r >= 1 ? <Results state={state} round={r - 1} queue={queue} moves={status === 'revealed'} /> : <p className="projector-note">{t(started ? 'projector.firstRound' : 'projector.notStarted')}</p>}
    </section>
  );
}

export default function ProjectorView() {
  const { t } = useTranslation('seminar');
  const queue = useRunQueue({ workers: 1, storeBytes: STORE_BYTES });
  const state = useProjectorState();
  if (!state)
    return (
      <section className="projector" aria-labelledby="projector-title" data-testid="projector" data-status="waiting">
        <h2 id="projector-title">{t('projector.title')}</h2>
        <p role="status">{t('projector.waiting')}</p>
      </section>
    );
  return <Body state={state} queue={queue} />;
}
