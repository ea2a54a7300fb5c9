/**
 * Guided walkthroughs for lecture mode, stored as data in scenarios/tours/. Each step has a short
 * narrative, the scenario it shows (a built-in id, optionally with lever changes on top) and the
 * chart to highlight. Its statements are claims, checked against the model by the test suite just
 * like scenario claims, so a lecture can never say something the model does not show.
 */
import { z } from 'zod';
import { safeParse } from './safe-parse';
import { withFixedLevers, type RunResult } from '../models/index';
import { evaluateClaimsWith, type ClaimResult } from './claims';
import { claimSchema, describeIssue, findScenario, leverKeySchema, weightingsProblem, type Scenario } from './index';
import moduleArgument from './tours/module-argument.json';

export const TOUR_FORMAT_VERSION = 1;

/** Charts a step can point at (ids the app knows). */
export const TOUR_CHARTS = ['plane', 'monthly', 'outcomes', 'routes', 'dimensions', 'kpis'] as const;

const tourClaimSchema = claimSchema.extend({
  /** Compare with another step of the tour (by index) instead of a scenario or window. */
  against: z.union([z.strictObject({ step: z.number().int().min(0) }), z.strictObject({ window: claimSchema.shape.window })]),
});

export const tourStepSchema = z.strictObject({
  title: z.string().min(1).max(120),
  narrative: z.string().min(1).max(2000),
  /** Speaker notes: for the lecturer's eyes only (the presenter view), never projected. */
  notes: z.string().max(3000).optional(),
  scenario: z.string().max(64),
  levers: z.partialRecord(leverKeySchema, z.number().finite().min(0).max(1)).default({}),
  highlight: z.enum(TOUR_CHARTS),
  /** Other steps (by index) whose runs the plane also shows, so a step can show the comparison it states. */
  alsoOnPlane: z.array(z.number().int().min(0)).max(4).default([]),
  claims: z.array(tourClaimSchema).max(10).default([]),
});

export const tourSchema = z.strictObject({
  formatVersion: z.literal(TOUR_FORMAT_VERSION),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  title: z.string().min(1).max(200),
  summary: z.string().max(2000),
  steps: z.array(tourStepSchema).min(1).max(40),
});

export type Tour = z.infer<typeof tourSchema>;
export type TourStep = z.infer<typeof tourStepSchema>;

export function parseTour(data: unknown): Tour {
  const res = safeParse(tourSchema, data);
  if (!res.success) throw new Error(`tour: ${describeIssue(data, res.error.issues[0])}`);
  const tour = res.data;
  tour.steps.forEach((s, k) => {
    if (!findScenario(s.scenario)) throw new Error(`tour ${tour.id}: steps.${k}.scenario: unknown scenario "${s.scenario}"`);
    s.alsoOnPlane.forEach((other, j) => {
      if (other >= tour.steps.length || other === k) throw new Error(`tour ${tour.id}: steps.${k}.alsoOnPlane.${j}: ${other} is not another step of this tour`);
    });
    s.claims.forEach((c, j) => {
      const problem = weightingsProblem(c);
      if (problem) throw new Error(`tour ${tour.id}: steps.${k}.claims.${j}.${problem.field}: ${problem.message}`);
      if ('step' in c.against && c.against.step >= tour.steps.length)
        throw new Error(`tour ${tour.id}: steps.${k}.claims.${j}.against.step: ${c.against.step} is not a step of this tour`);
    });
  });
  return tour;
}

/**
 * The scenario a step runs: its built-in scenario with the step's lever changes fixed for the
 * whole run (the model's withFixedLevers, as the explorer's sliders and `--set` do).
 */
export function stepScenario(step: TourStep): Scenario {
  const base = findScenario(step.scenario);
  if (!base) throw new Error(`unknown scenario "${step.scenario}"`);
  return withFixedLevers(base, step.levers);
}

/** Check a step's claims; `runsOfStep(k)` gives the runs (same seeds) of step k. */
export function evaluateStepClaims(tour: Tour, k: number, runsOfStep: (k: number) => readonly RunResult[]): ClaimResult[] {
  const step = tour.steps[k];
  return evaluateClaimsWith(
    step.claims.map((c) => ({ ...c, against: 'step' in c.against ? { scenario: `step:${c.against.step}` } : c.against })),
    runsOfStep(k),
    (id) => runsOfStep(Number(id.slice('step:'.length))),
  );
}

export const BUILT_IN_TOURS: readonly Tour[] = [moduleArgument].map((t) => parseTour(t));
