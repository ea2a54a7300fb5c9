/**
 * The room on the facilitator's screen (only when the app is served by the room server): a
 * button to open a room; then the room's code, each team's short link and QR code (room code and
 * team token only, so the code is sparse and scans from across a room), who is connected and who
 * has submitted this round, devices asking to join, and the lock. Without a room server nothing
 * is shown and decision codes work as before.
 */
import { useTranslation } from 'react-i18next';
import { appLink, roomJoinHash, teamJoinHash, watchHash } from '../../../shared/room/links';
import { displayRoomCode } from '../../../shared/room/room-code';
import { TeamQr } from '../TeamQr';
import { useTeamBase } from '../use-team-base';
import { useSeminar } from '../use-seminar-session';
import { useRoleText } from '../role-text';
import { useRoomHostContext } from './room-context';
import { refusalText } from './room-words';
import './room.css';

export function RoomPanel({ showLinks = true }: { readonly showLinks?: boolean }) {
  const { t } = useTranslation('seminar');
  const roles = useRoleText();
  const room = useRoomHostContext();
  const { session } = useSeminar();
  const { base } = useTeamBase();
  if (!room || (!room.available && !room.code)) return null;
  if (!room.code)
    return (
      <section className="room-panel" aria-labelledby="room-title" data-testid="room-panel">
        <h3 id="room-title">{t('room.title')}</h3>
        <p className="small">{t('room.openHint')}</p>
        <button type="button" className="primary-button" data-testid="room-open" onClick={room.open}>
          {t('room.open')}
        </button>
        {room.problem && (
          <p className="sem-error" role="alert">
            {refusalText(t, room.problem, 'facilitator')}
          </p>
        )}
      </section>
    );
  const phase = room.phase;
  const submitted = new Set(room.submitted);
  return (
    <section className="room-panel" aria-labelledby="room-title" data-testid="room-panel" data-connection={room.connection}>
      <div className="room-head">
        <h3 id="room-title">{t('room.title')}</h3>
        <p className="room-code-line">
          {t('room.code')}{' '}
          <strong className="room-code" dir="ltr" data-testid="room-code" data-code={room.code}>
            {displayRoomCode(room.code)}
          </strong>
        </p>
        <p className="small" role="status" data-testid="room-connection" data-state={room.connection}>
          {t(`room.connection.${room.connection}`)} · {t('room.joinAt')} <code dir="ltr">{appLink(base.url, roomJoinHash(room.code))}</code> · {t('room.watchAt')}{' '}
          <code dir="ltr" data-testid="room-watch-link">
            {appLink(base.url, watchHash(room.code))}
          </code>
        </p>
      </div>
      <ul className="room-teams">
        {session.teams.map((team) => {
          const info = room.teams.find((x) => x.id === team.id);
          const link = info ? appLink(base.url, teamJoinHash(room.code!, team.id, info.token)) : null;
          const done = submitted.has(team.id);
          const devices = room.presence[team.id] ?? (info?.connected ? 1 : 0);
          return (
            <li key={team.id} className={done ? 'room-team room-team-done' : 'room-team'} data-testid={`room-team-${team.id}`} data-submitted={done} data-link={link ?? ''}>
              <strong>{roles.teamName(team)}</strong>
              <span className="small">
                {done ? `✓ ${t('room.submitted')}` : t('room.waiting')} · {t('room.devices', { n: devices })}
              </span>
              {showLinks && link && <TeamQr link={link} name={roles.teamName(team)} />}
            </li>
          );
        })}
      </ul>
      {room.requests.length > 0 && (
        <ul className="room-requests" aria-label={t('room.requests')}>
          {room.requests.map((r) => {
            const team = session.teams.find((x) => x.id === r.team);
            return (
              <li key={r.request} data-testid={`room-request-${r.team}`}>
                {t('room.asks', { name: team ? roles.teamName(team) : r.team })}{' '}
                <button type="button" className="small-button" onClick={() => room.admit(r.request, true)}>
                  {t('room.admit')}
                </button>{' '}
                <button type="button" className="small-button" onClick={() => room.admit(r.request, false)}>
                  {t('room.refuse')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p className="room-actions">
        <span data-testid="room-progress">{t('room.progress', { n: submitted.size, total: session.teams.length })}</span>{' '}
        {phase && phase.status === 'open' && (
          <button type="button" className="small-button" data-testid="room-lock" onClick={room.lock}>
            {t('room.lock', { n: phase.round + 1 })}
          </button>
        )}
        {phase && phase.status === 'locked' && <span data-testid="room-locked">{t('room.locked', { n: phase.round + 1 })}</span>}{' '}
        <button type="button" className="link-button" onClick={room.leave}>
          {t('room.leave')}
        </button>
      </p>
      {room.problem && (
        <p className="sem-error" role="alert" data-testid="room-problem">
          {refusalText(t, room.problem, 'facilitator')}
        </p>
      )}
    </section>
  );
}
