/**
 * Short decision codes: every lever of every default role round-trips on its step grid, the check
 * character catches every single wrong character and every swap of two neighbours, typing is
 * forgiving (case, dashes, O/0, I/L/1), and old long codes still decode.
 */
import { describe, expect, it } from 'vitest';
import { LEVER_BY_KEY } from '../../../../models/index';
import { CROCKFORD, checkHolds, checkSymbol, readTyped } from './crockford';
import { decodeDecision, DecisionCodeError, encodeDecision, encodeSignedDecision } from './codes';
import { teamKey } from './code-keys';
import { createSession } from './session';
import { encodeShortCode, readShortCode, SHORT_CODE_LENGTH, tagBits, MIN_TAG_BITS } from './short-code';
import { PREDICTION_OUTPUTS } from './figures';
import { gridValue, PREDICTION_GRID_SIZE, predictionGridIndex } from './prediction-range';

const session = createSession({ agents: 20_000, yearsPerRound: 1, roundsTotal: 3 });
const teamIds = session.teams.map((t) => t.id);
const stripped = (code: string) => code.replace(/-/g, '');

describe('short decision codes', () => {
  it('fit every default role with a prediction in 16 characters with at least 24 bits of tag', () => {
    for (const team of session.teams) expect(tagBits({ teamIds, teamId: team.id, levers: team.levers })).toBeGreaterThanOrEqual(MIN_TAG_BITS);
  });

  it('round-trip every lever of every default role at every value of its step grid', async () => {
    let checked = 0;
    for (const team of session.teams) {
      const key = await teamKey(session.secret!, team.id);
      const shape = { teamIds, teamId: team.id, levers: team.levers };
      for (const lever of team.levers) {
        const spec = LEVER_BY_KEY.get(lever)!;
        const steps = Math.round((spec.max - spec.min) / spec.step);
        for (let i = 0; i <= steps; i++) {
          const value = Number((spec.min + i * spec.step).toFixed(2));
          const code = await encodeShortCode(shape, key, { round: i % 3, teamId: team.id, decision: { [lever]: value } });
          const read = code && stripped(code).length === SHORT_CODE_LENGTH ? readShortCode(code) : null;
          const back = read?.kind === 'opened' && read.place === teamIds.indexOf(team.id) ? await read.verify(shape, key) : null;
          if (back?.round === i % 3 && back.teamId === team.id && JSON.stringify(back.decision) === JSON.stringify({ [lever]: value })) checked++;
          else throw new Error(`${team.id} ${lever}=${value}: ${code} read back as ${JSON.stringify(back)}`);
        }
      }
    }
    expect(checked).toBe(13 * 101);
  });

  it('round-trip a whole decision with a prediction through the facilitator’s decoder', async () => {
    const key = await teamKey(session.secret!, 'interior');
    const decision = { 'enforcement.intensity': 0.83, 'regularPathways.availability': 0.34, 'enforcement.interdiction': 0 };
    const prediction = { output: 'irregularArrivals', value: 85_000 };
    const code = await encodeSignedDecision({ teamIds, teamId: 'interior', levers: session.teams[0].levers }, key, { round: 0, teamId: 'interior', decision, prediction });
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await decodeDecision(session, code)).toEqual({ round: 0, teamId: 'interior', decision, prediction });
    // Typed by a person: lower case, no dashes, O for 0, I or L for 1.
    const typed = stripped(code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    expect(await decodeDecision(session, typed)).toEqual({ round: 0, teamId: 'interior', decision, prediction });
  });

  it('carry every prediction output and grid value round trip (0, 0.01 … 999 million, three significant digits)', () => {
    for (let i = 0; i < PREDICTION_GRID_SIZE; i++) expect(predictionGridIndex(gridValue(i))).toBe(i);
    expect(predictionGridIndex(85_000)).not.toBeNull();
    expect(predictionGridIndex(12_345)).toBeNull(); // four significant digits: a long code
    expect(PREDICTION_OUTPUTS.length).toBeGreaterThan(0);
  });

  it('fall back to a long signed code when the decision is off the grids, and that code decodes', async () => {
    const key = await teamKey(session.secret!, 'ngo');
    const shape = { teamIds, teamId: 'ngo', levers: ['searchAndRescue.capacity'] };
    const code = await encodeSignedDecision(shape, key, { round: 0, teamId: 'ngo', decision: { 'searchAndRescue.capacity': 0.6 }, prediction: { output: 'deathsMissing', value: 2_345 } });
    expect(code).toMatch(/^CX2-/);
    expect(await decodeDecision(session, code)).toEqual({ round: 0, teamId: 'ngo', decision: { 'searchAndRescue.capacity': 0.6 }, prediction: { output: 'deathsMissing', value: 2_345 } });
  });
});

