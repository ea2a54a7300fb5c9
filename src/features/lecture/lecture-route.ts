/**
 * Lecture mode's address and keys, as pure functions: #/lecture/<tour>/<step> for the lecture
 * view, #/lecture/present/<tour>/<step> for the presenter view (the lecturer's screen, with speaker
 * notes) and #/lecture/audience/<tour>/<step> for the audience window (the projected one), steps
 * counted from 1 for people; and what each key does. Anything unknown in the address falls back to the first tour
 * and step, so an old or edited link still opens something sensible.
 */
import { DEFAULT_AGENTS, DEFAULT_SEED, type RunInput } from '../../../models/index';
import { scenarioToRunInput } from '../../../scenarios/scenario-run';
import { stepScenario, type Tour } from '../../../scenarios/tours';

/** The lecture view, the presenter's view, or the audience window. */
export const LECTURE_VIEWS = ['lecture', 'present', 'audience'] as const;
export type LectureViewKind = (typeof LECTURE_VIEWS)[number];

export interface LectureRoute {
  readonly view: LectureViewKind;
  readonly tourId: string;
  /** 0-based. */
  readonly step: number;
}

export function parseLectureRoute(rest: string, tours: readonly Tour[]): LectureRoute {
  const parts = rest.split('?')[0].split('/').filter(Boolean);
  const view: LectureViewKind = parts[0] === 'present' || parts[0] === 'audience' ? parts[0] : 'lecture';
  if (view !== 'lecture') parts.shift();
  const tour = tours.find((t) => t.id === parts[0]) ?? tours[0];
  const n = Number(parts[1]);
  const step = Number.isInteger(n) && n >= 1 ? Math.min(n, tour.steps.length) - 1 : 0;
  return { view, tourId: tour.id, step };
}

export function lectureHash(route: LectureRoute): string {
  return `#/lecture/${route.view === 'lecture' ? '' : `${route.view}/`}${route.tourId}/${route.step + 1}`;
}

/**
 * The step a key leads to, or null when the key is not for navigation: → PageDown Space next,
 * ← PageUp previous, Home first, End last, 1–9 that step.
 */
export function stepForKey(key: string, step: number, count: number): number | null {
  const clamp = (k: number) => Math.max(0, Math.min(count - 1, k));
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return clamp(step + 1);
    case 'ArrowLeft':
    case 'PageUp':
      return clamp(step - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      if (/^[1-9]$/.test(key) && Number(key) <= count) return Number(key) - 1;
      return null;
  }
}

/** The run a step shows: its scenario (stepScenario) at the explorer's default seed and size. */
export function stepRunInput(tour: Tour, step: number, agents = DEFAULT_AGENTS, seed = DEFAULT_SEED): RunInput {
  return { ...scenarioToRunInput(stepScenario(tour.steps[step])), seed, agents };
}

/** Steps whose runs a step needs: itself, the start (its comparison on the charts), the steps its plane also shows, and any step its claims compare with. */
export function stepsNeeded(tour: Tour, step: number): number[] {
  const out = new Set<number>([step, 0, ...tour.steps[step].alsoOnPlane]);
  for (const c of tour.steps[step].claims) if ('step' in c.against) out.add(c.against.step);
  return [...out];
}
