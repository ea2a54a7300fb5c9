/**
 * The decomposition and the robustness line say what the figures say: the bars of an index add
 * up to the change of that index between the two runs (for any weights), and the line's share is
 * the robustness figure computed directly, worded in the page's language.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, HUMAN_SECURITY_INDEX, rankingRobustness, runModel, termMeans } from '../../../models/index';
import { findScenario, reweighResult, scenarioToRunInput, WEIGHT_PRESETS } from '../../../scenarios/index';
import { i18n } from '../i18n/i18n';
import { decompose } from './IndexDecomposition';
import { robustnessSentences } from './robustness-text';
import { readingName, stateAxisTitle } from './reading';

const run = (id: string, seed: number) => runModel({ ...scenarioToRunInput(findScenario(id)!), agents: 1_000, months: 24, seed });

describe('decomposition and robustness line', () => {
  for (const seed of [1, 2, 3]) {
    it(`adds each index's bars up to its change (seed ${seed}, several weightings)`, () => {
      const a = run('human-security-mix', seed);
      const b = run('state-security-only', seed);
      for (const w of [DEFAULT_WEIGHTS, WEIGHT_PRESETS.peopleFirst, WEIGHT_PRESETS.numbers, WEIGHT_PRESETS.organisedCrime]) {
        const [human, state] = decompose(a.summary, b.summary, w);
        const ra = reweighResult(a, w).summary;
        const rb = reweighResult(b, w).summary;
        expect(human.total).toBeCloseTo(ra.humanSecurityIndex - rb.humanSecurityIndex, 6);
        expect(state.total).toBeCloseTo(ra.stateSecurityIndex - rb.stateSecurityIndex, 6);
      }
    });
  }

  it('words the robustness figure itself, and says when two runs cannot be told apart', () => {
    const a = run('human-security-mix', 4);
    const b = run('state-security-only', 4);
    const t = i18n.getFixedT('en', 'common');
    const [human] = robustnessSentences(t, { a: 'Mix A', b: 'Mix B' }, [a.summary], [b.summary], DEFAULT_WEIGHTS);
    const direct = rankingRobustness(HUMAN_SECURITY_INDEX, termMeans(HUMAN_SECURITY_INDEX, [a.summary]), termMeans(HUMAN_SECURITY_INDEX, [b.summary]));
    expect(human.share).toBe(direct.aHigherShare);
    expect(human.text).toContain(`Mix A: higher than Mix B on human security in ${Math.round(direct.aHigherShare * 100)}% of 1,000 random weightings`);
    // On State security the mix ranks higher only in some weightings: the sentence names the term that
    // would turn it, quoted, so a term's name (capitalised as a label) reads well mid-sentence.
    const [, state] = robustnessSentences(t, { a: 'Mix A', b: 'Mix B' }, [a.summary], [b.summary], DEFAULT_WEIGHTS);
    expect(state.text).toMatch(/would rank (lower|higher) if “[A-Z][^”]+” weighed (more|less) than \d+%/);
    const [same] = robustnessSentences(t, { a: 'Mix A', b: 'Mix B' }, [a.summary], [a.summary], DEFAULT_WEIGHTS);
    expect(same.text).toBe('Mix A and Mix B have the same human security terms, so no weighting ranks one above the other.');
  });
});

describe('the plane’s State-security axis', () => {
  it('names the reading the weights are, in the same words on every plane', () => {
    const t = (key: string, values?: Record<string, unknown>) => i18n.t(key, values);
    expect(stateAxisTitle(t, readingName(DEFAULT_WEIGHTS), '→')).toBe('State-security index, read as control →');
    expect(stateAxisTitle(t, readingName(WEIGHT_PRESETS.numbers), '→')).toBe('State-security index, read as numbers →');
    expect(stateAxisTitle(t, readingName(WEIGHT_PRESETS.organisedCrime), '←')).toBe('State-security index, read as organised crime ←');
    expect(stateAxisTitle(t, readingName(WEIGHT_PRESETS.bordersFirst), '→')).toBe('State-security index, your own weights →');
  });
});
