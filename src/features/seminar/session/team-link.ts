/**
 * The team page's link: everything a team's own device needs to decide a round without the
 * facilitator's session — what makes the session this session (for the decision code's
 * fingerprint), the round, the team's role and the values its levers stand at before it decides
 * (for the budget). It travels in the address (#/seminar/team/<id>?s=…), so it is validated with
 * zod like any file from outside; a default role is sent by name only, to keep the link short.
 */
import { fromBase64Url, toBase64Url } from './base64url';
import { z } from 'zod';
import { LEVER_BY_KEY, LEVERS } from '../../../../models/index';
import { boundedList, safeParse, shortIssueMessage } from '../../../../scenarios/index';
import { shownJson, shownPath } from '../../../../scenarios/shown';
import { encodeDecision, encodeSignedDecision } from './codes';
import { TEAM_KEY_RE } from './code-keys';
import { leversBeforeDecisions } from './engine';
import { DEFAULT_ROLES } from './roles';
import { MAX_TEAMS, predictionSchema, sessionSchema, teamFromRole, teamSchema, type Prediction, type Session, type Team } from './session';
import { i18n } from '../../../shared/i18n/i18n';

const LINK_VERSION = 1;
/** Longest `s=` value accepted: a full custom role fits in well under this. */
export const MAX_LINK_CHARS = 8_000;

const unit = z.number().finite().min(0).max(1);

const linkSchema = z.strictObject({
  v: z.literal(LINK_VERSION),
  sc: sessionSchema.shape.scenarioId,
  se: sessionSchema.shape.seed,
  ag: sessionSchema.shape.agents,
  y: sessionSchema.shape.yearsPerRound,
  n: sessionSchema.shape.roundsTotal,
  ids: boundedList(teamSchema.shape.id, MAX_TEAMS, 1),
  r: z.number().int().min(0).max(9),
  /** A default role renamed at most: its id, name and role id. */
  t: z.union([z.strictObject({ id: teamSchema.shape.id, name: teamSchema.shape.name, role: z.string().max(32) }), teamSchema]),
  /** The team's levers' values before it decides, in the order of its levers. */
  b: boundedList(unit, LEVERS.length),
  /** The team's key for signing its codes (code-keys.ts); absent in links from older versions. */
  k: z.string().regex(TEAM_KEY_RE).optional(),
});

export interface TeamLink {
  readonly round: number;
  readonly roundsTotal: number;
  readonly team: Team;
  /** Lever → value before the team decides this round. */
  readonly before: Readonly<Record<string, number>>;
  readonly scenarioId: string;
  readonly yearsPerRound: number;
  /** A stand-in session with the same fingerprint, for the old unsigned code (links without a key). */
  readonly session: Session;
  /** The session's team ids in order (a short code carries the team's place). */
  readonly teamIds: readonly string[];
  /** The team's signing key; without it (an older link) the page makes an old, unsigned code. */
  readonly key?: string;
}

export class TeamLinkError extends Error {
  override name = 'TeamLinkError';
}

/** A team's page does not score the team: its weights stay out of the link (shorter codes to scan). */
function withoutWeights(team: Team): Team {
  const { weights: _weights, ...rest } = team;
  return rest;
}

function isDefaultRole(team: Team): boolean {
  const role = DEFAULT_ROLES.find((r) => r.id === team.roleId);
  if (!role) return false;
  const { name: _name, ...rest } = withoutWeights(team);
  const { name: _roleName, ...fromRole } = withoutWeights(teamFromRole(role, team.id));
  return JSON.stringify(rest) === JSON.stringify(fromRole);
}

/**
 * The `s=` value for a team's page in round r of the session. `key` is the team's signing key
 * (teamKey(session.secret, teamId)); a session without a secret has none.
 */
export function encodeTeamLink(session: Session, teamId: string, r: number, key?: string): string {
  const team = session.teams.find((t) => t.id === teamId);
  if (!team) throw new TeamLinkError(i18n.t('seminar:errors.noTeam', { teamId: teamId }));
  const before = leversBeforeDecisions(session, r);
  const payload: z.input<typeof linkSchema> = {
    v: LINK_VERSION,
    sc: session.scenarioId,
    se: session.seed,
    ag: session.agents,
    y: session.yearsPerRound,
    n: session.roundsTotal,
    ids: session.teams.map((t) => t.id),
    r,
    t: isDefaultRole(team) ? { id: team.id, name: team.name, role: team.roleId } : withoutWeights(team),
    b: team.levers.map((l) => before[l] ?? LEVER_BY_KEY.get(l)?.defaultValue ?? 0),
    ...(key ? { k: key } : {}),
  };
  return toBase64Url(JSON.stringify(payload));
}

