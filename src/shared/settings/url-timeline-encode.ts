/**
 * Writing the edited timeline into a link (`tl`, the format is described in url-timeline.ts,
 * which reads it back). Apart from the decoder so that the page writes its address without
 * loading zod, which only reading a link needs.
 */
import type { TimelineChange } from './timeline';

export const TIMELINE_FORMAT_VERSION = '1';
export const CHANGE_SEPARATOR = '_';
export const FIELD_SEPARATOR = '*';

function escapeNote(note: string): string {
  return note.replace(/[%*_]/g, (c) => ({ '%': '%25', '*': '%2A', _: '%5F' })[c] ?? c);
}

export function encodeTimeline(timeline: readonly TimelineChange[]): string {
  const changes = timeline.map((c) => {
    const fields = [c.lever, String(c.value), String(c.fromMonth), c.toMonth === undefined ? '' : String(c.toMonth), c.note ? escapeNote(c.note) : '', c.route ?? ''];
    while (fields.length > 3 && fields[fields.length - 1] === '') fields.pop();
    return fields.join(FIELD_SEPARATOR);
  });
  return [TIMELINE_FORMAT_VERSION, ...changes].join(CHANGE_SEPARATOR);
}
