/**
 * The six fields of a timeline change — lever, value, from month, until month, route, note — with each
 * field's problem shown under it and tied to it (aria-invalid, aria-describedby), so a screen
 * reader hears what is wrong with the field it is on. Used by each row of the timeline and by
 * the form that adds a change.
 */
import { aimableRoutes, AIMABLE_LEVERS, LEVER_GROUPS, LEVERS, ROUTES, type RouteSpec } from '../../../../models/index';
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
  /** The scenario's routes, that an enforcement or rescue change can be aimed at. */
  readonly routes?: readonly Pick<RouteSpec, 'id' | 'sea'>[];
}

const GROUPED = LEVER_GROUPS.map((g) => ({ ...g, levers: LEVERS.filter((l) => l.group === g.id) })).filter((g) => g.levers.length > 0);

export function ChangeFields({ idBase, name, draft, problems, runMonths, onChange, labelled = false, routes = ROUTES }: ChangeFieldsProps) {
  const { t } = useTranslation('explore');
  const mt = useModelText();
  const set = (field: DraftField, value: string) => {
    const next = { ...draft, [field]: value };
    // A lever that cannot be aimed where the change was aimed acts on every route.
    if (field === 'lever' && next.route !== '' && !aimableRoutes(value, routes).includes(next.route)) next.route = '';
    onChange(next);
  };
  const aimable = aimableRoutes(draft.lever, routes);
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
        <label className="change-field change-route">
          <span className="change-field-label">{t(DRAFT_FIELD_LABELS.route)}</span>
          <select
            {...fieldProps('route')}
            value={draft.route}
            disabled={!AIMABLE_LEVERS[draft.lever] && draft.route === ''}
            title={AIMABLE_LEVERS[draft.lever] ? undefined : t('draft.routeAllOnly')}
            onChange={(e) => set('route', e.currentTarget.value)}
          >
            <option value="">{t('lever.allRoutes')}</option>
            {(draft.route !== '' && !aimable.includes(draft.route) ? [...aimable, draft.route] : aimable).map((id) => (
              <option key={id} value={id}>
                {mt.routeLabel(id)}
              </option>
            ))}
          </select>
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
