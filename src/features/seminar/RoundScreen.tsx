/**
 * The round being played, on the facilitator's screen: an event to inject (before the teams
 * decide, since it moves the levers they start from), a panel per team, the box for decision
 * codes from teams' own devices (or, while a room is open, the room instead of links and codes),
 * and the reveal.
 */
import { useMemo, useState } from 'react';
import type { OutputKey } from '../../../models/index';
import { reveal, setEvent } from './session/actions';
import { leversBeforeDecisions, roundValue, sessionRunInput } from './session/engine';
import { EVENTS, findEvent } from './session/events';
import { formatRoundValue } from './session/figures';
import { isFlow } from './session/scoring';
import { roundStartMonth } from './session/session';
import { DecisionCodeBox } from './DecisionCodeBox';
import { TeamLinkAddress } from './TeamLinkAddress';
import { TeamPanel } from './TeamPanel';
import { RoomPanel } from './room/RoomPanel';
import { useRoomHostContext } from './room/room-context';
import { useRun } from '../../runner/index';
import { reweighResult } from '../../../scenarios/index-weights';
import { sessionWeights } from './session/team-weights';
import { useSeminar } from './use-seminar-session';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../shared/i18n/i18n';
import { useRoleText } from './role-text';

export function yearsOfRound(yearsPerRound: number, r: number): string {
  const from = r * yearsPerRound + 1;
  const to = (r + 1) * yearsPerRound;
  return from === to ? i18n.t('seminar:round.year', { from }) : i18n.t('seminar:round.years', { from, to });
}

function EventPicker({ round }: { readonly round: number }) {
  const { t } = useTranslation('seminar');
  const roles = useRoleText();
  const { session, apply } = useSeminar();
  const [error, setError] = useState<string | null>(null);
  const current = session.rounds[round]?.event;
  const locked = Object.keys(session.rounds[round]?.decisions ?? {}).length > 0;
  const event = current ? findEvent(current) : undefined;
  return (
    <section className="event-picker" aria-labelledby="event-title">
      <h3 id="event-title">{t('round.event')}</h3>
      <label htmlFor="round-event" className="visually-hidden">
        {t('round.event')}
      </label>
      <select id="round-event" value={current ?? ''} disabled={locked} data-testid="round-event" onChange={(e) => setError(apply((s) => setEvent(s, e.target.value || undefined)))}>
        <option value="">{t('round.noEvent')}</option>
        {EVENTS.map((ev) => (
          <option key={ev.id} value={ev.id}>
            {roles.eventName(ev)}
          </option>
        ))}
      </select>
      <p className="small">
        {event ? roles.eventDescription(event) : t('round.eventHint')}
        {locked && ` ${t('round.eventFixed')}`}
      </p>
      {error && <p className="sem-error">{error}</p>}
    </section>
  );
}

export function RoundScreen({ round, initialCode }: { readonly round: number; readonly initialCode?: string }) {
  const { t } = useTranslation('seminar');
  const { session, apply, queue } = useSeminar();
  const [error, setError] = useState<string | null>(null);
  const state = session.rounds[round];
  const before = useMemo(() => leversBeforeDecisions(session, round), [session, round]);
  const previousInput = useMemo(() => (round > 0 ? sessionRunInput(session, round - 1) : null), [session, round]);
  const previousAtDefaults = useRun(queue, previousInput).result;
  // Last round's figures beside the predictions, read with the session's weights like every other view of a round.
  const shared = session.weights;
  const previousRun = useMemo(() => previousAtDefaults && reweighResult(previousAtDefaults, sessionWeights({ weights: shared })), [previousAtDefaults, shared]);
  const previous = useMemo(
    () =>
      previousRun
        ? (output: string) => formatRoundValue(output, roundValue(previousRun, output as OutputKey, session, round - 1, isFlow(output)))
        : undefined,
    [previousRun, session, round],
  );
  const decided = session.teams.filter((t) => state?.decisions[t.id] !== undefined).length;
  const predicted = session.teams.filter((t) => state?.predictions[t.id] !== undefined).length;
  const months = `${roundStartMonth(session, round) + 1}–${roundStartMonth(session, round + 1)}`;
  const roomOpen = Boolean(useRoomHostContext()?.code);

  return (
    <div className="round-screen" data-testid="round-screen" data-round={round + 1}>
      <div className="round-head">
        <h2>
          {t('round.title', { n: round + 1, total: session.roundsTotal })}
          <span className="round-when"> · {t('round.when', { years: yearsOfRound(session.yearsPerRound, round), months })}</span>
        </h2>
        <EventPicker round={round} />
      </div>
      <RoomPanel />
      {/* While a room is open, decisions come from the phones in it: links and codes per team would invite the other way. */}
      {!roomOpen && <TeamLinkAddress />}
      <div className="team-grid">
        {session.teams.map((t) => (
          <TeamPanel key={t.id} team={t} round={round} before={before} previous={previous} deviceLink={!roomOpen} />
        ))}
      </div>
      {!roomOpen && <DecisionCodeBox initialCode={initialCode} />}
      <section className="reveal-bar" aria-labelledby="reveal-title">
        <h3 id="reveal-title" className="visually-hidden">
          {t('round.reveal')}
        </h3>
        <p data-testid="round-readiness">
          {t('round.readiness', { decided, count: session.teams.length, predicted })}
          {decided < session.teams.length && ` ${t('round.keep')}`}
        </p>
        <button type="button" className="primary-button big-button" data-testid="reveal" onClick={() => setError(apply(reveal))}>
          {t('round.revealN', { n: round + 1 })}
        </button>
        {error && (
          <p className="sem-error" role="alert">
            {error}
          </p>
        )}
      </section>
    </div>
  );
}
