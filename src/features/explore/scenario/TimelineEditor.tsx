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
import { timelineNote } from './timeline-note';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format';
import { useContent } from '../../../shared/i18n/content';
import { i18n } from '../../../shared/i18n/i18n';

interface TimelineEditorProps {
  /** The scenario whose timeline this is (its notes may have translations). */
  readonly scenarioId?: string;
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

const label = (key: string) => i18n.t(`model:levers.${key}.label`);
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
  const { t } = useTranslation('explore');
  const idBase = useId();
  const [draft, setDraft] = useState<ChangeDraft>(() => draftOf(change, LEVER_BY_KEY));
  const [problems, setProblems] = useState<Partial<Record<DraftField, string>>>({});
  const edit = (next: ChangeDraft) => {
    setDraft(next);
    const res = validateDraft(next, limitsFor(runMonths));
    setProblems(res.ok ? {} : res.problems);
    if (res.ok) onUpdate(index, res.change);
  };
  const name = t('timeline.changeName', { n: index + 1 });
  return (
    <li className={fixed ? 'change-row change-fixed' : 'change-row'} data-testid="timeline-change" data-lever={change.lever}>
      <div className="change-row-main">
        <span className="change-number" aria-hidden="true">
          {index + 1}
        </span>
        <ChangeFields idBase={idBase} name={name} draft={draft} problems={problems} runMonths={runMonths} onChange={edit} />
        <button type="button" className="link-button change-remove" onClick={() => onRemove(index)} aria-label={t('timeline.removeLabel', { n: index + 1, label: label(change.lever), months: describeMonths(change) })}>
          {t('timeline.remove')}
        </button>
      </div>
      {fixed && (
        <p className="change-note-fixed">
          {t('timeline.notApplied', { label: label(change.lever) })}{' '}
          <button type="button" className="link-button" onClick={() => onResetLever(change.lever)}>
            {t('timeline.resetSlider')}
          </button>
        </p>
      )}
      {change.fromMonth >= runMonths && <p className="change-note-fixed">{t('timeline.afterEnd', { months: runMonths })}</p>}
    </li>
  );
}

function AddChange({ runMonths, values, full, onAdd }: { readonly runMonths: number; readonly values: Readonly<Record<string, number>>; readonly full: boolean; readonly onAdd: (c: TimelineChange) => void }) {
  const { t } = useTranslation('explore');
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
      aria-label={t('timeline.addLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3>{t('timeline.addTitle')}</h3>
      <ChangeFields idBase={idBase} name={t('timeline.newChange')} draft={draft} problems={problems} runMonths={runMonths} onChange={change} labelled />
      <button type="submit" className="small-button" disabled={full} data-testid="add-change">
        {t('timeline.add')}
      </button>
      {full && <p className="small">{t('timeline.full', { max: MAX_TIMELINE_CHANGES })}</p>}
    </form>
  );
}

export function TimelineEditor(props: TimelineEditorProps) {
  const { scenarioId, scenarioTimeline, edited, overrides, runMonths, values, onAdd, onUpdate, onRemove, onReset, onResetLever } = props;
  const { t } = useTranslation('explore');
  const content = useContent();
  // Rows keep what is typed; a structural change (add, remove, reset) renumbers them, so they start afresh.
  const [version, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);
  const list = edited ?? editableChanges(scenarioTimeline);
  // A note of the scenario's own timeline, in the interface language when translated.
  const noteOf = (note: string) => timelineNote(content, scenarioId, scenarioTimeline, note);
  const starts = scenarioTimeline.filter(isStartChange);

  return (
    <div className="timeline-editor" data-testid="timeline-editor">
      <p className="panel-hint">{t('timeline.hint')}</p>
      {edited !== undefined && (
        <p className="timeline-edited">
          {t('timeline.edited')}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onReset();
              bump();
            }}
            data-testid="reset-timeline"
          >
            {t('timeline.restore')}
          </button>
        </p>
      )}
      {starts.length > 0 && (
        <p className="small">
          {t('timeline.starts', {
            list: starts.map((c) => `${label(c.lever)} ${formatNumber(c.value)}${c.note ? ` (${noteOf(c.note)})` : ''}`).join('; '),
          })}
        </p>
      )}
      {list.length > 0 ? (
        <>
          <div className="change-head" aria-hidden="true">
            <span>{t('draft.lever')}</span>
            <span>{t('draft.value')}</span>
            <span>{t('draft.from')}</span>
            <span>{t('draft.until')}</span>
            <span>{t('draft.route')}</span>
            <span>{t('draft.note')}</span>
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
        <p className="small">{t('timeline.none')}</p>
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
