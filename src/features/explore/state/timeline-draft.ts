/**
 * A timeline change as typed into the editor, and its validation. Fields are text, months are
 * counted as people count them (from 1, "until" included), and every problem is a message that
 * names the field, the value given and what is allowed — so a student can fix it without help.
 */
import type { LeverKey, LeverSpec, ParamSpec } from '../../../../models/index';
import { stepDecimals } from '../../../shared/settings/settings';
import { FIRST_EDITABLE_MONTH, hasControlCharacters, NOTE_INPUT_CHARS, type TimelineChange } from '../../../shared/settings/timeline';
import { i18n } from '../../../shared/i18n/i18n';

export interface ChangeDraft {
  readonly lever: string;
  readonly value: string;
  /** First month, counted from 1. */
  readonly from: string;
  /** Last month, counted from 1 and included; empty = to the end of the run. */
  readonly until: string;
  readonly note: string;
}

export type DraftField = keyof ChangeDraft;

/** The catalogue key of each field's name. */
export const DRAFT_FIELD_LABELS: Readonly<Record<DraftField, string>> = {
  lever: 'explore:draft.lever',
  value: 'explore:draft.value',
  from: 'explore:draft.from',
  until: 'explore:draft.until',
  note: 'explore:draft.note',
};

const t = (key: string, values?: Record<string, unknown>) => i18n.t(`explore:draft.${key}`, values);

export interface DraftLimits {
  readonly levers: ReadonlyMap<string, LeverSpec>;
  /** Months in the run: the last month a change can start or end in. */
  readonly runMonths: number;
}

export type DraftResult =
  | { readonly ok: true; readonly change: TimelineChange }
  | { readonly ok: false; readonly problems: Partial<Record<DraftField, string>> };

export function draftOf(change: TimelineChange, levers: ReadonlyMap<string, ParamSpec>): ChangeDraft {
  const spec = levers.get(change.lever);
  const decimals = spec ? Math.max(stepDecimals(spec.step), decimalsOf(change.value)) : decimalsOf(change.value);
  return {
    lever: change.lever,
    value: change.value.toFixed(decimals),
    from: String(change.fromMonth + 1),
    until: change.toMonth === undefined ? '' : String(change.toMonth),
    note: change.note ?? '',
  };
}

function decimalsOf(x: number): number {
  const s = String(x);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : Math.min(10, s.length - dot - 1);
}

/** Shown values are quoted and shortened, so a pasted essay does not fill the message. */
function shown(text: string): string {
  const t = text.trim();
  if (t === '') return i18n.t('explore:draft.nothing');
  return `“${t.length > 24 ? `${t.slice(0, 23)}…` : t}”`;
}

const WHOLE = /^\+?\d{1,6}$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function validateDraft(draft: ChangeDraft, limits: DraftLimits): DraftResult {
  const problems: Partial<Record<DraftField, string>> = {};
  const { runMonths } = limits;
  const firstMonth = FIRST_EDITABLE_MONTH + 1;

  const spec = limits.levers.get(draft.lever);
  if (!spec) problems.lever = t('leverProblem', { got: shown(draft.lever) });

  const valueText = draft.value.trim().replace(',', '.');
  const value = DECIMAL.test(valueText) ? Number(valueText) : NaN;
  if (spec && !(Number.isFinite(value) && value >= spec.min && value <= spec.max)) {
    problems.value = t('valueProblem', { got: shown(draft.value), label: i18n.t(`model:levers.${spec.key}.label`), min: spec.min, max: spec.max });
  }

  const from = WHOLE.test(draft.from.trim()) ? Number(draft.from.trim()) : NaN;
  const fromOk = Number.isInteger(from) && from >= firstMonth && from <= runMonths;
  if (!fromOk) {
    problems.from = t('fromProblem', { got: shown(draft.from), min: firstMonth, max: runMonths });
  }

  let until: number | undefined;
  if (draft.until.trim() !== '') {
    until = WHOLE.test(draft.until.trim()) ? Number(draft.until.trim()) : NaN;
    const lowest = fromOk ? from : firstMonth;
    if (!(Number.isInteger(until) && until >= lowest && until <= runMonths)) {
      problems.until = t('untilProblem', { got: shown(draft.until), min: lowest, max: runMonths });
    }
  }

  const note = draft.note.trim();
  if (note.length > NOTE_INPUT_CHARS) problems.note = t('noteLength', { length: note.length, max: NOTE_INPUT_CHARS });
  else if (hasControlCharacters(note)) problems.note = t('noteControl');

  if (!spec || Object.keys(problems).length > 0) return { ok: false, problems };
  const change: { lever: LeverKey; value: number; fromMonth: number; toMonth?: number; note?: string } = { lever: spec.key, value, fromMonth: from - 1 };
  if (until !== undefined) change.toMonth = until;
  if (note) change.note = note;
  return { ok: true, change };
}

/** A fresh draft for the "add a change" form: a lever at its value in force, from the second year. */
export function newDraft(lever: string, value: number, spec: ParamSpec | undefined, runMonths: number): ChangeDraft {
  const from = Math.min(runMonths, 13);
  return { lever, value: value.toFixed(spec ? stepDecimals(spec.step) : 2), from: String(from), until: '', note: '' };
}
