/**
 * The timeline editor: the scenario's dated lever changes as a list the user can edit — change a
 * lever, its value or its months (which moves the change), add a change, remove one — each edit
 * validated as typed and applied to the run at once when valid. A moved slider fixes its lever
 * for the whole run, so changes to that lever are shown as not applied, with a way back.
 */
import { useId, useState } from 'react';
import { LEVER_BY_KEY } from '../../../../models/index';
import { draftOf, newDraft, validateDraft, type ChangeDraft, type DraftField } from '../state/timeline-draft';
import { describeMonths, editableChanges, isStartChange, MAX_TIMELINE_CHANGES, type TimelineChange } from '../../../shared/settings/timeline';
import { ChangeFields } from './ChangeFields';

interface TimelineEditorProps {
  readonly scenarioTimeline: readonly TimelineChange[];
  /** The user's list, when they have edited the timeline. */
  readonly edited: readonly TimelineChange[] | undefined;
  readonly overrides: Readonly<Record<string, number>>;
  readonly runMonths: number;
  /** Every lever's value as the sliders show it (a new change starts from it). */
  readonly values: Readonly<Record<string, number>>;
  readonly onAdd: (change: TimelineChange) => void;
  readonly onUpdate: (index: number, change: TimelineChange) => void;
  readonly onRemove: (index: number) => void;
  readonly onReset: () => void;
  readonly onResetLever: (key: string) => void;
}

const label = (key: string) => LEVER_BY_KEY.get(key)?.label ?? key;
const limitsFor = (runMonths: number) => ({ levers: LEVER_BY_KEY, runMonths });

function ChangeRow({ index, change, runMonths, fixed, onUpdate, onRemove, onResetLever }: {
  readonly index: number;
  readonly change: TimelineChange;
  readonly runMonths: number;
  readonly fixed: boolean;
  readonly onUpdate: (index: number, change: TimelineChange) => void;
  readonly onRemove: (index: number) => void;
  readonly onResetLever: (key: string) => void;
}) {
  const idBase = useId();
  const [draft, setDraft] = useState<ChangeDraft>(() => draftOf(change, LEVER_BY_KEY));
  const [problems, setProblems] = useState<Partial<Record<DraftField, string>>>({});
  const edit = (next: ChangeDraft) => {
    setDraft(next);
    const res = validateDraft(next, limitsFor(runMonths));
    setProblems(res.ok ? {} : res.problems);
    if (res.ok) onUpdate(index, res.change);
  };
  const name = `Change ${index + 1}`;
  return (
    <li className={fixed ? 'change-row change-fixed' : 'change-row'} data-testid="timeline-change" data-lever={change.lever}>
      <div className="change-row-main">
        <span className="change-number" aria-hidden="true">
          {index + 1}
        </span>
        <ChangeFields idBase={idBase} name={name} draft={draft} problems={problems} runMonths={runMonths} onChange={edit} />
        <button type="button" className="link-button change-remove" onClick={() => onRemove(index)} aria-label={`Remove change ${index + 1}: ${label(change.lever)} ${describeMonths(change)}`}>
          Remove
        </button>
      </div>
      {fixed && (
        <p className="change-note-fixed">
          Not applied: your slider fixes {label(change.lever)} for the whole run.{' '}
          <button type="button" className="link-button" onClick={() => onResetLever(change.lever)}>
            Reset the slider
          </button>
        </p>
      )}
      {change.fromMonth >= runMonths && <p className="change-note-fixed">Starts after the end of this {runMonths}-month run, so it has no effect.</p>}
    </li>
  );
}

function AddChange({ runMonths, values, full, onAdd }: { readonly runMonths: number; readonly values: Readonly<Record<string, number>>; readonly full: boolean; readonly onAdd: (c: TimelineChange) => void }) {
  const idBase = useId();
  const fresh = (lever: string) => newDraft(lever, values[lever] ?? 0, LEVER_BY_KEY.get(lever), runMonths);
  const [draft, setDraft] = useState<ChangeDraft>(() => fresh('enforcement.intensity'));
  const [problems, setProblems] = useState<Partial<Record<DraftField, string>>>({});
  const change = (next: ChangeDraft) => {
    // A new lever starts from its current value, unless a value has been typed for it.
    setDraft(next.lever !== draft.lever ? { ...next, value: fresh(next.lever).value } : next);
    setProblems({});
  };
  const submit = () => {
    const res = validateDraft(draft, limitsFor(runMonths));
    if (!res.ok) return setProblems(res.problems);
    onAdd(res.change);
    setDraft({ ...draft, note: '' });
  };
  return (
    <form
      className="change-add"
      aria-label="Add a change to the timeline"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3>Add a change</h3>
      <ChangeFields idBase={idBase} name="New change" draft={draft} problems={problems} runMonths={runMonths} onChange={change} labelled />
      <button type="submit" className="small-button" disabled={full} data-testid="add-change">
        Add the change
      </button>
      {full && <p className="small">The timeline holds at most {MAX_TIMELINE_CHANGES} changes; remove one first.</p>}
    </form>
  );
}

export function TimelineEditor(props: TimelineEditorProps) {
  const { scenarioTimeline, edited, overrides, runMonths, values, onAdd, onUpdate, onRemove, onReset, onResetLever } = props;
  // Rows keep what is typed; a structural change (add, remove, reset) renumbers them, so they start afresh.
  const [version, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);
  const list = edited ?? editableChanges(scenarioTimeline);
  const starts = scenarioTimeline.filter(isStartChange);

  return (
    <div className="timeline-editor" data-testid="timeline-editor">
      <p className="panel-hint">
        Dated changes to the levers. Each applies from its first month to its last (empty: to the end of the run); where two overlap, the one lower in the list wins.
        Edits apply to the run at once; the monthly chart marks where each change starts and stops.
      </p>
      {edited !== undefined && (
        <p className="timeline-edited">
          You have edited this scenario’s timeline; the baseline keeps the original.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onReset();
              bump();
            }}
            data-testid="reset-timeline"
          >
            Restore the scenario’s timeline
          </button>
        </p>
      )}
      {starts.length > 0 && (
        <p className="small">
          Starting values in month 1, set with the sliders: {starts.map((c) => `${label(c.lever)} ${c.value}${c.note ? ` (${c.note})` : ''}`).join('; ')}.
        </p>
      )}
      {list.length > 0 ? (
        <>
          <div className="change-head" aria-hidden="true">
            <span>Lever</span>
            <span>Value</span>
            <span>From month</span>
            <span>Until month</span>
            <span>Note</span>
          </div>
          <ol className="change-list">
            {list.map((c, i) => (
              <ChangeRow
                key={`${version}-${i}`}
                index={i}
                change={c}
                runMonths={runMonths}
                fixed={Object.prototype.hasOwnProperty.call(overrides, c.lever)}
                onUpdate={onUpdate}
                onRemove={(index) => {
                  onRemove(index);
                  bump();
                }}
                onResetLever={onResetLever}
              />
            ))}
          </ol>
        </>
      ) : (
        <p className="small">No dated changes: every lever keeps its value for the whole run.</p>
      )}
      <AddChange
        runMonths={runMonths}
        values={values}
        full={list.length >= MAX_TIMELINE_CHANGES}
        onAdd={(c) => {
          onAdd(c);
          bump();
        }}
      />
    </div>
  );
}
