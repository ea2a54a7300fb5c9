/**
 * Valid documents for the decoders' property tests to start from: a played session with a custom
 * team, its team links and a decision code payload, a Compare autosave holding every kind of mix,
 * and two built-in scenarios as files.
 */
import { reveal, setDecision, setEvent, setPrediction } from '../../src/features/seminar/session/actions';
import { sessionFingerprint } from '../../src/features/seminar/session/codes';
import { DEFAULT_ROLES } from '../../src/features/seminar/session/roles';
import { createSession, teamFromRole, type Session } from '../../src/features/seminar/session/session';
import { findScenario } from '../../scenarios/index';

export function playedSession(): Session {
  const teams = [...DEFAULT_ROLES.filter((r) => ['interior', 'origin', 'ngo'].includes(r.id)).map((r) => teamFromRole(r)), { id: 'own', name: 'Our own role', roleId: 'custom', briefing: 'Ours.', levers: ['cooperation.regional' as const], budgetPerRound: 0.4, objectives: [{ output: 'deathsMissing' as const, direction: 'lower' as const, label: 'Fewer deaths' }] }];
  let s = createSession({ title: 'Hostile', agents: 4000, yearsPerRound: 1, roundsTotal: 3, teams });
  s = setDecision(s, 'interior', { 'enforcement.intensity': 0.7 });
  s = setDecision(s, 'ngo', { 'searchAndRescue.capacity': 0.7 });
  s = setPrediction(s, 'interior', { output: 'irregularArrivals', value: 100_000 });
  s = reveal(s);
  s = setEvent(s, 'drought');
  s = setDecision(s, 'origin', { 'rootCauses.investment': 0.4 });
  return s;
}

/** A decision code's payload, as JSON, for the played session. */
export function codePayload(session: Session) {
  return { f: sessionFingerprint(session), r: 1, t: 'ngo', d: { 'searchAndRescue.capacity': 0.6 }, p: { output: 'deathsMissing', value: 2000 } };
}

export const scenarioFile = (id: string) => JSON.parse(JSON.stringify(findScenario(id)));

/**
 * A scenario file with every field the format has (calibration, routes, recorded figures, claims
 * of both kinds), each list cut to a few entries: the same structure to attack as a full file,
 * at a fraction of the time to validate 20,000 times.
 */
export function compactScenario() {
  const history = scenarioFile('central-mediterranean-2014-2020');
  const sophia = scenarioFile('operation-sophia');
  return {
    ...history,
    id: 'compact-history',
    summary: history.summary.slice(0, 80),
    narrative: history.narrative.slice(0, 80),
    moduleReferences: history.moduleReferences.slice(0, 1),
    references: history.references.slice(0, 2),
    timeline: [...history.timeline.slice(0, 2), ...sophia.timeline.filter((e: { toMonth?: number; note?: string }) => e.toMonth !== undefined && e.note).slice(0, 1)],
    observed: history.observed.slice(0, 2),
    claims: [...history.claims.slice(0, 1), ...sophia.claims.slice(0, 1)],
    questions: history.questions.slice(0, 1),
    leavesOut: history.leavesOut.slice(0, 1),
  };
}
