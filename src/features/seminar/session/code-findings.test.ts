/**
 * Issue 10, "Decision codes can be forged and replayed": each finding as an attack, refused now.
 * The old code's checksum was an unkeyed FNV-1a hash and the session's fingerprint could be read
 * from any team link, so the attacks below in their old form (CX1 codes) were all accepted before
 * codes were signed; the signed forms are tried too.
 */
import { describe, expect, it } from 'vitest';
import { applyDecision, applyDecisionCode, hasDecision, reveal, setDecision, setPrediction } from './actions';
import { decodeDecision, encodeDecision, encodeSignedDecision, sessionFingerprint } from './codes';
import { teamKey } from './code-keys';
import { createSession, type Session } from './session';
import { decodeTeamLink, encodeTeamLink, teamDecisionCode } from './team-link';
import { encodeShortCode, readShortCode } from './short-code';
import { checkSymbol, readTyped, symbolsToText } from './crockford';
import { toBase64Url } from './base64url';

const setUp = () => createSession({ agents: 20_000, yearsPerRound: 1, roundsTotal: 3 });
const shapeOf = (s: Session, teamId: string) => ({ teamIds: s.teams.map((t) => t.id), teamId, levers: s.teams.find((t) => t.id === teamId)!.levers });
/** A team's own link, as the facilitator hands it out (with its key). */
const linkOf = async (s: Session, teamId: string, r = 0) => decodeTeamLink(encodeTeamLink(s, teamId, r, await teamKey(s.secret!, teamId)));

describe('finding: a code forged for another team was accepted', () => {
  it('an old-style code made for another team from the fingerprint in a team link is refused', async () => {
    const s = setUp();
    const ngoLink = await linkOf(s, 'ngo');
    // What the attack did: the fingerprint is computable from what the ngo's link holds.
    expect(sessionFingerprint(ngoLink.session)).toBe(sessionFingerprint(s));
    const forged = encodeDecision(ngoLink.session, { round: 0, teamId: 'interior', decision: { 'enforcement.intensity': 1 } });
    await expect(decodeDecision(s, forged)).rejects.toThrow(/old-style code/);
  });

  it('a short code for another team’s place signed with one’s own key is refused', async () => {
    const s = setUp();
    const ngoKey = (await linkOf(s, 'ngo')).key!;
    const forged = await encodeShortCode(shapeOf(s, 'interior'), ngoKey, { round: 0, teamId: 'interior', decision: { 'enforcement.intensity': 1 } });
    await expect(decodeDecision(s, forged!)).rejects.toThrow(/not made on this team’s page/);
  });

  it('a long signed code naming another team, signed with one’s own key, is refused', async () => {
    const s = setUp();
    const ngoKey = (await linkOf(s, 'ngo')).key!;
    const forged = await encodeSignedDecision(shapeOf(s, 'interior'), ngoKey, { round: 0, teamId: 'interior', decision: { 'enforcement.intensity': 0.8 }, prediction: { output: 'deathsMissing', value: 1_234 } });
    expect(forged).toMatch(/^CX2-/);
    await expect(decodeDecision(s, forged)).rejects.toThrow(/not made on this team’s page/);
  });

  it('the team’s own code is accepted, and replacing a decision is known before it is applied', async () => {
    let s = setUp();
    const link = await linkOf(s, 'interior');
    const code = await teamDecisionCode(link, { 'enforcement.intensity': 0.8 }, { output: 'irregularArrivals', value: 90_000 });
    expect(code.replace(/-/g, '')).toHaveLength(16);
    expect(hasDecision(s, 'interior')).toBe(false);
    s = (await applyDecisionCode(s, code)).session;
    expect(s.rounds[0].decisions.interior).toEqual({ 'enforcement.intensity': 0.8 });
    expect(hasDecision(s, 'interior')).toBe(true); // the code box asks before a second code replaces it
  });

  it('a team link holds its own team’s key only: no other team’s key can be read from it', async () => {
    const s = setUp();
    const text = encodeTeamLink(s, 'ngo', 0, await teamKey(s.secret!, 'ngo'));
    const json = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    expect(json).not.toContain(s.secret!);
    for (const t of s.teams.filter((x) => x.id !== 'ngo')) expect(json).not.toContain(await teamKey(s.secret!, t.id));
  });
});

