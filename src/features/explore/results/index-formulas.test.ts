/**
 * The formulas shown in the explorer are rendered from the declaration the model computes with
 * (models/indices.ts). Changing a weight there moves both the computed index and the text shown,
 * by the same amount: the test swaps the declaration for one with a changed weight, re-imports
 * the model and the display, and checks both.
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

  it('show each index as the model declares it, with the text the explorer has always shown', () => {
    expect(INDEX_FORMULAS.map((f) => f.formula)).toEqual([
      'humanSecurityIndex = 100 × (1 − [0.40·origin + 0.25·mortality + 0.15·abuse + 0.20·noSafeChannel])',
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

  it('move together with the computation when a weight is changed in the declaration', async () => {
    const before = runModel(INPUT);
    vi.resetModules();
    vi.doMock('../../../../models/indices', async (importOriginal) => {
      const actual = await importOriginal<typeof import('../../../../models/indices')>();
      const changed = { ...actual.HUMAN_SECURITY_INDEX, terms: actual.HUMAN_SECURITY_INDEX.terms.map((t) => (t.name === 'origin' ? { ...t, weight: 0.5 } : t)) };
      return { ...actual, HUMAN_SECURITY_INDEX: changed, INDEX_DECLARATIONS: [changed, actual.STATE_SECURITY_INDEX] };
    });
    const model = await import('../../../../models/index');
    const display = await import('./index-formulas');
    const after = model.runModel(INPUT);

    expect(display.INDEX_FORMULAS[0].formula).toBe('humanSecurityIndex = 100 × (1 − [0.50·origin + 0.25·mortality + 0.15·abuse + 0.20·noSafeChannel])');
    expect(display.INDEX_FORMULAS[1].formula).toBe(INDEX_FORMULAS[1].formula);
    const origin = HUMAN_SECURITY_INDEX.terms.find((t) => t.name === 'origin')!;
    // The origin term is the insecurity index, an output of its own: the index falls by 100 × Δweight × origin.
    after.months.forEach((m, i) => {
      const b = before.months[i];
      expect(m.insecurityIndex).toBe(b.insecurityIndex);
      expect(m.humanSecurityIndex).toBeCloseTo(b.humanSecurityIndex - 100 * (0.5 - origin.weight) * b.insecurityIndex, 9);
      expect(m.stateSecurityIndex).toBe(b.stateSecurityIndex);
    });
    expect(after.summary.humanSecurityIndex).toBeLessThan(before.summary.humanSecurityIndex);
  });
});
