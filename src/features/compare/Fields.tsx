/**
 * Small form controls of the compare view, each generated from the model's tables: an output
 * picker (the outputs a seminar asks about first), a lever picker grouped as in the explorer, and
 * a number field that keeps what is typed until it is a valid value, saying what is allowed.
 */
import { useId, useState } from 'react';
import { LEVER_GROUPS, LEVERS, OUTPUT_BY_KEY, OUTPUT_CHOICES, OUTPUTS, type OutputKey } from '../../../models/index';

export function outputSpec(key: OutputKey) {
  return OUTPUT_BY_KEY.get(key) ?? OUTPUTS[0];
}

/** What a summary value is, in a few words (see models/summary.ts): flows are totals over the run. */
export function summaryUnit(spec: { readonly kind: string; readonly unit: string }): string {
  switch (spec.kind) {
    case 'flow':
      return `${spec.unit.replace(/\/month$/, '')}, total over the run`;
    case 'rate':
      return 'share of all journeys';
    case 'price':
      return `${spec.unit} per hire`;
    case 'index':
      return `${spec.unit}, monthly average`;
    default:
      return `${spec.unit}, in the last month`;
  }
}

export function leverLabel(key: string): string {
  return LEVERS.find((l) => l.key === key)?.label ?? key;
}

interface SelectProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly testId?: string;
}

export function OutputSelect({ label, value, onChange, testId }: SelectProps<OutputKey>) {
  const id = useId();
  return (
    <label className="field-inline" htmlFor={id}>
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as OutputKey)} data-testid={testId}>
        {OUTPUT_CHOICES.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function LeverSelect({ label, value, onChange, testId, allowNone }: SelectProps<string> & { readonly allowNone?: string }) {
  const id = useId();
  return (
    <label className="field-inline" htmlFor={id}>
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)} data-testid={testId}>
        {allowNone && <option value="">{allowNone}</option>}
        {LEVER_GROUPS.map((g) => (
          <optgroup key={g.id} label={g.label}>
            {LEVERS.filter((l) => l.group === g.id).map((l) => (
              <option key={l.key} value={l.key}>
                {l.label}
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

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

export function NumberField({ label, value, min, max, whole, step, onCommit, optional, hint, testId }: NumberFieldProps) {
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
  const problem = parsed.ok ? null : `${whole ? 'A whole number' : 'A number'} from ${grouped.format(min)} to ${grouped.format(max)}${optional ? ', or blank' : ''}.`;
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
