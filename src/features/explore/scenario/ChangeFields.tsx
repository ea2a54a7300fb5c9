/**
 * The five fields of a timeline change — lever, value, from month, until month, note — with each
 * field's problem shown under it and tied to it (aria-invalid, aria-describedby), so a screen
 * reader hears what is wrong with the field it is on. Used by each row of the timeline and by
 * the form that adds a change.
 */
import { LEVER_GROUPS, LEVERS } from '../../../../models/index';
import { DRAFT_FIELD_LABELS, type ChangeDraft, type DraftField } from '../state/timeline-draft';
import { NOTE_INPUT_CHARS } from '../../../shared/settings/timeline';
import { useTranslation } from 'react-i18next';
import { useModelText } from '../../../shared/i18n/model-text';

interface ChangeFieldsProps {
  /** Prefix for element ids, unique on the page. */
  readonly idBase: string;
  /** Added to each field's accessible name ("Change 3"). */
  readonly name: string;
  readonly draft: ChangeDraft;
  readonly problems: Partial<Record<DraftField, string>>;
  readonly runMonths: number;
  readonly onChange: (draft: ChangeDraft) => void;
  /** Show each field's label above it at every width (where there are no column heads). */
  readonly labelled?: boolean;
}

const GROUPED = LEVER_GROUPS.map((g) => ({ ...g, levers: LEVERS.filter((l) => l.group === g.id) })).filter((g) => g.levers.length > 0);

export function ChangeFields({ idBase, name, draft, problems, runMonths, onChange, labelled = false }: ChangeFieldsProps) {
  const { t } = useTranslation('explore');
  const mt = useModelText();
  const set = (field: DraftField, value: string) => onChange({ ...draft, [field]: value });
  const fieldProps = (field: DraftField) => ({
    id: `${idBase}-${field}`,
    'aria-label': t('draft.fieldLabel', { name, field: t(DRAFT_FIELD_LABELS[field]).toLocaleLowerCase() }),
    'aria-invalid': problems[field] ? true : undefined,
    'aria-describedby': problems[field] ? `${idBase}-${field}-problem` : undefined,
    'data-field': field,
  });
  const spec = LEVERS.find((l) => l.key === draft.lever);
  const shownProblems = (Object.keys(DRAFT_FIELD_LABELS) as DraftField[]).filter((f) => problems[f]);

  return (
    <div className="change-fields">
      <div className={labelled ? 'change-inputs labelled' : 'change-inputs'}>
        <label className="change-field change-lever">
          <span className="change-field-label">{t(DRAFT_FIELD_LABELS.lever)}</span>
          <select {...fieldProps('lever')} value={draft.lever} onChange={(e) => set('lever', e.currentTarget.value)}>
            {GROUPED.map((g) => (
              <optgroup key={g.id} label={mt.groupLabel(g.id)}>
                {g.levers.map((l) => (
                  <option key={l.key} value={l.key}>
                    {mt.leverLabel(l.key)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="change-field">
          <span className="change-field-label">{t(DRAFT_FIELD_LABELS.value)}</span>
          <input
            {...fieldProps('value')}
            type="text"
            inputMode="decimal"
            value={draft.value}
            title={spec ? t('draft.valueTitle', { min: spec.min, max: spec.max, unit: mt.leverUnit(spec.key) }) : undefined}
            onChange={(e) => set('value', e.currentTarget.value)}
          />
        </label>
        <label className="change-field">
          <span className="change-field-label">{t(DRAFT_FIELD_LABELS.from)}</span>
          <input {...fieldProps('from')} type="text" inputMode="numeric" value={draft.from} title={t('draft.fromTitle', { min: 2, max: runMonths })} onChange={(e) => set('from', e.currentTarget.value)} />
        </label>
        <label className="change-field">
          <span className="change-field-label">{t(DRAFT_FIELD_LABELS.until)}</span>
          <input
            {...fieldProps('until')}
            type="text"
            inputMode="numeric"
            value={draft.until}
            placeholder={t('draft.untilPlaceholder')}
            title={t('draft.untilTitle')}
            onChange={(e) => set('until', e.currentTarget.value)}
          />
        </label>
        <label className="change-field change-note">
          <span className="change-field-label">{t(DRAFT_FIELD_LABELS.note)}</span>
          <input {...fieldProps('note')} type="text" maxLength={NOTE_INPUT_CHARS} value={draft.note} placeholder={t('draft.notePlaceholder')} onChange={(e) => set('note', e.currentTarget.value)} />
        </label>
      </div>
      {shownProblems.map((f) => (
        <p key={f} id={`${idBase}-${f}-problem`} className="field-problem" data-problem={f}>
          {problems[f]}
        </p>
      ))}
    </div>
  );
}
