/**
 * Every change a facilitator or team makes to a session, as a pure function returning the next
 * session (immer keeps the record immutable for React and for autosave). Each checks its input
 * and throws SessionError with a message for people when a step is not allowed.
 */
import { produce } from 'immer';
import { checkDecision, leversBeforeDecisions } from './engine';
import { decodeDecision, type DecisionCode } from './codes';
import { SessionError, type Prediction, type Session, type Team } from './session';
import { i18n } from '../../../shared/i18n/i18n';
import { formatNumber } from '../../../shared/format';
import { predictionRange, withinRange } from './prediction-range';

/** The round being played: the first one not yet revealed (or a new one). */
export function currentRound(session: Session): number {
  const open = session.rounds.findIndex((r) => !r.revealed);
  return open === -1 ? session.rounds.length : open;
}

export function isFinished(session: Session): boolean {
  return session.rounds.length >= session.roundsTotal && session.rounds.every((r) => r.revealed);
}

function ensureRound(s: Session, r: number): void {
  if (r >= s.roundsTotal) throw new SessionError(i18n.t('seminar:errors.onlyRounds', { roundsTotal: s.roundsTotal }));
  while (s.rounds.length <= r) s.rounds.push({ decisions: {}, predictions: {}, revealed: false });
}

function teamOf(session: Session, teamId: string): Team {
  const team = session.teams.find((t) => t.id === teamId);
  if (!team) throw new SessionError(i18n.t('seminar:errors.noTeam', { teamId: teamId }));
  return team;
}

export function setDecision(session: Session, teamId: string, decision: Record<string, number>): Session {
  const r = currentRound(session);
  const team = teamOf(session, teamId);
  const problems = checkDecision(team, decision, leversBeforeDecisions(session, r));
  if (problems.length) throw new SessionError(problems.join('; '));
  return produce(session, (s) => {
    ensureRound(s, r);
    s.rounds[r].decisions[teamId] = { ...decision };
  });
}

export function setPrediction(session: Session, teamId: string, prediction: Prediction): Session {
  const r = currentRound(session);
  teamOf(session, teamId);
  if (!withinRange(prediction.output, prediction.value)) {
    const range = predictionRange(prediction.output);
    throw new SessionError(i18n.t('seminar:codes.predictionRange', { value: formatNumber(prediction.value), output: i18n.t(`model:outputs.${prediction.output}.label`), min: formatNumber(range?.min ?? 0), max: formatNumber(range?.max ?? 0) }));
  }
  return produce(session, (s) => {
    ensureRound(s, r);
    s.rounds[r].predictions[teamId] = { ...prediction };
  });
}

export function setEvent(session: Session, eventId: string | undefined): Session {
  const r = currentRound(session);
  return produce(session, (s) => {
    ensureRound(s, r);
    if (eventId) s.rounds[r].event = eventId;
    else delete s.rounds[r].event;
  });
}

/** Apply a decision code already read: it must be for the round being played. */
export function applyDecision(session: Session, code: DecisionCode): Session {
  const r = currentRound(session);
  if (code.round !== r) throw new SessionError(i18n.t('seminar:errors.codeRound', { code: code.round + 1, r: r + 1 }));
  let next = setDecision(session, code.teamId, code.decision);
  if (code.prediction) next = setPrediction(next, code.teamId, code.prediction);
  return next;
}

/** True when the team already has a decision or a prediction in the round being played (applying a code would replace it). */
export function hasDecision(session: Session, teamId: string): boolean {
  const round = session.rounds[currentRound(session)];
  return !!round && (teamId in round.decisions || teamId in round.predictions);
}

/** Read and apply a pasted decision code; the code must be for this session and the round being played. */
export async function applyDecisionCode(session: Session, pasted: string): Promise<{ session: Session; code: DecisionCode }> {
  const code = await decodeDecision(session, pasted);
  return { session: applyDecision(session, code), code };
}

/** Close the round being played: the model advances by the round's years and results are shown. */
export function reveal(session: Session): Session {
  const r = currentRound(session);
  if (r >= session.roundsTotal) throw new SessionError(i18n.t('seminar:errors.allPlayed'));
  return produce(session, (s) => {
    ensureRound(s, r);
    s.rounds[r].revealed = true;
  });
}

/** Withdraw a team's decision (and prediction) for the round being played, e.g. to take a code instead. */
export function clearDecision(session: Session, teamId: string): Session {
  const r = currentRound(session);
  teamOf(session, teamId);
  if (!session.rounds[r]) return session;
  return produce(session, (s) => {
    delete s.rounds[r].decisions[teamId];
    delete s.rounds[r].predictions[teamId];
  });
}

/** Start the round being played (the set-up is then fixed): the round exists, with no event yet. */
export function startRound(session: Session): Session {
  const r = currentRound(session);
  return produce(session, (s) => ensureRound(s, r));
}
