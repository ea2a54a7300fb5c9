/**
 * Small form controls of the compare view, each generated from the model's tables: an output
 * picker (the outputs a seminar asks about first), a lever picker grouped as in the explorer, and
 * a number field that keeps what is typed until it is a valid value, saying what is allowed.
 */
import { useId, useState } from 'react';
import { LEVER_GROUPS, LEVERS, OUTPUT_BY_KEY, OUTPUT_CHOICES, OUTPUTS, type OutputKey } from '../../../models/index';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { i18n } from '../../shared/i18n/i18n';
import { useModelText } from '../../shared/i18n/model-text';

export function outputSpec(key: OutputKey) {
  return OUTPUT_BY_KEY.get(key) ?? OUTPUTS[0];
}

/**
 * What a summary value is, in a few words (see models/summary.ts): flows are totals over the run.
 * In the interface language (the catalogue names a flow's unit without "/month" under
 * `compare:totalUnits`).
 */
export function summaryUnit(spec: { readonly key: string; readonly kind: string; readonly unit: string }): string {
  const unit = i18n.t(`model:outputs.${spec.key}.unit`);
  switch (spec.kind) {
    case 'flow':
      return i18n.t('compare:summaryUnit.flow', { unit: i18n.t(`compare:totalUnits.${spec.unit.replace(/\/month$/, '')}`) });
    case 'rate':
      return i18n.t('compare:summaryUnit.rate');
    case 'price':
      return i18n.t('compare:summaryUnit.price', { unit });
    case 'index':
    case 'term':
      return i18n.t('compare:summaryUnit.index', { unit });
    default:
      return i18n.t('compare:summaryUnit.last', { unit });
  }
}

export function leverLabel(key: string): string {
  return i18n.t(`model:levers.${key}.label`);
}

interface SelectProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly testId?: string;
}

export function OutputSelect({ label, value, onChange, testId }: SelectProps<OutputKey>) {
  const mt = useModelText();
  const id = useId();
  return (
    <label className="field-inline" htmlFor={id}>
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as OutputKey)} data-testid={testId}>
        {OUTPUT_CHOICES.map((o) => (
          <option key={o.key} value={o.key}>
            {mt.outputLabel(o.key)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function LeverSelect({ label, value, onChange, testId, allowNone }: SelectProps<string> & { readonly allowNone?: string }) {
  const mt = useModelText();
  const id = useId();
  return (
    <label className="field-inline" htmlFor={id}>
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)} data-testid={testId}>
        {allowNone && <option value="">{allowNone}</option>}
        {LEVER_GROUPS.map((g) => (
          <optgroup key={g.id} label={mt.groupLabel(g.id)}>
            {LEVERS.filter((l) => l.group === g.id).map((l) => (
              <option key={l.key} value={l.key}>
                {mt.leverLabel(l.key)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

interface NumberFieldProps {
  readonly label: string;
  readonly value: number | null;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (seeds, agents); otherwise decimals are allowed. */
  readonly whole?: boolean;
  readonly step?: number;
  readonly onCommit: (value: number | null) => void;
  /** A blank field means "none" (committed as null). */
  readonly optional?: boolean;
  readonly hint?: string;
  readonly testId?: string;
}

const UP_TO_FOUR = { maximumFractionDigits: 4 } as const;

export function NumberField({ label, value, min, max, whole, step, onCommit, optional, hint, testId }: NumberFieldProps) {
  const { t } = useTranslation('compare');
  const id = useId();
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  const [shownValue, setShownValue] = useState(value);
  // A new value from outside (a reset, another control) replaces the draft.
  if (value !== shownValue) {
    setShownValue(value);
    if (draft.trim() === '' ? value !== null : Number(draft) !== value) setDraft(value === null ? '' : String(value));
  }
  const parse = (text: string): { ok: true; value: number | null } | { ok: false } => {
    if (text.trim() === '') return optional ? { ok: true, value: null } : { ok: false };
    const n = Number(text);
    if (!Number.isFinite(n) || n < min || n > max || (whole && !Number.isInteger(n))) return { ok: false };
    return { ok: true, value: n };
  };
  const parsed = parse(draft);
  const range = { min: formatNumber(min, UP_TO_FOUR), max: formatNumber(max, UP_TO_FOUR) };
  const problem = parsed.ok ? null : t(`fields.${whole ? 'whole' : 'number'}${optional ? 'OrBlank' : ''}`, range);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode={whole ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={step ?? (whole ? 1 : 'any')}
        value={draft}
        aria-invalid={!parsed.ok}
        aria-describedby={problem || hint ? `${id}-hint` : undefined}
        data-testid={testId}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const next = parse(text);
          if (next.ok && next.value !== value) {
            setShownValue(next.value);
            onCommit(next.value);
          }
        }}
      />
      {(problem || hint) && (
        <span id={`${id}-hint`} className={problem ? 'field-hint field-problem' : 'field-hint'}>
          {problem ?? hint}
        </span>
      )}
    </div>
  );
}
