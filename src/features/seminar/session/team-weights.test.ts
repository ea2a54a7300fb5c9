/**
 * Each role scores on its own weights: every default role's weighting is usable, documented and
 * its own; the weights travel in the session file (shared and per team) and old files without
 * them still load; bad weights in a file are refused naming the field; and the debrief's own
 * scores equal a direct recomputation from the months' terms, the shared index following the
 * session's weights.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, HUMAN_SECURITY_INDEX, indexFromRecord, runModel, STATE_SECURITY_INDEX, type RunResult } from '../../../../models/index';
import { sameWeights, usableWeights, WEIGHT_PRESETS } from '../../../../scenarios/index';
import { reveal, setDecision } from './actions';
import { buildDebrief } from './debrief';
import { debriefHtml, debriefMarkdown } from './debrief-export';
import { sessionRunInput } from './engine';
import { DEFAULT_ROLES } from './roles';
import { createSession, roundStartMonth, SessionError, teamFromRole, type Session } from './session';
import { readSessionText, sessionFileText } from './session-store';
import { updateTeam } from './setup';
import { sessionWeights, setSessionWeights, teamWeights, weightingName } from './team-weights';

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('each default role’s weighting', () => {
  it('is usable, has a one-line reason, and differs from every other role’s and from the defaults', () => {
    for (const r of DEFAULT_ROLES) {
      expect(usableWeights(r.weighting.weights), r.id).toBe(true);
      expect(r.weighting.reason.length, r.id).toBeGreaterThan(20);
      expect(r.weighting.reason, r.id).not.toMatch(/\n/);
      expect(sameWeights(r.weighting.weights, DEFAULT_WEIGHTS), r.id).toBe(false);
    }
    for (const a of DEFAULT_ROLES) for (const b of DEFAULT_ROLES) if (a !== b) expect(sameWeights(a.weighting.weights, b.weighting.weights), `${a.id} ${b.id}`).toBe(false);
    const interior = DEFAULT_ROLES.find((r) => r.id === 'interior')!.weighting.weights;
    const ngo = DEFAULT_ROLES.find((r) => r.id === 'ngo')!.weighting.weights;
    // A rescue NGO counts deaths above all; an interior ministry counts irregular entries most on the State side.
    expect(ngo.human.deaths).toBeGreaterThan(interior.human.deaths);
    expect(interior.state.entries).toBeGreaterThan(ngo.state.entries);
  });
});

describe('weights in the session file', () => {
  it('come back exactly (shared and per team), and a session saved before weights loads with its roles’ weightings', () => {
    let s = createSession({ agents: 20_000 });
    s = setSessionWeights(s, WEIGHT_PRESETS.peopleFirst);
    s = updateTeam(s, 'community', { weights: WEIGHT_PRESETS.organisedCrime });
    const back = readSessionText(sessionFileText(s));
    expect(back).toEqual(s);
    expect(sessionWeights(back)).toEqual(WEIGHT_PRESETS.peopleFirst);
    expect(teamWeights(back.teams.find((t) => t.id === 'community')!)).toEqual(WEIGHT_PRESETS.organisedCrime);
    expect(weightingName(back.teams.find((t) => t.id === 'community')!)).toEqual({ kind: 'preset', preset: 'organisedCrime' });
    expect(weightingName(back.teams.find((t) => t.id === 'ngo')!)).toEqual({ kind: 'role', role: 'ngo' });
    // Back at the defaults, the session holds no shared weights.
    expect(setSessionWeights(s, DEFAULT_WEIGHTS).weights).toBeUndefined();

    const { weights: _w, ...old } = JSON.parse(sessionFileText(s));
    old.teams = old.teams.map(({ weights: _tw, ...t }: Record<string, unknown>) => t);
    const loaded = readSessionText(JSON.stringify(old));
    expect(sessionWeights(loaded)).toEqual(DEFAULT_WEIGHTS);
    for (const team of loaded.teams) expect(teamWeights(team)).toEqual(DEFAULT_ROLES.find((r) => r.id === team.roleId)!.weighting.weights);
    expect(teamWeights({ roleId: 'custom' })).toEqual(DEFAULT_WEIGHTS);
  });

  it('refuses bad weights naming the field and what is allowed', () => {
    const text = JSON.parse(sessionFileText(createSession()));
    const bad = (patch: (x: Record<string, unknown>) => void) => {
      const copy = structuredClone(text);
      patch(copy);
      return () => readSessionText(JSON.stringify(copy));
    };
    expect(bad((x) => ((x.teams as Record<string, unknown>[])[1].weights = { human: { deaths: 2 } }))).toThrow(new SessionError('teams.1.weights.human.deaths: must be a number from 0 to 1'));
    expect(bad((x) => (x.weights = { human: { fairness: 1 } }))).toThrow(new SessionError('weights.human: unknown key fairness; not allowed here'));
    // 9,000 unknown keys make one short line, not a list of every key (found by the hostile session files).
    const many = Object.fromEntries(Array.from({ length: 9_000 }, (_, i) => [`k${i}`, i]));
    expect(bad((x) => ((x.teams as Record<string, unknown>[])[2].weights = many))).toThrow(new SessionError('teams.2.weights: unknown keys k0, k1, k2, k3, k4 and 8,995 more unknown keys; not allowed here'));
    expect(bad((x) => (x.weights = { state: { entries: 0, uncontrolled: 0, arrivals: 0, market: 0, operators: 0 } }))).toThrow(/^weights\.state: at least one term of the index must have a weight above 0/);
  });
});

describe('the debrief’s scores', () => {
  let s: Session;
  let run: RunResult;
  let plain: RunResult;

  beforeAll(() => {
    const teams = ['interior', 'ngo', 'origin'].map((id) => teamFromRole(DEFAULT_ROLES.find((r) => r.id === id)!));
    s = createSession({ agents: 20_000, yearsPerRound: 1, roundsTotal: 2, teams });
    s = setDecision(s, 'interior', { 'enforcement.intensity': 0.9 });
    s = setDecision(s, 'ngo', { 'searchAndRescue.capacity': 0.2 });
    s = reveal(s);
    s = setDecision(s, 'origin', { 'rootCauses.investment': 0.5 });
    s = reveal(s);
    run = runModel(sessionRunInput(s, 1));
    plain = runModel(sessionRunInput(s, 1, { plain: true }));
  });

  it('give each team the mean of each index over the months played on its own weights, for the session and business as usual', () => {
    const d = buildDebrief(s, run, plain, null);
    const months = (r: RunResult) => r.months.slice(0, roundStartMonth(s, 2));
    for (const team of s.teams) {
      const w = teamWeights(team);
      const score = d.scores.find((x) => x.teamId === team.id)!;
      expect(score.human).toBeCloseTo(mean(months(run).map((m) => indexFromRecord(HUMAN_SECURITY_INDEX, m, w.human))), 9);
      expect(score.state).toBeCloseTo(mean(months(run).map((m) => indexFromRecord(STATE_SECURITY_INDEX, m, w.state))), 9);
      expect(score.humanBusinessAsUsual).toBeCloseTo(mean(months(plain).map((m) => indexFromRecord(HUMAN_SECURITY_INDEX, m, w.human))), 9);
    }
    // Different weights, different scores: the NGO's human-security score is not the interior ministry's.
    expect(d.scores.find((x) => x.teamId === 'ngo')!.human).not.toBeCloseTo(d.scores.find((x) => x.teamId === 'interior')!.human, 3);
    // The downloads carry the same scores.
    const ngo = d.scores.find((x) => x.teamId === 'ngo')!;
    const line = debriefMarkdown(d).split('\n').find((l) => l.startsWith(`| ${d.teams.find((t) => t.id === 'ngo')!.name} | `) && l.includes(`(${ngo.humanBusinessAsUsual.toFixed(1)})`));
    expect(line).toContain(`| ${ngo.human.toFixed(1)} (${ngo.humanBusinessAsUsual.toFixed(1)}) | ${ngo.state.toFixed(1)} (${ngo.stateBusinessAsUsual.toFixed(1)}) |`);
    expect(debriefHtml(d)).toContain('What counts as security: the shared index and each team’s own score');
    // The shared index at the defaults is the model's own index.
    expect(d.shared.human).toBeCloseTo(mean(months(run).map((m) => m.humanSecurityIndex)), 9);
  });

  it('read the shared index, the path and the totals with the session’s weights', () => {
    const atDefaults = buildDebrief(s, run, plain, null);
    const weighed = buildDebrief(setSessionWeights(s, WEIGHT_PRESETS.numbers), run, plain, null);
    expect(weighed.shared.human).toBeCloseTo(atDefaults.shared.human, 9); // "numbers" changes the State reading only
    expect(weighed.shared.state).not.toBeCloseTo(atDefaults.shared.state, 3);
    const first = s.yearsPerRound * 12;
    expect(weighed.path[0].x).toBeCloseTo(mean(run.months.slice(0, first).map((m) => indexFromRecord(STATE_SECURITY_INDEX, m, WEIGHT_PRESETS.numbers.state))), 9);
    expect(weighed.path[0].y).toBeCloseTo(atDefaults.path[0].y, 9);
    // The teams' own scores do not depend on the shared weights.
    expect(weighed.scores).toEqual(atDefaults.scores);
  });
});
