/**
 * A team's page in a room (#/join/<room>/<team>?k=<token>), opened from the team's QR code on a
 * phone: no app header and no way into the facilitator's pages. It shows the round and its
 * state, what changed and last round's figures (to anchor a prediction), the briefing, the
 * team's levers within its budget and a prediction, and sends the decision; the team may send
 * again until the facilitator locks the round. Once revealed, the round's figures are shown.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVER_BY_KEY, OUTPUT_BY_KEY } from '../../../../models/index';
import { parseRoomHash } from '../../../shared/room/links';
import { displayRoomCode } from '../../../shared/room/room-code';
import type { RoundState, Submission } from '../../../shared/room/frames';
import type { Figure, TeamView } from '../../../shared/room/views';
import { formatRoundValue, outputLabel } from '../session/figures';
import type { Prediction } from '../session/session';
import { PredictionInput } from '../PredictionInput';
import { BudgetMeter, budgetSpent, movedOnly, TeamLever } from '../TeamLever';
import { useRoomTeam } from './use-room-team';
import { BadRoomLink, RoomCodeForm, RoomTeamPicker } from './RoomJoinPicker';
import { useRoleText } from '../role-text';
import { DEFAULT_ROLES } from '../session/roles';
import { displayLocale, formatNumber } from '../../../shared/format';
import { changeText, objectiveText, refusalText } from './room-words';
import { useModelText } from '../../../shared/i18n/model-text';
import './room.css';

/**
 * The team's name and briefing in the phone's language: the view names the team's default role
 * when the facilitator kept its name and briefing (`role`); a room logged before that field is
 * matched by the role's English name; a team of the facilitator's own is shown as published.
 */
function useTeamWords(): { name: (name: string, view?: TeamView | null) => string; briefing: (view: TeamView) => string } {
  const roles = useRoleText();
  const byName = (name: string) => DEFAULT_ROLES.find((r) => r.name === name);
  const byView = (view?: TeamView | null) => (view?.role ? DEFAULT_ROLES.find((r) => r.id === view.role) : undefined);
  return {
    name: (name, view) => {
      const role = byView(view);
      return role ? roles.roleName(role) : roles.teamName({ roleId: byName(name)?.id ?? '', name });
    },
    briefing: (view) => {
      const role = byView(view);
      return role ? roles.briefing({ roleId: role.id, briefing: role.briefing }) : roles.briefing({ roleId: byName(view.name)?.id ?? '', briefing: view.briefing });
    },
  };
}

