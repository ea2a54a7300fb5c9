/**
 * The formulas shown in the explorer and written in the ODD are rendered from the declaration the
 * model computes with (models/indices.ts). Changing a weight there moves the computed index, the
 * text shown and the ODD's formula together: the test swaps the declaration for one with a
 * changed weight, re-imports the model, the display and the ODD generator, and checks all three.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CALIBRATION, HUMAN_SECURITY_INDEX, INDEX_DECLARATIONS, runModel, type RunInput } from '../../../../models/index';
import { INDEX_FORMULAS } from './index-formulas';

const INPUT: RunInput = { agents: 3_000, months: 36, seed: 5 };

describe('index formulas on display', () => {
  afterEach(() => {
    vi.doUnmock('../../../../models/indices');
    vi.resetModules();
  });

  it('show each index as the model declares it', () => {
    expect(INDEX_FORMULAS.map((f) => f.formula)).toEqual([
      'humanSecurityIndex = 100 × (1 − [0.25·deaths + 0.15·abuse + 0.15·stranded + 0.15·trapped + 0.15·noSafeChannel + 0.15·origin])',
      'stateSecurityIndex = 100 × (1 − [0.50·entries + 0.20·uncontrolled + 0.30·market])',
    ]);
    INDEX_DECLARATIONS.forEach((index, k) => {
      expect(INDEX_FORMULAS[k].name).toBe(index.label);
      expect(INDEX_FORMULAS[k].terms).toEqual(index.terms.map((t) => ({ term: t.name, meaning: t.meaning })));
    });
  });

  it('weigh each index’s terms to a whole, and name only calibration constants that exist', () => {
    for (const index of INDEX_DECLARATIONS) expect(index.terms.reduce((s, t) => s + t.weight, 0), index.label).toBeCloseTo(1, 12);
    for (const f of INDEX_FORMULAS) for (const key of f.references) expect(CALIBRATION[key]).toBeDefined();
  });

  it('move together with the computation and the ODD when a weight is changed in the declaration', async () => {
    const before = runModel(INPUT);
    vi.resetModules();
    vi.doMock('../../../../models/indices', async (importOriginal) => {
      const actual = await importOriginal<typeof import('../../../../models/indices')>();
      // Deaths from 0.25 to 0.35, so the weights sum to 1.1: the index divides by the sum.
      const changed = { ...actual.HUMAN_SECURITY_INDEX, terms: actual.HUMAN_SECURITY_INDEX.terms.map((t) => (t.name === 'deaths' ? { ...t, weight: 0.35 } : t)) };
      return { ...actual, HUMAN_SECURITY_INDEX: changed, INDEX_DECLARATIONS: [changed, actual.STATE_SECURITY_INDEX] };
    });
    const model = await import('../../../../models/index');
    const display = await import('./index-formulas');
    const odd = await import('../../../../scripts/docs/odd');
    const after = model.runModel(INPUT);

    const formula = 'humanSecurityIndex = 100 × (1 − [0.35·deaths + 0.15·abuse + 0.15·stranded + 0.15·trapped + 0.15·noSafeChannel + 0.15·origin] ÷ 1.10)';
    expect(display.INDEX_FORMULAS[0].formula).toBe(formula);
    expect(display.INDEX_FORMULAS[1].formula).toBe(INDEX_FORMULAS[1].formula);
    expect(odd.renderIndices()).toContain(formula);
    expect(odd.renderIndices()).toMatch(/`deaths` \| `termDeaths` \| 0\.35 \|/);

    const deaths = HUMAN_SECURITY_INDEX.terms.find((t) => t.name === 'deaths')!;
    expect(deaths.weight).toBe(0.25);
    after.months.forEach((m, i) => {
      const b = before.months[i];
      // The terms are outputs of their own and do not depend on the weights.
      for (const t of HUMAN_SECURITY_INDEX.terms) expect(m[t.output]).toBe(b[t.output]);
      const harm = 1 - b.humanSecurityIndex / 100;
      const expected = 100 * (1 - (harm + 0.1 * b.termDeaths) / 1.1);
      expect(m.humanSecurityIndex).toBeCloseTo(expected, 9);
      expect(m.stateSecurityIndex).toBe(b.stateSecurityIndex);
    });
  });
});
