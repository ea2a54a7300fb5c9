/**
 * The timeline a user edits: the scenario's dated lever changes, which they can add to, move
 * (change the months of) and remove. Pure functions, shared by the reducer, the link codec and
 * the editor.
 *
 * Month numbers. The model counts months from 0 and a change applies from `fromMonth` up to, not
 * including, `toMonth` (the scenario format's convention). People count from 1, so the editor
 * shows "from month fromMonth + 1 until month toMonth", both included.
 *
 * Changes in the first month (fromMonth 0) are the scenario's starting values, which the sliders
 * show and set. They stay as the scenario gives them: a user's change starts in month 2 or later,
 * so the sliders' starting values never depend on the edited timeline.
 */
import { MONTHS_LIMIT, type LeverKey, type ParamSpec } from '../../../models/index';
import { i18n } from '../i18n/i18n';

export interface TimelineChange {
  readonly lever: LeverKey;
  readonly value: number;
  /** First month (0-based) the value applies. */
  readonly fromMonth: number;
  /** First month (0-based) it no longer applies; omitted = to the end of the run. */
  readonly toMonth?: number;
  readonly note?: string;
}

/** Most changes a user's timeline may hold (the built-in scenarios have at most 14). */
export const MAX_TIMELINE_CHANGES = 60;
/** The scenario format's limit on a note; notes typed in the editor are shorter (NOTE_INPUT_CHARS). */
export const MAX_NOTE_CHARS = 500;
export const NOTE_INPUT_CHARS = 200;
/** Last month (0-based, exclusive) a timeline may reach: the longest run (models/limits.ts). */
export const LAST_MONTH = MONTHS_LIMIT.max;
/** The first 0-based month a user's change may start: month 0 holds the starting values. */
export const FIRST_EDITABLE_MONTH = 1;

/** A change that is part of the starting values (it covers the first month). */
export function isStartChange(change: Pick<TimelineChange, 'fromMonth'>): boolean {
  return change.fromMonth < FIRST_EDITABLE_MONTH;
}

/** The changes a user may edit: all but the starting values, in the scenario's order. */
export function editableChanges(timeline: readonly TimelineChange[]): TimelineChange[] {
  return timeline.filter((c) => !isStartChange(c));
}

/**
 * The timeline that runs: the scenario's own, or — once edited — its starting values followed by
 * the user's list (later entries win where they overlap, so the user's changes come last).
 */
export function effectiveTimeline(scenarioTimeline: readonly TimelineChange[], edited: readonly TimelineChange[] | undefined): readonly TimelineChange[] {
  if (edited === undefined) return scenarioTimeline;
  return [...scenarioTimeline.filter(isStartChange), ...edited];
}

function sameChange(a: TimelineChange, b: TimelineChange): boolean {
  return a.lever === b.lever && a.value === b.value && a.fromMonth === b.fromMonth && a.toMonth === b.toMonth && (a.note ?? '') === (b.note ?? '');
}

export function sameChanges(a: readonly TimelineChange[], b: readonly TimelineChange[]): boolean {
  return a.length === b.length && a.every((c, i) => sameChange(c, b[i]));
}

/** A change as plain data, without undefined fields and without an empty note. */
export function cleanChange(change: TimelineChange): TimelineChange {
  const out: { lever: LeverKey; value: number; fromMonth: number; toMonth?: number; note?: string } = { lever: change.lever, value: change.value, fromMonth: change.fromMonth };
  if (change.toMonth !== undefined) out.toMonth = change.toMonth;
  if (change.note) out.note = change.note;
  return out;
}

/** The user's list, or undefined when it is the scenario's own (nothing edited). */
export function normaliseEdited(scenarioTimeline: readonly TimelineChange[], edited: readonly TimelineChange[]): TimelineChange[] | undefined {
  const list = edited.map(cleanChange);
  return sameChanges(list, editableChanges(scenarioTimeline)) ? undefined : list;
}

/** Control characters have no place in a note (and would garble a link or a file). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Whether a change is one the explorer can hold: known lever, value in range, months in order. */
export function isValidChange(change: TimelineChange, specs: ReadonlyMap<string, ParamSpec>): boolean {
  const spec = specs.get(change.lever);
  if (!spec || !Number.isFinite(change.value) || change.value < spec.min || change.value > spec.max) return false;
  if (!Number.isInteger(change.fromMonth) || change.fromMonth < FIRST_EDITABLE_MONTH || change.fromMonth >= LAST_MONTH) return false;
  if (change.toMonth !== undefined && (!Number.isInteger(change.toMonth) || change.toMonth <= change.fromMonth || change.toMonth > LAST_MONTH)) return false;
  return change.note === undefined || (change.note.length <= MAX_NOTE_CHARS && !CONTROL.test(change.note));
}

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/** "from month 13" or "in months 13–48", as people count months. */
export function describeMonths(change: Pick<TimelineChange, 'fromMonth' | 'toMonth'>): string {
  return change.toMonth === undefined ? i18n.t('common:months.from', { month: change.fromMonth + 1 }) : i18n.t('common:months.range', { from: change.fromMonth + 1, to: change.toMonth });
}
