/**
 * A scenario's or a tour's texts in the interface language (see content.ts): the same fields as
 * scenarios/i18n/fields.ts, by index, each a `Shown` (the text, its language, whether it is
 * still untranslated).
 */
import { useMemo } from 'react';
import type { Scenario } from '../../../scenarios/format';
import type { Tour } from '../../../scenarios/tours';
import { useContent, type Content, type Shown } from './content';

export interface ScenarioContent {
  readonly title: Shown;
  readonly summary: Shown | null;
  readonly narrative: Shown | null;
  claim(i: number): Shown;
  question(i: number): Shown;
  leavesOut(i: number): Shown;
  /** A timeline entry's note, by its index in the scenario's timeline. */
  note(i: number): Shown | null;
}

export function scenarioContent(content: Content, s: Scenario): ScenarioContent {
  const text = (path: string, english: string) => content.text(s.id, path, english);
  // Read when used: asking for any field but the title loads the scenario's translation file (a
  // chunk per scenario and language), and a title alone (the scenario panel folded, a list) needs
  // only the language's titles module.
  return {
    title: text('title', s.title),
    get summary() {
      return s.summary ? text('summary', s.summary) : null;
    },
    get narrative() {
      return s.narrative ? text('narrative', s.narrative) : null;
    },
    claim: (i) => text(`claims.${i}.text`, s.claims[i]?.text ?? ''),
    question: (i) => text(`questions.${i}`, s.questions[i] ?? ''),
    leavesOut: (i) => text(`leavesOut.${i}`, s.leavesOut[i] ?? ''),
    note: (i) => {
      const note = s.timeline[i]?.note;
      return note ? text(`timeline.${i}.note`, note) : null;
    },
  };
}

/** The texts of one scenario, for a component. */
export function useScenarioContent(s: Scenario): ScenarioContent {
  const content = useContent();
  return useMemo(() => scenarioContent(content, s), [content, s]);
}

/** A scenario's title by scenario, for lists of scenarios. */
export function useScenarioTitles(): (s: Scenario) => string {
  const content = useContent();
  return useMemo(() => (s: Scenario) => content.text(s.id, 'title', s.title).text, [content]);
}

export interface TourContent {
  readonly title: Shown;
  readonly summary: Shown | null;
  stepTitle(k: number): Shown;
  stepNarrative(k: number): Shown;
  /** The step's speaker notes, or null when it has none. */
  stepNotes(k: number): Shown | null;
  stepClaim(k: number, j: number): Shown;
}

/** The translation file of a tour is named `tour-<id>`. */
export const tourDoc = (tour: Tour) => `tour-${tour.id}`;

export function useTourContent(tour: Tour): TourContent {
  const content = useContent();
  return useMemo(() => {
    const text = (path: string, english: string) => content.text(tourDoc(tour), path, english);
    return {
      title: text('title', tour.title),
      summary: tour.summary ? text('summary', tour.summary) : null,
      stepTitle: (k) => text(`steps.${k}.title`, tour.steps[k]?.title ?? ''),
      stepNarrative: (k) => text(`steps.${k}.narrative`, tour.steps[k]?.narrative ?? ''),
      stepNotes: (k) => (tour.steps[k]?.notes ? text(`steps.${k}.notes`, tour.steps[k].notes) : null),
      stepClaim: (k, j) => text(`steps.${k}.claims.${j}.text`, tour.steps[k]?.claims[j]?.text ?? ''),
    };
  }, [content, tour]);
}