/** Last round's figures (this round's once revealed), worded and formatted in the page's language; also the spectator's. */
export function Figures({ figures, revealed }: { readonly figures: readonly Figure[]; readonly revealed: boolean }) {
  const { t } = useTranslation('seminar');
  if (figures.length === 0) return null;
  const text = (key: string, value: number, fallback?: string) => (OUTPUT_BY_KEY.has(key) ? formatRoundValue(key, value) : (fallback ?? String(value)));
  return (
    <section className="phone-figures" aria-labelledby="phone-figures-title">
      <h3 id="phone-figures-title">{t(revealed ? 'room.phone.thisRound' : 'room.phone.lastRound')}</h3>
      <dl>
        {figures.map((f) => (
          <div key={f.key} data-testid={`phone-figure-${f.key}`} data-value={f.value}>
            <dt>{OUTPUT_BY_KEY.has(f.key) ? outputLabel(f.key) : f.label}</dt>
            <dd>
              <strong>{text(f.key, f.value, f.text)}</strong>
              {f.previous !== undefined && <span className="small"> ({t('room.phone.before', { value: text(f.key, f.previous) })})</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Decide({ round, view, submission, submit }: { readonly round: RoundState; readonly view: TeamView; readonly submission: Submission | null; readonly submit: ReturnType<typeof useRoomTeam>['submit'] }) {
  const { t } = useTranslation('seminar');
  const before = useMemo(() => Object.fromEntries(view.levers.map((l) => [l.key, l.before])), [view]);
  const [values, setValues] = useState<Record<string, number>>(() => ({ ...before, ...(submission?.decision ?? {}) }));
  const [prediction, setPrediction] = useState<Prediction | undefined>(submission?.prediction);
  const [sending, setSending] = useState(false);
  const open = round.status === 'open';
  const moved = movedOnly(values, before);
  const spent = budgetSpent(moved, before);
  const over = spent > view.budget + 1e-9;
  return (
    <form
      className="phone-decide"
      onSubmit={(e) => {
        e.preventDefault();
        if (!open || over) return;
        setSending(true);
        submit(moved, prediction).then(
          () => setSending(false),
          () => setSending(false),
        );
      }}
    >
      <section aria-labelledby="phone-levers-title">
        <h3 id="phone-levers-title">{t('teamPage.decision')}</h3>
        <BudgetMeter spent={spent} budget={view.budget} />
        {view.levers.map((l) =>
          LEVER_BY_KEY.has(l.key) ? <TeamLever key={l.key} lever={l.key} value={values[l.key] ?? l.before} before={l.before} idPrefix="phone" disabled={!open} onChange={(k, v) => setValues((x) => ({ ...x, [k]: v }))} /> : null,
        )}
        {view.levers.length === 0 && <p>{t('teamPage.noLevers')}</p>}
      </section>
      <PredictionInput idPrefix="phone" prediction={prediction} onChange={setPrediction} />
      <p className="phone-send">
        <button type="submit" className="primary-button big-button" disabled={!open || over || sending} data-testid="phone-submit">
          {t(submission ? 'room.phone.sendAgain' : 'room.phone.send')}
        </button>
      </p>
      {over && <p className="sem-error">{t('room.phone.overBudget')}</p>}
    </form>
  );
}

function RoundBody({ round, submission, submit }: { readonly round: RoundState; readonly submission: Submission | null; readonly submit: ReturnType<typeof useRoomTeam>['submit'] }) {
  const { t } = useTranslation('seminar');
  const mt = useModelText();
  const roles = useRoleText();
  const teamWords = useTeamWords();
  const view = round.view;
  const words = { t, roles, locale: displayLocale() };
  const movesText = (decision: Readonly<Record<string, number>>) => {
    const moves = Object.entries(decision).map(([k, v]) => `${LEVER_BY_KEY.has(k) ? mt.leverLabel(k) : k} ${formatNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
    return moves.length ? moves.join(', ') : t('room.phone.noChange');
  };
  if (!view) return <p role="status">{t('room.phone.noView')}</p>;
  const revealed = round.status === 'revealed';
  return (
    <>
      <p className={`phone-status phone-status-${round.status}`} role="status" data-testid="phone-status" data-status={round.status}>
        {t(`room.phone.status.${round.status}`, { n: round.round + 1 })}
      </p>
      {submission && (
        <p className="phone-sent" role="status" data-testid="phone-sent" data-round={submission.round + 1}>
          ✓ {t('room.phone.sent', { what: movesText(submission.decision) })}
          {submission.prediction ? ` ${t('room.phone.withPrediction')}` : ''}
          {round.status === 'open' ? ` ${t('room.phone.sentOpen')}` : ''}
        </p>
      )}
      {view.changes.length > 0 && (
        <section className="phone-changes" aria-labelledby="phone-changes-title">
          <h3 id="phone-changes-title">{t('room.phone.changed')}</h3>
          <ul>
            {view.changes.map((c, i) => (
              <li key={i}>{changeText(c, words)}</li>
            ))}
          </ul>
        </section>
      )}
      <Figures figures={view.figures} revealed={revealed} />
      <details className="team-page-briefing">
        <summary>{t('teamPage.briefing')}</summary>
        <p>{teamWords.briefing(view)}</p>
        <ul data-testid="phone-objectives">
          {view.objectives.map((o, i) => (
            <li key={i}>{objectiveText(o, roles)}</li>
          ))}
        </ul>
      </details>
      {!revealed && <Decide key={`${round.round}-${submission?.seq ?? 0}`} round={round} view={view} submission={submission} submit={submit} />}
    </>
  );
}

function Joined({ link }: { readonly link: Extract<NonNullable<ReturnType<typeof parseRoomHash>>, { kind: 'join' }> }) {
  const { t } = useTranslation('seminar');
  const state = useRoomTeam(link);
  const teamWords = useTeamWords();
  const { round, team } = state;
  return (
    <article className="team-page phone-page" aria-labelledby="phone-title" data-testid="phone-page" data-team={team?.id ?? ''} data-round={round ? round.round + 1 : 0}>
      <header>
        <p className="team-page-round">
          {t('room.phone.room', { code: displayRoomCode(link.room) })}
          {round && ` · ${t('round.title', { n: round.round + 1, total: round.roundsTotal })}`}
          <span className={`phone-connection phone-connection-${state.connection}`} data-testid="phone-connection" data-state={state.connection}>
            {' '}
            · {t(`room.connection.${state.connection}`)}
          </span>
        </p>
        <h2 id="phone-title">{team ? teamWords.name(team.name, round?.view) : t('teamPage.title')}</h2>
      </header>
      {state.problem && (
        <p className="notice sem-notice-error" role="alert" data-testid="phone-problem">
          {refusalText(t, state.problem)}
        </p>
      )}
      {state.waiting && <p role="status">{t('room.phone.waitingAdmit')}</p>}
      {team && !round && <p role="status">{t('room.phone.noRound')}</p>}
      {team && round && <RoundBody round={round} submission={state.submission} submit={state.submit} />}
    </article>
  );
}

/** `hash`: the page's address hash (#/join/…). */
export default function RoomTeamPage({ hash }: { readonly hash: string }) {
  const { t } = useTranslation('seminar');
  const link = useMemo(() => parseRoomHash(hash), [hash]);
  if (/^#\/join\/?$/.test(hash)) return <RoomCodeForm />;
  if (link?.kind === 'join' && !link.team) return <RoomTeamPicker room={link.room} />;
  if (!link || link.kind !== 'join' || !link.team) return <BadRoomLink title={t('teamPage.title')} message={t('room.phone.badLink')} testId="phone-problem" />;
  return <Joined key={hash} link={link} />;
}
