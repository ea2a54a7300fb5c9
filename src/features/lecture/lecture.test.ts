/**
 * Lecture mode's pure parts: addresses round-trip and forgive unknown parts, keys move through
 * the steps within bounds, each step runs its own scenario, and a step's claims are shown with
 * the change this run shows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runModel } from '../../../models/index';
import { BUILT_IN_TOURS, parseTour, stepScenario } from '../../../scenarios/tours';
import { LECTURE_VIEWS, lectureHash, parseLectureRoute, stepForKey, stepRunInput, stepsNeeded } from './lecture-route';
import { formatChange, stepClaims } from './step-claims';

const tour = BUILT_IN_TOURS[0];

describe('lecture addresses', () => {
  it('round-trip the tour, the step and the view (lecture, presenter, audience)', () => {
    for (const view of LECTURE_VIEWS)
      for (let step = 0; step < tour.steps.length; step++) {
        const route = { view, tourId: tour.id, step };
        expect(parseLectureRoute(lectureHash(route).slice('#/lecture/'.length), BUILT_IN_TOURS)).toEqual(route);
      }
    expect(lectureHash({ view: 'present', tourId: tour.id, step: 2 })).toBe(`#/lecture/present/${tour.id}/3`);
    expect(lectureHash({ view: 'audience', tourId: tour.id, step: 0 })).toBe(`#/lecture/audience/${tour.id}/1`);
    expect(lectureHash({ view: 'lecture', tourId: tour.id, step: 5 })).toBe(`#/lecture/${tour.id}/6`);
  });

  it('fall back to the first tour and step, and clamp a step past the end', () => {
    expect(parseLectureRoute('', BUILT_IN_TOURS)).toEqual({ view: 'lecture', tourId: tour.id, step: 0 });
    expect(parseLectureRoute('present', BUILT_IN_TOURS)).toEqual({ view: 'present', tourId: tour.id, step: 0 });
    expect(parseLectureRoute('audience/nope/2', BUILT_IN_TOURS)).toEqual({ view: 'audience', tourId: tour.id, step: 1 });
    expect(parseLectureRoute(`${tour.id}/99`, BUILT_IN_TOURS).step).toBe(tour.steps.length - 1);
    fc.assert(
      fc.property(fc.string(), (rest) => {
        const r = parseLectureRoute(rest, BUILT_IN_TOURS);
        expect(BUILT_IN_TOURS.some((t) => t.id === r.tourId)).toBe(true);
        expect(r.step).toBeGreaterThanOrEqual(0);
        expect(r.step).toBeLessThan(BUILT_IN_TOURS.find((t) => t.id === r.tourId)!.steps.length);
      }),
      { numRuns: 500, seed: 5 },
    );
  });
});

describe('lecture keys', () => {
  it('move forward, back, to the ends and to a numbered step, never past the ends', () => {
    expect(stepForKey('ArrowRight', 2, 6)).toBe(3);
    expect(stepForKey('PageDown', 5, 6)).toBe(5);
    expect(stepForKey(' ', 0, 6)).toBe(1);
    expect(stepForKey('ArrowLeft', 0, 6)).toBe(0);
    expect(stepForKey('PageUp', 3, 6)).toBe(2);
    expect(stepForKey('Home', 4, 6)).toBe(0);
    expect(stepForKey('End', 1, 6)).toBe(5);
    expect(stepForKey('4', 0, 6)).toBe(3);
    expect(stepForKey('7', 0, 6)).toBeNull();
    expect(stepForKey('a', 0, 6)).toBeNull();
  });
});

describe('lecture steps', () => {
  it('run the step’s own scenario, and need the start and the steps their claims compare with', () => {
    const input = stepRunInput(tour, 1, 5_000);
    expect(input).toMatchObject({ agents: 5_000, seed: 1, timeline: stepScenario(tour.steps[1]).timeline });
    expect(stepsNeeded(tour, 0)).toEqual([0]);
    expect(stepsNeeded(tour, 4).sort()).toEqual([0, 1, 4]);
    // A step's plane shows the other steps it names: step 5 places Operation Sophia (step 2) beside it.
    expect(tour.steps[4].alsoOnPlane).toEqual([1]);
    const bare = { ...tour, steps: tour.steps.map((s, k) => (k === 2 ? { ...s, alsoOnPlane: [5], claims: [] } : { ...s, claims: [] })) };
    expect(stepsNeeded(bare, 2).sort()).toEqual([0, 2, 5]);
    expect(() => parseTour({ ...JSON.parse(JSON.stringify(tour)), steps: tour.steps.map((s, k) => (k === 0 ? { ...s, alsoOnPlane: [9] } : s)) })).toThrow(
      /steps\.0\.alsoOnPlane\.0: 9 is not another step/,
    );
  });

  it('show each claim with the change in this run', () => {
    const runs = new Map([0, 1].map((k) => [k, runModel(stepRunInput(tour, k, 20_000))]));
    const shown = stepClaims(tour, 1, (k) => runs.get(k) ?? null);
    expect(shown.map((c) => c.text)).toEqual(tour.steps[1].claims.map((c) => c.text));
    for (const c of shown) expect(Number.isFinite(c.change)).toBe(true);
    expect(stepClaims(tour, 1, () => null).every((c) => c.change === null)).toBe(true);
    expect(formatChange(0.344)).toBe('+34%');
    // A statement read in the numbers reading shows this run's change in that reading, not at the default weights.
    const more = new Map([4, 5].map((k) => [k, runModel(stepRunInput(tour, k, 5_000))]));
    const last = stepClaims(tour, 5, (k) => more.get(k) ?? null);
    const numbers = tour.steps[5].claims.findIndex((c) => c.weights !== undefined);
    const control = tour.steps[5].claims.findIndex((c) => c.output === 'stateSecurityIndex' && c.weights === undefined);
    expect(numbers).toBeGreaterThan(-1);
    expect(last[numbers].change).toBeGreaterThan(0);
    expect(last[control].change).toBeLessThan(0);
    expect(formatChange(-0.12)).toBe('−12%');
  });
});