/** Read a team link's `s=` value; throws TeamLinkError saying what is wrong, never anything else. */
export function decodeTeamLink(text: string): TeamLink {
  if (text.length === 0) throw new TeamLinkError(i18n.t('seminar:link.empty'));
  if (text.length > MAX_LINK_CHARS || !/^[A-Za-z0-9_-]+$/.test(text))
    throw new TeamLinkError(i18n.t('seminar:link.damaged'));
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(text));
  } catch {
    throw new TeamLinkError(i18n.t('seminar:link.cut'));
  }
  const res = safeParse(linkSchema, data);
  if (!res.success) {
    const issue = res.error.issues[0];
    const sc = (data as { sc?: unknown } | null)?.sc;
    if (issue.path[0] === 'sc' && issue.code === 'custom' && typeof sc === 'string') throw new TeamLinkError(i18n.t('common:sessionSafety.teamLinkUnknownScenario', { scenario: shownJson(sc) }));
    throw new TeamLinkError(i18n.t('seminar:link.notTeamLink', { contents: shownPath(issue.path, 'contents'), message: shortIssueMessage(issue) }));
  }
  const p = res.data;
  let team: Team;
  if ('role' in p.t) {
    const short = p.t;
    const role = DEFAULT_ROLES.find((r) => r.id === short.role);
    if (!role) throw new TeamLinkError(i18n.t('seminar:link.unknownRole', { role: shownJson(short.role) }));
    team = { ...teamFromRole(role, short.id), name: short.name };
  } else team = p.t;
  if (!p.ids.includes(team.id)) throw new TeamLinkError(i18n.t('seminar:link.teamMissing'));
  if (new Set(p.ids).size !== p.ids.length) throw new TeamLinkError(i18n.t('seminar:link.sharedId'));
  if (p.b.length !== team.levers.length) throw new TeamLinkError(i18n.t('seminar:link.levers'));
  if (p.r >= p.n) throw new TeamLinkError(i18n.t('seminar:link.round', { r: p.r + 1, n: p.n }));
  const placeholder = (id: string): Team => ({ id, name: id, roleId: '', briefing: '', levers: [], budgetPerRound: 0, objectives: [] });
  const session: Session = {
    formatVersion: 1,
    kind: 'crossings-seminar',
    title: 'Team page',
    scenarioId: p.sc,
    seed: p.se,
    agents: p.ag,
    yearsPerRound: p.y,
    roundsTotal: p.n,
    teams: p.ids.map((id) => (id === team.id ? team : placeholder(id))),
    rounds: [],
  };
  return {
    round: p.r,
    roundsTotal: p.n,
    team,
    before: Object.fromEntries(team.levers.map((l, i) => [l, p.b[i]])),
    scenarioId: p.sc,
    yearsPerRound: p.y,
    session,
    teamIds: p.ids,
    ...(p.k ? { key: p.k } : {}),
  };
}

/**
 * The decision code a team page produces (only the levers the team moved, and its prediction):
 * signed with the team's key (short when it fits), or the old unsigned code for a link without one.
 */
export async function teamDecisionCode(link: TeamLink, decision: Readonly<Record<string, number>>, prediction?: Prediction): Promise<string> {
  const moved = Object.fromEntries(Object.entries(decision).filter(([k, v]) => Math.abs(v - (link.before[k] ?? v)) > 1e-9));
  const checked = prediction ? predictionSchema.parse(prediction) : undefined;
  const code = { round: link.round, teamId: link.team.id, decision: moved, ...(checked ? { prediction: checked } : {}) };
  if (!link.key) return encodeDecision(link.session, code);
  return encodeSignedDecision({ teamIds: link.teamIds, teamId: link.team.id, levers: link.team.levers }, link.key, code);
}

/** The hash of a team's page: #/seminar/team/<id>?s=… (key: the team's signing key, see encodeTeamLink). */
export function teamPageHash(session: Session, teamId: string, r: number, key?: string): string {
  return `#/seminar/team/${teamId}?s=${encodeTeamLink(session, teamId, r, key)}`;
}

/** The hash that opens the facilitator's screen with a decision code ready to apply. */
export function applyCodeHash(code: string): string {
  return `#/seminar/apply?code=${encodeURIComponent(code)}`;
}
