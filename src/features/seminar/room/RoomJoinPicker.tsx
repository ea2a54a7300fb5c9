/**
 * Joining a room by its code, for a phone that did not scan a team's QR code: type the code shown
 * on the projector (#/join; read generously: any case, spaces and dashes, O for 0, I and L for 1),
 * then pick the team (#/join/<room>: the room's teams, asked of the server as a spectator would).
 * The phone then asks to join that team and waits until the facilitator lets it in. A phone that
 * has already joined this room goes straight back to its team.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoomClient } from '../../../shared/room/client';
import type { FrameOf } from '../../../shared/room/frames';
import { roomSocketUrl } from '../../../shared/room/links';
import { displayRoomCode, normaliseRoomCode } from '../../../shared/room/room-code';
import { problemOf, refusalText, type RoomProblem } from './room-words';
import { DEFAULT_ROLES } from '../session/roles';
import { useRoleText } from '../role-text';
import { loadDevice } from './room-storage';

/** `kind`: join a team (#/join/<code>), or watch the room as a spectator (#/watch/<code>). */
export function RoomCodeForm({ kind = 'join' }: { readonly kind?: 'join' | 'watch' }) {
  const { t } = useTranslation('seminar');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState(false);
  return (
    <article className="team-page phone-page" aria-labelledby="phone-title" data-testid="room-code-form">
      <h2 id="phone-title">{t(kind === 'watch' ? 'room.watch.title' : 'room.join.title')}</h2>
      <form
        className="room-code-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const code = normaliseRoomCode(text);
          setProblem(code === null);
          if (code) window.location.hash = `#/${kind}/${code}`;
        }}
      >
        <label htmlFor="room-code-input">{t('room.join.label')}</label>
        <input
          id="room-code-input"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          dir="ltr"
          value={text}
          aria-invalid={problem}
          aria-describedby="room-code-problem"
          data-testid="room-code-input"
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="primary-button">
          {t('room.join.go')}
        </button>
        <p id="room-code-problem" className="sem-error" role="status">
          {problem ? t('room.join.badCode') : ''}
        </p>
      </form>
    </article>
  );
}

type Teams = FrameOf<'watching'>['teams'];

export function RoomTeamPicker({ room }: { readonly room: string }) {
  const { t } = useTranslation('seminar');
  const roles = useRoleText();
  const [teams, setTeams] = useState<Teams | null>(null);
  const [problem, setProblem] = useState<RoomProblem | null>(null);
  const [saved] = useState(() => loadDevice(room));

  useEffect(() => {
    if (saved) {
      window.location.replace(`#/join/${room}/${saved.team}`);
      return;
    }
    const c = new RoomClient({ url: roomSocketUrl(window.location.href) });
    c.watch(room).then(
      (f) => {
        setTeams(f.teams);
        c.close();
      },
      (e: unknown) => {
        setProblem(problemOf(e));
        c.close();
      },
    );
    return () => c.close();
  }, [room, saved]);

  return (
    <article className="team-page phone-page" aria-labelledby="phone-title" data-testid="room-team-picker">
      <header>
        <p className="team-page-round">{t('room.phone.room', { code: displayRoomCode(room) })}</p>
        <h2 id="phone-title">{t('room.join.pick')}</h2>
      </header>
      {problem && (
        <p className="notice sem-notice-error" role="alert" data-testid="phone-problem">
          {refusalText(t, problem)}
        </p>
      )}
      {teams && teams.length === 0 && <p role="status">{t('room.join.noTeams')}</p>}
      {teams && (
        <ul className="room-team-choices">
          {teams.map((team) => (
            <li key={team.id}>
              <a className="primary-button" href={`#/join/${room}/${team.id}`} data-testid={`pick-team-${team.id}`}>
                {roles.teamName({ roleId: DEFAULT_ROLES.find((r) => r.name === team.name)?.id ?? '', name: team.name })}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p className="small">{t('room.join.pickHint')}</p>
    </article>
  );
}

/** A phone or spectator address that names no room (or no team): the page's title and what is wrong, nothing else. */
export function BadRoomLink({ title, message, testId }: { readonly title: string; readonly message: string; readonly testId: string }) {
  return (
    <article className="team-page phone-page" aria-labelledby="bad-link-title">
      <h2 id="bad-link-title">{title}</h2>
      <p className="notice sem-notice-error" role="alert" data-testid={testId}>
        {message}
      </p>
    </article>
  );
}
