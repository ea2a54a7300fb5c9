/**
 * A spectator's page (#/watch/<room>): what the projector shows, from a second device that knows
 * only the room code — the round and its state, the event, which teams have decided (never what)
 * and the figures of the last revealed round. Read-only: no team panels, no levers, no moves
 * (the room's public view never carries them). Worded in this page's own language.
 */
import { useTranslation } from 'react-i18next';
import { parseRoomHash } from '../../../shared/room/links';
import { displayRoomCode } from '../../../shared/room/room-code';
import { useRoleText } from '../role-text';
import { findEvent } from '../session/events';
import { DEFAULT_ROLES } from '../session/roles';
import { Figures } from './RoomTeamPage';
import { BadRoomLink, RoomCodeForm } from './RoomJoinPicker';
import { refusalText } from './room-words';
import { useRoomWatch } from './use-room-watch';
import '../projector/projector.css';
import './room.css';

function Watching({ room }: { readonly room: string }) {
  const { t } = useTranslation('seminar');
  const roles = useRoleText();
  const { connection, teams, round, submitted, problem } = useRoomWatch(room);
  const status = round?.status ?? 'setup';
  const known = round?.public.event?.id ? findEvent(round.public.event.id) : undefined;
  const event = known ? { name: roles.eventName(known), description: roles.eventDescription(known) } : round?.public.event;
  const done = new Set(submitted);
  const teamName = (name: string) => roles.teamName({ roleId: DEFAULT_ROLES.find((r) => r.name === name)?.id ?? '', name });
  return (
    <section className="projector watch-page" aria-labelledby="watch-title" data-testid="watch" data-status={status} data-round={round ? round.round + 1 : 0}>
      <header className="projector-head">
        <h2 id="watch-title">{round ? roles.sessionTitle(round.public.title) : t('room.watch.title')}</h2>
        <p className="projector-round">
          {round && `${t('round.title', { n: round.round + 1, total: round.roundsTotal })} · `}
          <strong data-testid="watch-status">{t(`projector.status.${status}`)}</strong>
        </p>
        <p className="projector-code">
          {t('room.code')}{' '}
          <strong dir="ltr" data-testid="watch-room-code">
            {displayRoomCode(room)}
          </strong>
          <span className="small" data-testid="watch-connection" data-state={connection}>
            {' '}
            · {t(`room.connection.${connection}`)}
          </span>
        </p>
      </header>
      {problem && (
        <p className="notice sem-notice-error" role="alert" data-testid="watch-problem">
          {refusalText(t, problem)}
        </p>
      )}
      {!round && !problem && <p role="status">{t('room.watch.noRound')}</p>}
      {event && (
        <p className="projector-event">
          <strong>{event.name}:</strong> {event.description}
        </p>
      )}
      {round && round.status !== 'revealed' && teams.length > 0 && (
        <ul className="projector-teams" aria-label={t('projector.whoDecided')}>
          {teams.map((team) => (
            <li key={team.id} className={done.has(team.id) ? 'projector-team projector-team-done' : 'projector-team'} data-testid={`watch-team-${team.id}`} data-decided={done.has(team.id)}>
              <span aria-hidden="true">{done.has(team.id) ? '✓ ' : '… '}</span>
              {teamName(team.name)}
              <span className="visually-hidden"> {done.has(team.id) ? t('projector.decided') : t('projector.deciding')}</span>
            </li>
          ))}
        </ul>
      )}
      {round && <Figures figures={round.public.figures} revealed={round.status === 'revealed'} />}
      {round && round.public.figures.length === 0 && <p className="projector-note">{t('projector.firstRound')}</p>}
    </section>
  );
}

/** `hash`: the page's address hash (#/watch/<room>, or #/watch to type the code). */
export default function RoomWatchPage({ hash }: { readonly hash: string }) {
  const { t } = useTranslation('seminar');
  const link = parseRoomHash(hash);
  if (/^#\/watch\/?$/.test(hash)) return <RoomCodeForm kind="watch" />;
  if (link?.kind !== 'watch') return <BadRoomLink title={t('room.watch.title')} message={t('room.watch.badLink')} testId="watch-problem" />;
  return <Watching key={link.room} room={link.room} />;
}
