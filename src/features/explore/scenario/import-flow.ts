/**
 * Loading another scenario — picked from the list or imported from a file — without losing work.
 * Pure: reading a file's text into a scenario (or a problem that names the field, the value and
 * the rule), what counts as the user's work, and the small state machine in between: a switch
 * that would drop work waits for a confirmation; a file that fails changes nothing at all.
 */
import { MAX_SCENARIO_FILE_BYTES } from '../../../../scenarios/scenario-run';
import type { FieldProblem, Scenario, TextPosition } from '../../../../scenarios/format';
import type { ExplorerSettings } from '../../../shared/settings/settings';
import { i18n } from '../../../shared/i18n/i18n';

export interface ImportProblem {
  readonly fileName: string;
  /** The validation message: field path, value found and what is allowed. */
  readonly message: string;
  /** The field path (`timeline.2.value`), or `(file)` for the file as a whole. */
  readonly path: string;
  /** The value found and the rule it breaks, when a field is at fault (worded in the reader's language). */
  readonly field?: FieldProblem;
  /** Where the text stops being JSON. */
  readonly at?: TextPosition;
}

export type ImportOutcome =
  | { readonly ok: true; readonly scenario: Scenario; readonly renamedFrom?: string }
  | { readonly ok: false; readonly problem: ImportProblem };

/** Files are read as text; more than this many bytes cannot be a scenario of allowed length. */
export const MAX_FILE_BYTES = MAX_SCENARIO_FILE_BYTES;

/** A file too large to read, refused before reading it. */
export function fileTooLarge(fileName: string, bytes: number): ImportProblem | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return { fileName, message: i18n.t('explore:import.tooLarge', { bytes, max: MAX_FILE_BYTES }), path: '(file)' };
}

export interface WorkSummary {
  readonly levers: number;
  /** Changes in the user's timeline, when they edited it; null when the timeline is the scenario's. */
  readonly timelineChanges: number | null;
}

export function workOf(settings: Pick<ExplorerSettings, 'overrides' | 'timeline'>): WorkSummary {
  return { levers: Object.keys(settings.overrides).length, timelineChanges: settings.timeline ? settings.timeline.length : null };
}

export function hasWork(work: WorkSummary): boolean {
  return work.levers > 0 || work.timelineChanges !== null;
}

/** "2 moved levers and an edited timeline". */
export function describeWork(work: WorkSummary): string {
  const parts: string[] = [];
  if (work.levers > 0) parts.push(i18n.t('explore:work.levers', { count: work.levers }));
  if (work.timelineChanges !== null) parts.push(i18n.t('explore:work.timeline'));
  return parts.join(i18n.t('explore:work.and'));
}

export type SwitchTarget =
  | { readonly kind: 'scenario'; readonly id: string; readonly title: string }
  | { readonly kind: 'file'; readonly scenario: Scenario; readonly fileName: string; readonly renamedFrom?: string };

export function targetTitle(target: SwitchTarget): string {
  return target.kind === 'scenario' ? target.title : target.scenario.title;
}

export interface Loaded {
  readonly title: string;
  readonly fileName: string;
  readonly renamedFrom?: string;
}

export interface FlowState {
  /** A switch waiting for the user to confirm that their work may go. */
  readonly pending: SwitchTarget | null;
  /** The last file that could not be loaded. */
  readonly problem: ImportProblem | null;
  /** The last file that was loaded (for a confirmation message). */
  readonly loaded: Loaded | null;
}

export const IDLE_FLOW: FlowState = { pending: null, problem: null, loaded: null };

export type FlowEvent =
  | { readonly type: 'choose'; readonly target: SwitchTarget; readonly work: WorkSummary }
  | { readonly type: 'rejected'; readonly problem: ImportProblem }
  | { readonly type: 'confirm' }
  | { readonly type: 'cancel' }
  | { readonly type: 'dismiss' };

export interface FlowStep {
  readonly state: FlowState;
  /** The switch to carry out now, if any. */
  readonly apply: SwitchTarget | null;
}

function applied(target: SwitchTarget): FlowStep {
  const loaded = target.kind === 'file' ? { title: target.scenario.title, fileName: target.fileName, ...(target.renamedFrom ? { renamedFrom: target.renamedFrom } : {}) } : null;
  return { state: { pending: null, problem: null, loaded }, apply: target };
}

export function flowStep(state: FlowState, event: FlowEvent): FlowStep {
  switch (event.type) {
    case 'choose':
      if (hasWork(event.work)) return { state: { pending: event.target, problem: null, loaded: null }, apply: null };
      return applied(event.target);
    case 'rejected':
      // The work, the scenario and any pending question stay exactly as they were.
      return { state: { ...state, problem: event.problem, loaded: null }, apply: null };
    case 'confirm':
      return state.pending ? applied(state.pending) : { state, apply: null };
    case 'cancel':
      return { state: { ...state, pending: null }, apply: null };
    case 'dismiss':
      return { state: { ...state, problem: null, loaded: null }, apply: null };
  }
}
