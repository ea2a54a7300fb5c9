/**
 * A seminar session as data: set-up (scenario, seed, rounds, years per round, teams with their
 * roles) and what happened in each round (decisions, predictions, an injected event). The whole
 * model state follows from this record by replay, so saving it after every step loses nothing and
 * a session file moves the session to another machine. Validated with zod when loaded.
 */
import { z } from 'zod';
import { BROWSER_AGENTS_LIMIT, LEVERS, OUTPUT_KEYS, SEED_LIMIT } from '../../../../models/index';
import { boundedEntries, boundedList, leverKeySchema, safeParse, shortIssueMessage, weightsSchema } from '../../../../scenarios/index';
import { findScenario } from '../../../shared/built-in-scenarios';
import { shownJson, shownPath } from '../../../../scenarios/shown';
import { DEFAULT_ROLES, type Role } from './roles';
import { EVENTS } from './events';
import { DEFAULT_SESSION_TITLE } from './session-title';
import { newSessionSecret, SESSION_SECRET_RE } from './code-keys';

export const SESSION_FORMAT_VERSION = 1;
/** Most teams in a session: the roles of a seminar room, with room to add a few of one's own. */
export const MAX_TEAMS = 12;
/** Most rounds in a session: ten rounds of up to five years stay within the model's months. */
export const MAX_ROUNDS = 10;

const leverKey = leverKeySchema;
/** The scenario a session starts from: one built into this version (sessions and team links alike). */
export const sessionScenarioSchema = z
  .string()
  .max(64)
  .refine((id) => findScenario(id) !== undefined, {
    error: (i) => `unknown scenario ${shownJson(i.input)}: this version of Crossings does not have it (is the file from a newer version?)`,
  });
const outputKey = z.string().refine((k) => (OUTPUT_KEYS as readonly string[]).includes(k), { error: (i) => `unknown output ${shownJson(i.input)}` });

export const teamSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,32}$/),
  name: z.string().min(1).max(80),
  roleId: z.string().max(32),
  briefing: z.string().max(2000),
  levers: boundedList(leverKey, 19),
  budgetPerRound: z.number().finite().min(0).max(19),
  objectives: boundedList(z.strictObject({ output: outputKey, direction: z.enum(['lower', 'higher']), label: z.string().max(200) }), 10),
  /**
   * How the team counts security: its own weights for the two indices (every term), on which the
   * debrief scores it beside the shared index. Absent in sessions saved by older versions: then
   * its default role's weighting, or the model's defaults for a role of the facilitator's own.
   */
  weights: weightsSchema.optional(),
});

export const predictionSchema = z.strictObject({ output: outputKey, value: z.number().finite() });

export const roundSchema = z.strictObject({
  decisions: boundedEntries(MAX_TEAMS).pipe(z.record(z.string(), boundedEntries(LEVERS.length).pipe(z.partialRecord(leverKey, z.number().finite().min(0).max(1))))),
  predictions: boundedEntries(MAX_TEAMS).pipe(z.record(z.string(), predictionSchema)),
  event: z.enum(EVENTS.map((e) => e.id) as [string, ...string[]]).optional(),
  revealed: z.boolean(),
});

export const sessionSchema = z.strictObject({
  formatVersion: z.literal(SESSION_FORMAT_VERSION),
  kind: z.literal('crossings-seminar'),
  title: z.string().min(1).max(200),
  scenarioId: sessionScenarioSchema,
  seed: z.number().int().min(SEED_LIMIT.min).max(SEED_LIMIT.max),
  agents: z.number().int().min(BROWSER_AGENTS_LIMIT.min).max(BROWSER_AGENTS_LIMIT.max),
  yearsPerRound: z.number().int().min(1).max(5),
  roundsTotal: z.number().int().min(1).max(MAX_ROUNDS),
  teams: boundedList(teamSchema, MAX_TEAMS, 1),
  rounds: boundedList(roundSchema, MAX_ROUNDS),
  /** Keys the teams' decision codes (code-keys.ts); absent in sessions saved by older versions. */
  secret: z.string().regex(SESSION_SECRET_RE).optional(),
  /** The weights the shared index is read with, only the terms not at the model's defaults; absent: the defaults. */
  weights: weightsSchema.optional(),
});

export type Session = z.infer<typeof sessionSchema>;
export type Team = z.infer<typeof teamSchema>;
export type Round = z.infer<typeof roundSchema>;
export type Prediction = z.infer<typeof predictionSchema>;

export function teamFromRole(role: Role, id = role.id): Team {
  return {
    id,
    name: role.name,
    roleId: role.id,
    briefing: role.briefing,
    levers: [...role.levers],
    budgetPerRound: role.budgetPerRound,
    objectives: role.objectives.map((o) => ({ ...o })),
    weights: { human: { ...role.weighting.weights.human }, state: { ...role.weighting.weights.state } },
  };
}

export interface SessionSetup {
  readonly title?: string;
  readonly scenarioId?: string;
  readonly seed?: number;
  readonly agents?: number;
  readonly yearsPerRound?: number;
  readonly roundsTotal?: number;
  readonly teams?: readonly Team[];
}

export { DEFAULT_SESSION_TITLE };

export function createSession(setup: SessionSetup = {}): Session {
  return sessionSchema.parse({
    formatVersion: SESSION_FORMAT_VERSION,
    kind: 'crossings-seminar',
    title: setup.title ?? DEFAULT_SESSION_TITLE,
    scenarioId: setup.scenarioId ?? 'baseline',
    seed: setup.seed ?? 1,
    agents: setup.agents ?? 50_000,
    yearsPerRound: setup.yearsPerRound ?? 2,
    roundsTotal: setup.roundsTotal ?? 4,
    teams: setup.teams ?? DEFAULT_ROLES.map((r) => teamFromRole(r)),
    rounds: [],
    secret: newSessionSecret(),
  });
}

export class SessionError extends Error {
  override name = 'SessionError';
}

/** Load a session file's parsed JSON; throws SessionError naming the field and the problem. */
export function parseSession(data: unknown): Session {
  const res = safeParse(sessionSchema, data);
  if (!res.success) {
    const issue = res.error.issues[0];
    throw new SessionError(`${shownPath(issue.path)}: ${shortIssueMessage(issue)}`);
  }
  const s = res.data;
  const ids = new Set(s.teams.map((t) => t.id));
  if (ids.size !== s.teams.length) throw new SessionError('teams: two teams share an id');
  if (s.rounds.length > s.roundsTotal) throw new SessionError(`rounds: ${s.rounds.length} rounds recorded but the session has ${s.roundsTotal}`);
  s.rounds.forEach((r, k) => {
    for (const teamId of [...Object.keys(r.decisions), ...Object.keys(r.predictions)])
      if (!ids.has(teamId)) throw new SessionError(`rounds.${k}: unknown team ${shownJson(teamId)}`);
  });
  return s;
}

/** Month (0-based) at which round r starts. */
export function roundStartMonth(session: Session, r: number): number {
  return r * session.yearsPerRound * 12;
}
