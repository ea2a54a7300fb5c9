/**
 * What the facilitator's browser publishes to the room for the session as it stands: which round
 * and in which state (open, locked, revealed), what everyone may see (the projector, spectators:
 * the round, its event and last round's figures, never a team's levers or moves), and each
 * team's own view (briefing, objectives, levers at their values before the team decides, budget,
 * what it may predict, last round's figures and what changed). Built from the session and the
 * model runs the facilitator's page already makes; the server only relays and checks decisions
 * against these views, so a phone cannot record a decision the session would refuse.
 */
import { LEVER_BY_KEY, type OutputKey, type RunResult } from '../../../../models/index';
import type { Change, ObjectiveView, PublicView, RoundStatus, TeamView } from '../../../shared/room/views';
import { currentRound } from '../session/actions';
import { decisionChanges } from '../session/debrief';
import { leversBeforeDecisions, roundValue } from '../session/engine';
import { findEvent } from '../session/events';
import { formatRoundValue, outputLabel, PREDICTION_OUTPUTS, roundUnit } from '../session/figures';
import { predictionRange } from '../session/prediction-range';
import { isFlow } from '../session/scoring';
import type { Session, Team } from '../session/session';
import { DEFAULT_ROLES, type Objective } from '../session/roles';
import { objectiveKey, roleTextNow } from '../role-text';
import { i18n } from '../../../shared/i18n/i18n';

/** The figures a team's phone and the projector show: what the teams' objectives and predictions are about. */
export const ROOM_FIGURES: readonly OutputKey[] = ['irregularArrivals', 'deathsMissing', 'smugglingDemand', 'regularArrivals', 'humanSecurityIndex', 'stateSecurityIndex'];

/** Where the session stands for the room: a round and its state, and which run its figures come from. */
export interface RoomPhase {
  readonly round: number;
  readonly status: RoundStatus;
  /** The round whose figures are shown (the one before an open round; the round itself once revealed); -1: none yet. */
  readonly figuresRound: number;
}

/**
 * The round the room is in: the round being played (open, or locked if the facilitator locked
 * it), or, between a reveal and the next round's start, the round just revealed. Null before the
 * first round starts.
 */
export function roomPhase(session: Session, lockedRound: number | null): RoomPhase | null {
  if (session.rounds.length === 0) return null;
  const r = currentRound(session);
  if (r < session.rounds.length) return { round: r, status: lockedRound === r ? 'locked' : 'open', figuresRound: r - 1 };
  return { round: r - 1, status: 'revealed', figuresRound: r - 1 };
}

function figures(session: Session, run: RunResult | null, round: number): TeamView['figures'] {
  if (!run || round < 0) return [];
  return ROOM_FIGURES.map((key) => {
    const value = roundValue(run, key, session, round, isFlow(key));
    const previous = round > 0 ? roundValue(run, key, session, round - 1, isFlow(key)) : undefined;
    return { key, label: outputLabel(key).slice(0, 120), value, ...(previous !== undefined ? { previous } : {}), text: formatRoundValue(key, value).slice(0, 60), unit: roundUnit(key).slice(0, 60) };
  });
}

/**
 * The team's default role, when the team still has that role's name (and, with `briefing`, its
 * briefing): then a phone words them in its own language; otherwise they are the facilitator's
 * words, shown as typed.
 */
function defaultRole(team: Team, briefing = false): string | undefined {
  const role = DEFAULT_ROLES.find((r) => r.id === team.roleId);
  return role && team.name === role.name && (!briefing || team.briefing === role.briefing) ? role.id : undefined;
}

/**
 * What changed since the teams last decided: the event of this round, and every team's moves in
 * the round before. Data, not words: each phone words them in its own language (changeText).
 */
function changes(session: Session, phase: RoomPhase): Change[] {
  const out: Change[] = [];
  const decidedRound = phase.status === 'revealed' ? phase.round : phase.round - 1;
  const eventId = session.rounds[phase.round]?.event;
  if (eventId && findEvent(eventId)) out.push({ kind: 'event', event: eventId });
  if (decidedRound >= 0)
    for (const team of session.teams) {
      const role = defaultRole(team);
      const who = role ? { role } : { name: team.name.slice(0, 80) };
      for (const c of decisionChanges(session, decidedRound, team.id))
        if (out.length < 20) out.push({ kind: 'move', team: team.id, ...who, lever: c.lever, from: c.from, to: c.to });
    }
  return out;
}

/**
 * An objective as data: a built-in one by its key, so that each phone words it in its own
 * language (the facilitator's wording goes along for a phone that does not know the key); one of
 * the facilitator's own as typed.
 */
function objectiveView(o: Pick<Objective, 'label'>): ObjectiveView {
  const key = objectiveKey(o);
  const text = roleTextNow.objective(o).slice(0, 200);
  return key ? { key, text } : text;
}

export interface RoundPublication {
  readonly round: number;
  readonly roundsTotal: number;
  readonly status: RoundStatus;
  readonly public: PublicView;
  readonly views: Record<string, TeamView>;
}

/** The publication for a phase, given the run of the session up to `phase.figuresRound` (null while it runs, or before round 1). */
export function roundPublication(session: Session, phase: RoomPhase, run: RunResult | null): RoundPublication {
  const shown = figures(session, run, phase.figuresRound);
  const eventId = session.rounds[phase.round]?.event;
  const event = eventId ? findEvent(eventId) : undefined;
  const before = leversBeforeDecisions(session, phase.round);
  const changed = changes(session, phase);
  const predictions = PREDICTION_OUTPUTS.map((key) => {
    const range = predictionRange(key);
    return { key, label: outputLabel(key).slice(0, 120), unit: roundUnit(key).slice(0, 60), ...(range ? { min: range.min, max: range.max } : {}) };
  });
  const views: Record<string, TeamView> = {};
  for (const team of session.teams)
    views[team.id] = {
      name: roleTextNow.teamName(team).slice(0, 80),
      ...(defaultRole(team, true) ? { role: defaultRole(team, true) } : {}),
      briefing: roleTextNow.briefing(team).slice(0, 2000),
      objectives: team.objectives.map((o) => objectiveView(o)),
      budget: team.budgetPerRound,
      levers: team.levers.map((key) => ({
        key,
        label: (LEVER_BY_KEY.has(key) ? i18n.t(`model:levers.${key}.label`) : key).slice(0, 120),
        before: before[key] ?? LEVER_BY_KEY.get(key)?.defaultValue ?? 0,
        ...(LEVER_BY_KEY.get(key)?.step ? { step: LEVER_BY_KEY.get(key)!.step } : {}),
      })),
      predictions,
      figures: shown,
      changes: changed,
    };
  return {
    round: phase.round,
    roundsTotal: session.roundsTotal,
    status: phase.status,
    public: {
      title: roleTextNow.sessionTitle(session.title).slice(0, 200),
      ...(event ? { event: { id: event.id, name: roleTextNow.eventName(event).slice(0, 120), description: roleTextNow.eventDescription(event).slice(0, 500) } } : {}),
      figures: shown,
    },
    views,
  };
}
