/**
 * Changes to a session's set-up before the first round starts: the session's settings and its
 * teams (rename, drop, add back a default role, or add a role of one's own with levers and
 * objectives picked from lists). Each returns the next session or throws SessionError saying
 * what is wrong; nothing may change once a round has started, because decisions and decision
 * codes depend on it.
 */
import { produce } from 'immer';
import type { z } from 'zod';
import { LEVER_BY_KEY } from '../../../../models/index';
import { safeParse, shortIssueMessage } from '../../../../scenarios/index';
import { DEFAULT_ROLES } from './roles';
import { MAX_TEAMS, SessionError, sessionSchema, teamFromRole, teamSchema, type Session, type Team } from './session';
import { i18n } from '../../../shared/i18n/i18n';
import { roleTextNow } from '../role-text';

export type SetupPatch = Partial<Pick<Session, 'title' | 'scenarioId' | 'seed' | 'agents' | 'yearsPerRound' | 'roundsTotal'>>;

export { MAX_TEAMS };

function assertEditable(session: Session): void {
  if (session.rounds.length > 0) throw new SessionError(i18n.t('seminar:errors.setupFixed'));
}

/** Fields named in problems: the catalogue's `seminar:fields.<field>`. */
const FIELD_LABELS: ReadonlySet<string> = new Set(['title', 'scenarioId', 'seed', 'agents', 'yearsPerRound', 'roundsTotal', 'name', 'briefing', 'budgetPerRound', 'levers', 'objectives']);

/** A zod issue in words for a facilitator: "Years per round must be at most 5". */
function describe(issue: z.core.$ZodIssue): string {
  const field = String(issue.path[issue.path.length - 1] ?? '');
  const label = FIELD_LABELS.has(field) ? i18n.t(`seminar:fields.${field}`) : field;
  const raw = issue as { code: string; maximum?: unknown; minimum?: unknown; expected?: string; format?: string; origin?: string };
  let problem = shortIssueMessage(issue);
  const t = (key: string, values?: Record<string, unknown>) => i18n.t(`seminar:fieldProblems.${key}`, values);
  if (raw.code === 'too_big') problem = raw.origin === 'string' ? t('maxChars', { max: raw.maximum }) : t('max', { max: raw.maximum });
  else if (raw.code === 'too_small') problem = raw.origin === 'string' ? t('empty') : t('min', { min: raw.minimum });
  else if (raw.code === 'invalid_type' && raw.expected === 'number') problem = t('number');
  else if (raw.code === 'invalid_type' && raw.expected === 'int') problem = t('whole');
  return t('line', { label, problem });
}

function checked(next: Session): Session {
  const res = safeParse(sessionSchema, next);
  if (!res.success) throw new SessionError(describe(res.error.issues[0]));
  return next;
}

export function updateSetup(session: Session, patch: SetupPatch): Session {
  assertEditable(session);
  return checked({ ...session, ...patch });
}

export function updateTeam(session: Session, teamId: string, patch: Partial<Omit<Team, 'id' | 'roleId'>>): Session {
  assertEditable(session);
  const k = session.teams.findIndex((t) => t.id === teamId);
  if (k === -1) throw new SessionError(i18n.t('seminar:errors.noTeam', { teamId: teamId }));
  const team = { ...session.teams[k], ...patch };
  const res = safeParse(teamSchema, team);
  if (!res.success) throw new SessionError(describe(res.error.issues[0]));
  return produce(session, (s) => {
    s.teams[k] = res.data;
  });
}

export function removeTeam(session: Session, teamId: string): Session {
  assertEditable(session);
  if (session.teams.length <= 1) throw new SessionError(i18n.t('seminar:errors.oneTeam'));
  return produce(session, (s) => {
    s.teams = s.teams.filter((t) => t.id !== teamId);
  });
}

/** A team id not yet used in the session, from a base ("team" → team-2). */
export function freeTeamId(session: Session, base: string): string {
  const clean = base.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 24) || 'team';
  const used = new Set(session.teams.map((t) => t.id));
  if (!used.has(clean)) return clean;
  for (let n = 2; ; n++) if (!used.has(`${clean}-${n}`)) return `${clean}-${n}`;
}

function addTeam(session: Session, team: Team): Session {
  assertEditable(session);
  if (session.teams.length >= MAX_TEAMS) throw new SessionError(i18n.t('seminar:errors.maxTeams', { maxTeams: MAX_TEAMS }));
  return produce(session, (s) => {
    s.teams.push(team);
  });
}

/** Add a default role (one that was dropped, or a second team playing the same role). */
export function addDefaultRole(session: Session, roleId: string): Session {
  const role = DEFAULT_ROLES.find((r) => r.id === roleId);
  if (!role) throw new SessionError(i18n.t('seminar:errors.noRole', { roleId: roleId }));
  return addTeam(session, teamFromRole(role, freeTeamId(session, role.id)));
}

/** Add a role of the facilitator's own; its levers and objectives are then picked from lists. */
export function addCustomTeam(session: Session, name = 'New role'): Session {
  const id = freeTeamId(session, 'team');
  return addTeam(session, { id, name, roleId: 'custom', briefing: '', levers: [], budgetPerRound: 0.4, objectives: [] });
}

/** Problems that would make the first round pointless (not errors in the record). */
export function setupWarnings(session: Session): string[] {
  const out: string[] = [];
  for (const t of session.teams) {
    const name = roleTextNow.teamName(t);
    if (t.levers.length === 0) out.push(i18n.t('seminar:warnings.noLevers', { name }));
    if (t.objectives.length === 0) out.push(i18n.t('seminar:warnings.noObjectives', { name }));
    if (t.budgetPerRound === 0) out.push(i18n.t('seminar:warnings.noBudget', { name }));
    for (const l of t.levers) if (!LEVER_BY_KEY.has(l)) out.push(i18n.t('seminar:warnings.unknownLever', { name, lever: l }));
  }
  const owners = new Map<string, string[]>();
  for (const t of session.teams) for (const l of t.levers) owners.set(l, [...(owners.get(l) ?? []), roleTextNow.teamName(t)]);
  for (const [l, names] of owners)
    if (names.length > 1)
      out.push(
        i18n.t('seminar:warnings.shared', { lever: LEVER_BY_KEY.has(l) ? i18n.t(`model:levers.${l}.label`) : l, names: names.join(i18n.t('seminar:warnings.and')) }),
      );
  return out;
}