describe('the check character', () => {
  it('catches every single wrong character and every swap of two neighbours in 300 codes', async () => {
    const key = await teamKey(session.secret!, 'interior');
    const shape = { teamIds, teamId: 'interior', levers: session.teams[0].levers };
    let mistakes = 0;
    let missed = 0;
    for (let k = 0; k < 300; k++) {
      const code = stripped((await encodeShortCode(shape, key, { round: k % 3, teamId: 'interior', decision: { 'enforcement.intensity': (k % 101) / 100 }, prediction: { output: 'deathsMissing', value: k * 10 } }))!);
      const symbols = readTyped(code)!;
      expect(checkHolds(symbols)).toBe(true);
      for (let i = 0; i < symbols.length; i++) {
        for (let v = 0; v < 32; v++) {
          if (v === symbols[i]) continue;
          const wrong = [...symbols];
          wrong[i] = v;
          if (checkHolds(wrong)) missed++;
          mistakes++;
        }
        if (i + 1 < symbols.length && symbols[i] !== symbols[i + 1]) {
          const swapped = [...symbols];
          [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
          if (checkHolds(swapped) || readShortCode(swapped.map((s) => CROCKFORD[s]).join('')).kind !== 'typo') missed++;
          mistakes++;
        }
      }
    }
    expect(missed).toBe(0);
    expect(mistakes).toBeGreaterThan(300 * 16 * 31);
  });

  it('holds for every pair of symbols in every position pattern (the quasigroup is totally anti-symmetric)', () => {
    let failures = 0;
    for (let c = 0; c < 32; c++)
      for (let x = 0; x < 32; x++)
        for (let y = 0; y < 32; y++) {
          if (x === y) continue;
          if (checkSymbol([c, x, y]) === checkSymbol([c, y, x])) failures++;
          if (checkSymbol([c, x]) === checkSymbol([c, y])) failures++;
        }
    expect(failures).toBe(0);
  });

  it('tells a mistyped code from a code of the wrong length and from text that is not a code', async () => {
    await expect(decodeDecision(session, '7KQ2-M9XD-4TZP-1H3')).rejects.toThrow(/15 characters/);
    await expect(decodeDecision(session, 'hello, world!')).rejects.toThrow(DecisionCodeError);
  });
});

describe('old long codes', () => {
  it('still decode in a session saved by an older version (no secret)', async () => {
    const { secret: _secret, ...legacy } = session;
    const code = encodeDecision(legacy, { round: 0, teamId: 'ngo', decision: { 'searchAndRescue.capacity': 0.6 }, prediction: { output: 'deathsMissing', value: 2000 } });
    expect(code).toMatch(/^CX1-/);
    expect(await decodeDecision(legacy, `https://example.invalid/#/seminar/apply?code=${code}`)).toEqual({
      round: 0,
      teamId: 'ngo',
      decision: { 'searchAndRescue.capacity': 0.6 },
      prediction: { output: 'deathsMissing', value: 2000 },
    });
  });
});
