/**
 * The edited timeline in a link: one query parameter, `tl`, present only when the user has edited
 * the scenario's timeline, holding the user's whole list of changes (months 2 onwards):
 *
 *   tl=1_enforcement.intensity*0.8*12*48*Phase+2_searchAndRescue.capacity*0.6*6
 *
 * `1` is the format's version; changes are separated by `_` and fields by `*`, two of the four
 * characters a query keeps as they are, so the link stays short and readable. Fields: lever key,
 * value, fromMonth (0-based), toMonth (0-based, exclusive; empty = to the end), a note, in
 * which `%`, `*` and `_` are written %25, %2A and %5F, and the route the change is aimed at
 * (empty = every route; scenario format 2). Months count as in scenario files. Trailing empty
 * fields are left out, so links made before changes had a route read the same.
 *
 * Decoding trusts nothing: each change is checked with zod against the lever table and the
 * scenario format's limits; a change that fails is left out with a notice naming it, the value
 * and the rule, and the rest are used.
 */
import { z } from 'zod';
import { i18n } from '../i18n/i18n';
import { aimProblemText } from './aim-text';
import { isRouteId, ROUTES, type LeverKey, type LeverSpec, type RouteId } from '../../../models/index';
import { safeParse, schemaPerKey } from '../../../scenarios/index';
import { FIRST_EDITABLE_MONTH, hasControlCharacters, LAST_MONTH, MAX_NOTE_CHARS, MAX_TIMELINE_CHANGES, type TimelineChange } from './timeline';

import { CHANGE_SEPARATOR, FIELD_SEPARATOR, TIMELINE_FORMAT_VERSION } from './url-timeline-encode';

export { encodeTimeline, TIMELINE_FORMAT_VERSION } from './url-timeline-encode';

export interface TimelineNotice {
  /** Which part: `tl`, or `tl, change 3`. */
  readonly field: string;
  /** The text given (unshortened; the caller shortens it). */
  readonly value: string;
  readonly problem: string;
  readonly outcome: string;
}

export interface DecodedTimeline {
  /** The user's list, or undefined when the link's timeline cannot be used at all. */
  readonly timeline: TimelineChange[] | undefined;
  readonly notices: TimelineNotice[];
}

function unescapeNote(text: string): string {
  return text.replace(/%(25|2A|5F)/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}


const monthSchema = schemaPerKey((range: string) => {
  const [min, max] = range.split(':').map(Number);
  return z
    .string()
    .regex(/^\d{1,4}$/, { error: () => i18n.t('common:notices.wholeNumber') })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
});
const month = (min: number, max: number) => monthSchema(`${min}:${max}`);

/** One change's fields, checked in order; the first problem is the one reported. */
function changeSchema(specs: ReadonlyMap<string, LeverSpec>) {
  const fieldCount = { error: () => i18n.t('common:notices.tlFieldCount') };
  return z
    .array(z.string())
    .min(3, fieldCount)
    .max(6, fieldCount)
    .transform((fields, ctx): TimelineChange => {
      const [lever, valueText, fromText, toText = '', noteText = '', routeText = ''] = fields;
      const fail = (message: string) => {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      };
      const spec = specs.get(lever);
      if (!spec) return fail(i18n.t('common:notices.tlUnknownLever', { lever: lever.slice(0, 40) }));
      const value = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d{1,3})?$/i.test(valueText) && valueText.length <= 32 ? Number(valueText) : NaN;
      if (!(Number.isFinite(value) && value >= spec.min && value <= spec.max)) return fail(i18n.t('common:notices.leverRange', { label: i18n.t(`model:levers.${spec.key}.label`), min: spec.min, max: spec.max }));
      const from = safeParse(month(FIRST_EDITABLE_MONTH, LAST_MONTH - 1), fromText);
      if (!from.success) return fail(i18n.t('common:notices.tlFirstMonth', { min: FIRST_EDITABLE_MONTH, max: LAST_MONTH - 1 }));
      const change: { lever: LeverKey; value: number; fromMonth: number; toMonth?: number; note?: string; route?: RouteId } = { lever: spec.key, value, fromMonth: from.data };
      if (toText !== '') {
        const to = safeParse(month(from.data + 1, LAST_MONTH), toText);
        if (!to.success) return fail(i18n.t('common:notices.tlEndMonth', { min: from.data + 1, max: LAST_MONTH }));
        change.toMonth = to.data;
      }
      const note = unescapeNote(noteText);
      if (note.length > MAX_NOTE_CHARS) return fail(i18n.t('common:notices.tlNoteLength', { max: MAX_NOTE_CHARS }));
      if (hasControlCharacters(note)) return fail(i18n.t('common:notices.tlNoteControl'));
      if (note) change.note = note;
      if (routeText !== '') {
        const problem = aimProblemText(spec.key, routeText.slice(0, 40), ROUTES);
        if (problem || !isRouteId(routeText)) return fail(problem ?? i18n.t('common:notices.aimUnknownRoute', { route: routeText.slice(0, 40), routes: ROUTES.map((r) => r.id).join(', ') }));
        change.route = routeText;
      }
      return change;
    });
}

const schemas = new WeakMap<ReadonlyMap<string, LeverSpec>, ReturnType<typeof changeSchema>>();

export function decodeTimeline(raw: string, specs: ReadonlyMap<string, LeverSpec>): DecodedTimeline {
  const notices: TimelineNotice[] = [];
  const [version, ...parts] = raw.split(CHANGE_SEPARATOR);
  if (version !== TIMELINE_FORMAT_VERSION) {
    notices.push({
      field: 'tl',
      value: raw,
      problem: i18n.t('common:notices.tlVersion', { version: TIMELINE_FORMAT_VERSION }),
      outcome: i18n.t('common:notices.tlOwnTimeline'),
    });
    return { timeline: undefined, notices };
  }
  let schema = schemas.get(specs);
  if (!schema) schemas.set(specs, (schema = changeSchema(specs)));
  const timeline: TimelineChange[] = [];
  parts.forEach((part, i) => {
    if (timeline.length >= MAX_TIMELINE_CHANGES) {
      if (timeline.length === MAX_TIMELINE_CHANGES && i === MAX_TIMELINE_CHANGES) {
        notices.push({
          field: 'tl',
          value: i18n.t('common:notices.nChanges', { count: parts.length }),
          problem: i18n.t('common:notices.tlMaxChanges', { max: MAX_TIMELINE_CHANGES }),
          outcome: i18n.t('common:notices.tlFirstUsed', { max: MAX_TIMELINE_CHANGES }),
        });
      }
      return;
    }
    const res = safeParse(schema, part.split(FIELD_SEPARATOR));
    if (res.success) timeline.push(res.data);
    else
      notices.push({
        field: i18n.t('common:notices.tlChangeField', { n: i + 1 }),
        value: part,
        problem: res.error.issues[0]?.message ?? i18n.t('common:notices.tlNotAChange'),
        outcome: i18n.t('common:notices.tlLeftOut'),
      });
  });
  return { timeline, notices };
}
