/**
 * A note of a scenario's own timeline in the interface language: the scenario's translation
 * catalogue keys notes by their place in the timeline (`timeline.N.note`), and a translation is
 * used only while its English source still matches the note. A note the user wrote (or one of an
 * imported scenario, which has no catalogue) stays as written.
 */
import type { Content } from '../../../shared/i18n/content';
import type { TimelineChange } from '../../../shared/settings/timeline';

export function timelineNote(content: Content, scenarioId: string | undefined, scenarioTimeline: readonly TimelineChange[], note: string): string {
  const i = scenarioTimeline.findIndex((c) => c.note === note);
  return scenarioId && i >= 0 ? content.text(scenarioId, `timeline.${i}.note`, note).text : note;
}