describe('finding: a code from one class was accepted in another with the same set-up', () => {
  it('a code made in one session is refused by another session with the same scenario, seed and teams', async () => {
    const classA = setUp();
    const classB = setUp();
    expect(sessionFingerprint(classA)).toBe(sessionFingerprint(classB)); // the old binding could not tell them apart
    const code = await teamDecisionCode(await linkOf(classA, 'ngo'), { 'searchAndRescue.capacity': 0.7 });
    await expect(decodeDecision(classA, code)).resolves.toMatchObject({ teamId: 'ngo' });
    await expect(decodeDecision(classB, code)).rejects.toThrow(/not made on this team’s page/);
  });
});

describe('finding: a code from another round was accepted', () => {
  it('round 1’s code is refused in round 2', async () => {
    let s = setUp();
    const code = await teamDecisionCode(await linkOf(s, 'ngo', 0), { 'searchAndRescue.capacity': 0.7 });
    s = reveal(setDecision(s, 'ngo', { 'searchAndRescue.capacity': 0.6 }));
    await expect(applyDecisionCode(s, code)).rejects.toThrow(/round 1, but round 2/);
  });

  it('a code whose round is changed (with a new check character) is refused', async () => {
    const s = setUp();
    const code = await teamDecisionCode(await linkOf(s, 'ngo', 0), { 'searchAndRescue.capacity': 0.7 });
    const read = readShortCode(code);
    if (read.kind !== 'opened') throw new Error('not a short code');
    // The round is the lowest digit of the number: +1 moves it to round 2, leaving the rest intact.
    const symbols = readTyped(code)!.slice(0, 15);
    let n = 0n;
    for (const x of symbols) n = (n << 5n) | BigInt(x);
    n += 1n;
    const moved: number[] = [];
    for (let i = 0; i < 15; i++) {
      moved.unshift(Number(n & 31n));
      n >>= 5n;
    }
    const altered = symbolsToText([...moved, checkSymbol(moved)]);
    const reread = readShortCode(altered);
    expect(reread.kind === 'opened' && reread.round).toBe(1);
    await expect(decodeDecision(s, altered)).rejects.toThrow(/not made on this team’s page/);
  });
});

describe('finding: a prediction of 1e300 was accepted', () => {
  it('a signed code predicting 1e300 deaths is refused with the plausible range', async () => {
    const s = setUp();
    const key = await teamKey(s.secret!, 'ngo');
    const code = await encodeSignedDecision(shapeOf(s, 'ngo'), key, { round: 0, teamId: 'ngo', decision: {}, prediction: { output: 'deathsMissing', value: 1e300 } });
    await expect(decodeDecision(s, code)).rejects.toThrow(/outside what that figure can be \(0 to 200,000,000\)/);
  });

  it('an old-style code predicting 1e300 is refused in a session from an older version too', async () => {
    const { secret: _secret, ...legacy } = setUp();
    const body = toBase64Url(JSON.stringify({ f: sessionFingerprint(legacy), r: 0, t: 'ngo', d: {}, p: { output: 'deathsMissing', value: 1e300 } }));
    const code = encodeDecision(legacy, { round: 0, teamId: 'ngo', decision: {}, prediction: { output: 'deathsMissing', value: 1e300 } });
    expect(code).toContain(body);
    await expect(decodeDecision(legacy, code)).rejects.toThrow(/outside what that figure can be/);
  });

  it('the facilitator’s own entry refuses it as well, and an index above 100', () => {
    const s = setUp();
    expect(() => setPrediction(s, 'ngo', { output: 'deathsMissing', value: 1e300 })).toThrow(/outside what that figure can be/);
    expect(() => setPrediction(s, 'ngo', { output: 'humanSecurityIndex', value: 140 })).toThrow(/0 to 100/);
    expect(setPrediction(s, 'ngo', { output: 'humanSecurityIndex', value: 64 }).rounds[0].predictions.ngo.value).toBe(64);
    expect(() => applyDecision(s, { round: 0, teamId: 'ngo', decision: {}, prediction: { output: 'deathsMissing', value: 1e300 } })).toThrow(/outside/);
  });
});
