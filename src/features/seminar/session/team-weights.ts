/**
 * What counts as security in a seminar: the shared index's weights (the session's, the model's
 * defaults unless the facilitator set others) and each team's own (its role's weighting, or a
 * preset for a role of the facilitator's own). Weights change no run: the debrief reads the
 * indices of the session's runs again from the terms the months already hold, so a team's own
 * score costs no model run.
 */
import { DEFAULT_WEIGHTS, reweighIndices, type IndexWeights, type RunResult } from '../../../../models/index';
import { presetOf, resolveWeights, sameWeights, usableWeights, writtenWeights, type WeightPresetId } from '../../../../scenarios/index-weights';
import { DEFAULT_ROLES } from './roles';
import { roundStartMonth, type Session, type Team } from './session';

/** The weights the debrief's shared index is read with. */
export function sessionWeights(session: Pick<Session, 'weights'>): IndexWeights {
  return session.weights ? resolveWeights(session.weights) : DEFAULT_WEIGHTS;
}

/** The session with other shared weights (only those not at the defaults are kept; unusable weights change nothing). */
export function setSessionWeights(session: Session, weights: IndexWeights): Session {
  if (!usableWeights(weights)) return session;
  const { weights: _old, ...rest } = session;
  const written = writtenWeights(weights);
  return written ? { ...rest, weights: written } : rest;
}

/** A team's own weights: its own, else (a session from an older version) its default role's, else the model's defaults. */
export function teamWeights(team: Pick<Team, 'roleId' | 'weights'>): IndexWeights {
  if (team.weights) return resolveWeights(team.weights);
  return DEFAULT_ROLES.find((r) => r.id === team.roleId)?.weighting.weights ?? DEFAULT_WEIGHTS;
}

/** What a team's weighting is: its role's own, one of the panel's presets, or weights of its own. */
export type WeightingName = { readonly kind: 'role'; readonly role: string } | { readonly kind: 'preset'; readonly preset: WeightPresetId } | { readonly kind: 'custom' };

export function weightingName(team: Pick<Team, 'roleId' | 'weights'>): WeightingName {
  const w = teamWeights(team);
  const role = DEFAULT_ROLES.find((r) => r.id === team.roleId);
  if (role && sameWeights(role.weighting.weights, w)) return { kind: 'role', role: role.id };
  const preset = presetOf(w);
  return preset ? { kind: 'preset', preset } : { kind: 'custom' };
}

/** Both indices over the months played, with one set of weights: the session's and business as usual's. */
export interface WeighedScore {
  readonly human: number;
  readonly state: number;
  readonly humanBusinessAsUsual: number;
  readonly stateBusinessAsUsual: number;
}

export interface TeamScore extends WeighedScore {
  readonly teamId: string;
  readonly weighting: WeightingName;
}

/** The months of the first `rounds` rounds. */
export function playedMonths(run: RunResult, session: Session, rounds: number): RunResult['months'] {
  return run.months.slice(0, roundStartMonth(session, rounds));
}

/** The mean of each index over the months played, read with `weights`, for the session and for business as usual. */
export function weighedScore(session: Session, run: RunResult, plain: RunResult, rounds: number, weights: IndexWeights): WeighedScore {
  const a = reweighIndices(playedMonths(run, session, rounds), weights);
  const b = reweighIndices(playedMonths(plain, session, rounds), weights);
  return { human: a.humanMean, state: a.stateMean, humanBusinessAsUsual: b.humanMean, stateBusinessAsUsual: b.stateMean };
}

/** Each team's own score: the session against business as usual, on the team's own weights. */
export function teamScores(session: Session, run: RunResult, plain: RunResult, rounds: number): TeamScore[] {
  return session.teams.map((team) => ({ teamId: team.id, weighting: weightingName(team), ...weighedScore(session, run, plain, rounds, teamWeights(team)) }));
}
