/**
 * Team links: a team's own device can decide a round from the link alone, the code it makes is
 * accepted by the facilitator's session, and damaged or hostile links are refused with a
 * TeamLinkError (never another exception).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDecisionCode, reveal, setDecision, setEvent } from './actions';
import { checkDecision, leversBeforeDecisions } from './engine';
import { createSession, teamFromRole } from './session';
import { decodeTeamLink, encodeTeamLink, MAX_LINK_CHARS, teamDecisionCode, TeamLinkError, teamPageHash } from './team-link';
import { DEFAULT_ROLES } from './roles';
import { teamKey } from './code-keys';

const session = () => createSession({ agents: 20_000, yearsPerRound: 1, roundsTotal: 3 });

describe('team links', () => {
  it('carry the team, the round and the levers’ values before deciding, and stay short for a default role', () => {
    let s = session();
    s = setDecision(s, 'ngo', { 'searchAndRescue.capacity': 0.6 });
    s = reveal(s);
    s = setEvent(s, 'drought');
    const text = encodeTeamLink(s, 'ngo', 1);
    expect(text.length).toBeLessThan(400);
    const link = decodeTeamLink(text);
    expect(link.round).toBe(1);
    expect(link.team).toEqual(s.teams.find((t) => t.id === 'ngo'));
    expect(link.before).toEqual({ 'searchAndRescue.capacity': leversBeforeDecisions(s, 1)['searchAndRescue.capacity'] });
    expect(teamPageHash(s, 'ngo', 1)).toBe(`#/seminar/team/ngo?s=${text}`);
  });

  it('make a decision code the facilitator’s session accepts, with the prediction', async () => {
    const s = session();
    const link = decodeTeamLink(encodeTeamLink(s, 'interior', 0, await teamKey(s.secret!, 'interior')));
    const decision = { 'enforcement.intensity': 0.8, 'regularPathways.availability': link.before['regularPathways.availability'] };
    expect(checkDecision(link.team, decision, link.before)).toEqual([]);
    const code = await teamDecisionCode(link, decision, { output: 'irregularArrivals', value: 90_000 });
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const { session: next, code: read } = await applyDecisionCode(s, code);
    expect(read.decision).toEqual({ 'enforcement.intensity': 0.8 }); // only what moved
    expect(next.rounds[0].predictions.interior).toEqual({ output: 'irregularArrivals', value: 90_000 });
  });

  it('carry a renamed or custom role in full, with its own levers, budget and objectives', () => {
    const custom = { ...teamFromRole(DEFAULT_ROLES[0], 'frontex'), name: 'Border agency <EU>', levers: ['enforcement.interdiction' as const], budgetPerRound: 0.3 };
    const s = createSession({ teams: [custom, teamFromRole(DEFAULT_ROLES[4])] });
    const link = decodeTeamLink(encodeTeamLink(s, 'frontex', 0));
    // Everything the team plays with; its weights (how the debrief scores it) stay out of the link.
    const { weights: _weights, ...played } = custom;
    expect(link.team).toEqual(played);
    const renamed = createSession({ teams: [{ ...teamFromRole(DEFAULT_ROLES[4]), name: 'Sea-Watch' }] });
    const short = decodeTeamLink(encodeTeamLink(renamed, 'ngo', 0));
    expect(short.team.name).toBe('Sea-Watch');
    expect(short.team.briefing).toBe(DEFAULT_ROLES[4].briefing);
  });

  it('refuse damaged links with a message for people', () => {
    const text = encodeTeamLink(session(), 'ngo', 0);
    expect(() => decodeTeamLink('')).toThrow(/no session/);
    expect(() => decodeTeamLink(text.slice(0, text.length - 7))).toThrow(TeamLinkError);
    expect(() => decodeTeamLink(`${text}!`)).toThrow(/damaged/);
    expect(() => decodeTeamLink('x'.repeat(MAX_LINK_CHARS + 1))).toThrow(/damaged/);
    const forged = btoa(JSON.stringify({ v: 1, sc: 'baseline', se: 1, ag: 20000, y: 1, n: 3, ids: ['a'], r: 0, t: { id: 'b', name: 'B', role: 'ngo' }, b: [0.2] }));
    expect(() => decodeTeamLink(forged.replace(/=+$/, ''))).toThrow(/not in its session/);
  });

  it('never throw anything but TeamLinkError on hostile input', () => {
    const text = encodeTeamLink(session(), 'interior', 0);
    const json = fc.jsonValue().map((v) => btoa(unescape(encodeURIComponent(JSON.stringify(v) ?? ''))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
    const mutated = fc.tuple(fc.nat(text.length - 1), fc.constantFrom(...'AZaz09-_')).map(([i, c]) => text.slice(0, i) + c + text.slice(i + 1));
    fc.assert(
      fc.property(fc.oneof(fc.string(), json, mutated, fc.string({ unit: 'binary' })), (x) => {
        try {
          const link = decodeTeamLink(x);
          expect(link.team.levers.length).toBe(Object.keys(link.before).length);
        } catch (e) {
          expect(e).toBeInstanceOf(TeamLinkError);
        }
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});
