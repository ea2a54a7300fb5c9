/**
 * People's own attributes (savings, eligibility, knowledge of the risk, patience) are drawn at
 * their first decision, not at the start (population/init.ts): most people never decide in a run.
 * Drawing them late must change nothing — every person's are keyed to the person and the month of
 * their generation, and nothing reads them before that first decision.
 */
import { describe, expect, it } from 'vitest';
import { createPopulation, runModel } from '../../models/index';
import { defaultCalibration } from '../../models/params/calibration';
import { ensurePersonal, initialiseAgents, PERSONAL_DRAWN } from '../../models/population/init';
import { allocateAgents, releaseAgents, Trait, traitOf, type Agents } from '../../models/population/schema';
import { drawEveryone } from './helpers';

const SIZE = { agents: 20_000, months: 60 };

describe("people's own attributes, drawn at their first decision", () => {
  for (const [name, levers] of [
    ['the baseline', {}],
    ['an enforcement surge with open pathways', { 'enforcement.intensity': 0.9, 'regularPathways.availability': 0.7 }],
  ] as const) {
    it(`give the same run as drawing everyone's at the start: ${name}, three seeds`, () => {
      for (const seed of [1, 2, 3]) {
        const everyone = createPopulation({ agents: SIZE.agents, seed });
        drawEveryone(everyone.agents, seed);
        const late = runModel({ ...SIZE, seed, levers });
        const early = runModel({ ...SIZE, seed, levers, population: everyone });
        expect(JSON.stringify(late)).toBe(JSON.stringify(early));
      }
    });
  }

  it('are drawn once, from the person and their month, whatever else was drawn before', () => {
    const cal = defaultCalibration();
    const a = initialiseAgents(200, cal, 5);
    const b = initialiseAgents(200, cal, 5);
    expect(traitOf(a, 17, Trait.PersonalFrom)).toBe(0);
    // a draws person 17 first; b draws everyone else first.
    ensurePersonal(a, 17, 5, cal);
    for (let i = 0; i < 200; i++) if (i !== 17) ensurePersonal(b, i, 5, cal);
    ensurePersonal(b, 17, 5, cal);
    expect(traitOf(a, 17, Trait.PersonalFrom)).toBe(PERSONAL_DRAWN);
    expect([traitOf(a, 17, Trait.Savings), traitOf(a, 17, Trait.EligibilityRank), traitOf(a, 17, Trait.RiskKnowledge), traitOf(a, 17, Trait.Patience)]).toEqual([
      traitOf(b, 17, Trait.Savings),
      traitOf(b, 17, Trait.EligibilityRank),
      traitOf(b, 17, Trait.RiskKnowledge),
      traitOf(b, 17, Trait.Patience),
    ]);
    const savings = traitOf(a, 17, Trait.Savings);
    expect(savings).toBeGreaterThan(0);
    ensurePersonal(a, 17, 5, cal); // a second call draws nothing new
    expect(traitOf(a, 17, Trait.Savings)).toBe(savings);
  });
});

describe('columns reused from a finished run', () => {
  it('come back as new: every column cleared, everyone at home', () => {
    const used = allocateAgents(300);
    // Dirty every column, as a run would.
    for (const value of Object.values(used)) {
      if (ArrayBuffer.isView(value)) (value as unknown as Uint8Array).fill(7);
      else if (value && typeof value === 'object' && 'items' in value) {
        (value as { items: Int32Array; count: number }).items.fill(7);
        (value as { items: Int32Array; count: number }).count = 5;
      }
    }
    releaseAgents(used);
    const reused = allocateAgents(300);
    expect(reused).toBe(used); // the same columns…
    const fresh = allocateAgents(300);
    expect(fresh).not.toBe(used);
    // …as clean as new ones.
    const plain = (a: Agents) => JSON.stringify(Object.entries(a).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as unknown as Uint8Array) : v && typeof v === 'object' ? { count: (v as { count: number }).count, items: Array.from((v as { items: Int32Array }).items) } : v]));
    expect(plain(reused)).toBe(plain(fresh));
  });

  it('a run after another of the same size is what it would be alone', () => {
    const alone = runModel({ ...SIZE, seed: 9, agents: 5000 });
    runModel({ ...SIZE, seed: 4, agents: 5000, levers: { 'enforcement.intensity': 1 } }); // leaves its columns behind
    expect(JSON.stringify(runModel({ ...SIZE, seed: 9, agents: 5000 }))).toBe(JSON.stringify(alone));
  });
});
