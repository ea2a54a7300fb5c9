/**
 * A room's state as the replay of its log: teams and their tokens, which device keys hold each
 * team, the round the facilitator last published, and each team's latest submission per round.
 * `applyEvent` is pure bookkeeping with no checks: handlers check a message before its event is
 * written, and a log only ever holds events that were checked when they happened.
 */
import type { Decision, Prediction, PublicView, RoundStatus, TeamView } from '../src/shared/room/views';
import type { Submission } from '../src/shared/room/frames';
import type { RoomEvent } from './room-events';

export interface TeamRecord {
  readonly id: string;
  name: string;
  readonly token: string;
  /** SHA-256 of each device key that holds the team. */
  readonly devices: Set<string>;
}

export interface PublishedRound {
  readonly round: number;
  readonly roundsTotal: number;
  status: RoundStatus;
  readonly public: PublicView;
  readonly views: Readonly<Record<string, TeamView>>;
}

export interface RoomState {
  readonly code: string;
  readonly secretHash: string;
  readonly createdAt: number;
  /** In the facilitator's order. */
  teams: Map<string, TeamRecord>;
  round: PublishedRound | null;
  /** Round → team → latest submission. */
  readonly submissions: Map<number, Map<string, Submission>>;
  /** `${round}:${team}:${request id}` → seq, so that a resent submission is recorded once. */
  readonly submitIds: Map<string, number>;
  /** Number of events applied: the seq of the last one. */
  seq: number;
}

export const submitKey = (round: number, team: string, id: string) => `${round}:${team}:${id}`;

export function initialState(created: Extract<RoomEvent, { e: 'created' }>): RoomState {
  return { code: created.room, secretHash: created.secretHash, createdAt: created.at, teams: new Map(), round: null, submissions: new Map(), submitIds: new Map(), seq: 1 };
}

export function applyEvent(state: RoomState, event: RoomEvent): void {
  state.seq += 1;
  switch (event.e) {
    case 'created':
      return;
    case 'teams': {
      const next = new Map<string, TeamRecord>();
      for (const t of event.teams) {
        const old = state.teams.get(t.id);
        next.set(t.id, { id: t.id, name: t.name, token: t.token, devices: old && old.token === t.token ? old.devices : new Set() });
      }
      state.teams = next;
      return;
    }
    case 'claim':
      state.teams.get(event.team)?.devices.add(event.device);
      return;
    case 'release':
      state.teams.get(event.team)?.devices.clear();
      return;
    case 'publish':
      state.round = { round: event.round, roundsTotal: event.roundsTotal, status: event.status, public: event.public, views: event.views };
      return;
    case 'status':
      if (state.round && state.round.round === event.round) state.round.status = event.status;
      return;
    case 'submit': {
      let byTeam = state.submissions.get(event.round);
      if (!byTeam) state.submissions.set(event.round, (byTeam = new Map()));
      const submission: Submission = { round: event.round, team: event.team, seq: state.seq, at: event.at, decision: event.decision as Decision };
      if (event.prediction) submission.prediction = event.prediction as Prediction;
      byTeam.set(event.team, submission);
      state.submitIds.set(submitKey(event.round, event.team, event.id), state.seq);
      return;
    }
  }
}

/** Teams that have submitted in a round, in the room's team order. */
export function submittedTeams(state: RoomState, round: number): string[] {
  const byTeam = state.submissions.get(round);
  return byTeam ? [...state.teams.keys()].filter((id) => byTeam.has(id)) : [];
}

/** Every team's latest submission in every round, oldest round first. */
export function allSubmissions(state: RoomState): Submission[] {
  return [...state.submissions.keys()].sort((a, b) => a - b).flatMap((r) => [...state.submissions.get(r)!.values()]);
}
