/**
 * Lecture-mode walkthroughs: what a tour is made of and what a tour file may not say. Every
 * statement a tour makes is a claim checked against the model over five seeds, in
 * claims.test.ts, on the same runs as the scenarios' claims.
 */
import { describe, expect, it } from 'vitest';
import { WEIGHED_OUTPUTS } from '../../scenarios/index';
import { BUILT_IN_TOURS, parseTour } from '../../scenarios/tours';

describe('lecture tours', () => {
  it('include the default walkthrough of the module’s argument', () => {
    const tour = BUILT_IN_TOURS.find((t) => t.id === 'module-argument');
    expect(tour?.steps.map((s) => s.scenario)).toEqual([
      'baseline', 'operation-sophia', 'global-compact-migration', 'rabat-process', 'human-security-mix', 'state-security-only',
    ]);
  });

  it('judge every statement about an index over the weightings, or with the weights it names', () => {
    const bare = BUILT_IN_TOURS.flatMap((t) => t.steps.flatMap((s, k) => s.claims.filter((c) => WEIGHED_OUTPUTS.includes(c.output) && c.holdsInWeightings === undefined && c.weights === undefined).map((c) => `${t.id} step ${k + 1}: ${c.text}`)));
    expect(bare).toEqual([]);
  });

  it('rejects a tour that points at a missing step or scenario', () => {
    const step = { title: 't', narrative: 'n', scenario: 'baseline', highlight: 'plane', claims: [] };
    expect(() => parseTour({ formatVersion: 1, id: 'x', title: 'x', summary: '', steps: [{ ...step, scenario: 'nope' }] })).toThrow(/unknown scenario "nope"/);
    const badClaim = { text: 'c', output: 'smugglingDemand', window: [0, 12], against: { step: 3 }, direction: 'higher' };
    expect(() => parseTour({ formatVersion: 1, id: 'x', title: 'x', summary: '', steps: [{ ...step, claims: [badClaim] }] })).toThrow(/against\.step: 3/);
    expect(() => parseTour({ formatVersion: 1, id: 'x', title: 'x', summary: '', steps: [{ ...step, highlight: 'pie' }] })).toThrow(/steps\.0\.highlight/);
  });
});
