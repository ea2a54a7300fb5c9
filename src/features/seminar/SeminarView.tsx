/**
 * Seminar mode (#/seminar): role-play rounds on the facilitator's screen, with printable role
 * cards, a facilitator guide and the debrief as pages of their own, and a team page
 * (#/seminar/team/<id>?s=…) for deciding on a team's own device. Which screen the session page
 * shows follows from the session itself: set-up, a round being played, or the last reveal.
 */
import { currentRound } from './session/actions';
import { DebriefPage } from './DebriefPage';
import { FacilitatorGuide } from './FacilitatorGuide';
import { RevealScreen } from './RevealScreen';
import { RoleCards } from './RoleCards';
import { RoundScreen } from './RoundScreen';
import { SessionBar, type SeminarPage } from './SessionBar';
import { SessionSetup } from './SessionSetup';
import { TeamPage } from './TeamPage';
import { RoomContext } from './room/room-context';
import { useRoomHost } from './room/use-room-host';
import { useProjectorFeed } from './projector/use-projector-feed';
import ProjectorView from './projector/ProjectorView';
import { useRunQueue } from '../../runner/index';
import type { ViewProps } from '../../shared/view-props';
import { ErrorBoundary } from '../../shared/ErrorBoundary';
import { SeminarContext, useSeminar, useSeminarSession } from './use-seminar-session';
import './seminar.css';
import './seminar-round.css';
import './seminar-pages.css';
import './seminar-results.css';
import '../../shared/print.css';
import { useTranslation } from 'react-i18next';

/** Runs one after another on one worker, in the order asked (a reveal, then its debrief's counterfactuals). */
const RUN_WORKERS = 1;
/** Debriefs re-run the session once per decision: keep a whole session's worth (about 240 runs). */
const STORE_BYTES = 16_000_000;

/** The view's own path and query: "team/ngo?s=…" → ["team/ngo", "s=…"]. */
function splitRest(rest: string): [string, string] {
  const q = rest.indexOf('?');
  return q === -1 ? [rest, ''] : [rest.slice(0, q), rest.slice(q + 1)];
}

function EarlierReveals() {
  const { t } = useTranslation('seminar');
  const { session } = useSeminar();
  const revealed = session.rounds.map((r, k) => (r.revealed ? k : -1)).filter((k) => k >= 0);
  if (revealed.length === 0) return null;
  return (
    <p className="earlier-reveals small no-print">
      {t('view.earlier')}{' '}
      {revealed.map((k) => (
        <a key={k} href={`#/seminar/reveal/${k + 1}`}>
          {t('view.round', { n: k + 1 })}
        </a>
      ))}
    </p>
  );
}

function SessionPage({ initialCode }: { readonly initialCode?: string }) {
  const { session } = useSeminar();
  if (session.rounds.length === 0) return <SessionSetup />;
  const r = currentRound(session);
  if (r < session.rounds.length)
    return (
      <>
        <RoundScreen round={r} initialCode={initialCode} />
        <EarlierReveals />
      </>
    );
  return <RevealScreen round={r - 1} />;
}

function FacilitatorPages({ path, query }: { readonly path: string; readonly query: string }) {
  const { t } = useTranslation('seminar');
  const queue = useRunQueue({ workers: RUN_WORKERS, storeBytes: STORE_BYTES });
  const state = useSeminarSession(queue);
  const room = useRoomHost(state.session, state.apply, queue);
  useProjectorFeed(state.session, room);
  const reveal = /^reveal\/(\d+)$/.exec(path);
  const page: SeminarPage = path === 'cards' || path === 'guide' || path === 'debrief' ? path : 'session';
  const revealRound = reveal ? Number(reveal[1]) - 1 : -1;
  const canShowReveal = revealRound >= 0 && state.session.rounds[revealRound]?.revealed === true;
  return (
    <SeminarContext value={state}>
      <RoomContext value={room}>
      <div className="seminar" data-page={page}>
        <SessionBar page={page} />
        {/* Whatever fails below, the session bar (save, open, new) stays. */}
        <ErrorBoundary what={t('common:sessionSafety.pageFailed')} hint={t('common:sessionSafety.pageFailedHint')} retryLabel={t('common:sessionSafety.tryAgain')} resetKey={`${page}|${path}|${state.session.title}|${state.session.rounds.length}`}>
          {page === 'cards' && <RoleCards />}
          {page === 'guide' && <FacilitatorGuide />}
          {page === 'debrief' && <DebriefPage />}
          {page === 'session' &&
            (canShowReveal ? <RevealScreen round={revealRound} /> : <SessionPage initialCode={path === 'apply' ? (new URLSearchParams(query).get('code') ?? '') : undefined} />)}
        </ErrorBoundary>
      </div>
      </RoomContext>
    </SeminarContext>
  );
}

/** `rest`: the address after #/seminar/ (the page, and a team link's query). */
export default function SeminarView({ rest }: ViewProps) {
  const [path, query] = splitRest(rest);
  if (path.startsWith('team/')) return <TeamPage query={query} />;
  if (path === 'projector') return <ProjectorView />;
  return <FacilitatorPages path={path} query={query} />;
}
