/**
 * Setting up a session: settings and teams change only before the first round, every change is
 * validated with a message naming the field, and a new role gets a fresh id.
 */
import { describe, expect, it } from 'vitest';
import { clearDecision, currentRound, setDecision, setPrediction, startRound } from './actions';
import { createSession, SessionError } from './session';
import { addCustomTeam, addDefaultRole, freeTeamId, removeTeam, setupWarnings, updateSetup, updateTeam } from './setup';

describe('session set-up', () => {
  it('renames, drops, adds back and adds roles', () => {
    let s = createSession();
    s = updateTeam(s, 'ngo', { name: 'Sea rescue NGOs' });
    expect(s.teams.find((t) => t.id === 'ngo')?.name).toBe('Sea rescue NGOs');
    s = removeTeam(removeTeam(s, 'un'), 'community');
    expect(s.teams.map((t) => t.id)).toEqual(['interior', 'origin', 'transit', 'ngo']);
    s = addDefaultRole(s, 'un');
    s = addDefaultRole(s, 'ngo');
    expect(s.teams.map((t) => t.id).slice(-2)).toEqual(['un', 'ngo-2']);
    s = addCustomTeam(s);
    const added = s.teams[s.teams.length - 1];
    expect(added).toMatchObject({ id: 'team', roleId: 'custom', levers: [], objectives: [] });
    s = updateTeam(s, 'team', { levers: ['information.campaigns'], objectives: [{ output: 'deathsMissing', direction: 'lower', label: 'Fewer deaths' }] });
    expect(s.teams.find((t) => t.id === 'team')?.levers).toEqual(['information.campaigns']);
    expect(freeTeamId(s, 'Team')).toBe('team-2');
  });

  it('refuses bad values with the field named, and any change after the first round starts', () => {
    const s = createSession();
    expect(() => updateSetup(s, { agents: 10 })).toThrow('The number of agents must be at least 1000');
    expect(() => updateSetup(s, { roundsTotal: 11 })).toThrow('The number of rounds must be at most 10');
    expect(() => updateSetup(s, { yearsPerRound: NaN })).toThrow('Years per round must be a number');
    expect(() => updateSetup(s, { seed: 1.5 })).toThrow(/The seed must be a whole number|The seed/);
    expect(() => updateTeam(s, 'ngo', { name: '' })).toThrow('The team’s name cannot be empty');
    // @ts-expect-error an unknown lever key does not compile, and is refused at run time too
    expect(() => updateTeam(s, 'ngo', { levers: ['no.such.lever'] })).toThrow(/unknown lever/);
    let one = createSession();
    for (const t of one.teams.slice(1)) one = removeTeam(one, t.id);
    expect(() => removeTeam(one, one.teams[0].id)).toThrow(/at least one team/);
    const started = startRound(s);
    expect(started.rounds).toHaveLength(1);
    expect(() => updateSetup(started, { seed: 2 })).toThrow(SessionError);
    expect(() => addCustomTeam(started)).toThrow(/cannot change/);
  });

  it('warns about roles that cannot play and levers shared by two teams', () => {
    let s = addCustomTeam(createSession());
    s = updateTeam(s, 'team', { levers: ['searchAndRescue.capacity'] });
    const warnings = setupWarnings(s);
    expect(warnings).toContain('New role has no objectives to be scored on.');
    expect(warnings.some((w) => /Search-and-rescue|shared by/.test(w))).toBe(true);
  });

  it('withdraws a decision and its prediction from the round being played', () => {
    let s = setDecision(createSession(), 'ngo', { 'searchAndRescue.capacity': 0.5 });
    s = setPrediction(s, 'ngo', { output: 'deathsMissing', value: 100 });
    s = clearDecision(s, 'ngo');
    expect(s.rounds[currentRound(s)]).toEqual({ decisions: {}, predictions: {}, revealed: false });
  });
});
