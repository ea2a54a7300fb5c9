/**
 * Advanced settings, folded away: the seed (which run of chance), the number of agents and the
 * number of months. Applied together with a button, so that typing a number does not start a
 * run at every keystroke. Limits are those the link decoder enforces.
 */
import { useState, type FormEvent } from 'react';
import { RUN_LIMITS, type WholeNumberLimit } from '../../../shared/settings/settings';

const grouped = new Intl.NumberFormat('en-GB');

interface RunSize {
  readonly seed: number;
  readonly agents: number;
  readonly months: number;
}

const FIELDS: readonly { key: keyof RunSize; label: string; hint: string }[] = [
  { key: 'seed', label: 'Seed', hint: 'Which run of chance: the same seed always gives the same figures.' },
  { key: 'agents', label: 'Number of agents', hint: 'More agents give smoother figures but slower runs. They always stand for the same population.' },
  { key: 'months', label: 'Months to simulate', hint: 'The length of the run.' },
];

function problemWith(text: string, limit: WholeNumberLimit): string | null {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < limit.min || value > limit.max) {
    return `Enter a whole number from ${grouped.format(limit.min)} to ${grouped.format(limit.max)}.`;
  }
  return null;
}

interface AdvancedSettingsProps {
  readonly size: RunSize;
  readonly onApply: (size: RunSize) => void;
}

/** The fold stays open across runs; the form inside starts afresh from the settings in force. */
export function AdvancedSettings({ size, onApply }: AdvancedSettingsProps) {
  return (
    <details className="advanced" data-testid="advanced-settings">
      <summary>Advanced settings: seed, agents, months</summary>
      <RunSizeForm key={`${size.seed}-${size.agents}-${size.months}`} size={size} onApply={onApply} />
    </details>
  );
}

function RunSizeForm({ size, onApply }: AdvancedSettingsProps) {
  const [draft, setDraft] = useState<Record<keyof RunSize, string>>({ seed: String(size.seed), agents: String(size.agents), months: String(size.months) });
  const problems = Object.fromEntries(FIELDS.map((f) => [f.key, problemWith(draft[f.key], RUN_LIMITS[f.key])])) as Record<keyof RunSize, string | null>;
  const valid = FIELDS.every((f) => problems[f.key] === null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) onApply({ seed: Number(draft.seed), agents: Number(draft.agents), months: Number(draft.months) });
  };

  return (
    <form onSubmit={submit} noValidate>
      {FIELDS.map((f) => (
        <div key={f.key} className="field">
          <label htmlFor={`run-${f.key}`}>{f.label}</label>
          <input
            id={`run-${f.key}`}
            type="number"
            inputMode="numeric"
            min={RUN_LIMITS[f.key].min}
            max={RUN_LIMITS[f.key].max}
            step={1}
            value={draft[f.key]}
            aria-invalid={problems[f.key] !== null}
            aria-describedby={`run-${f.key}-hint`}
            onChange={(e) => setDraft({ ...draft, [f.key]: e.currentTarget.value })}
          />
          <span id={`run-${f.key}-hint`} className={problems[f.key] ? 'field-hint field-problem' : 'field-hint'}>
            {problems[f.key] ?? f.hint}
          </span>
        </div>
      ))}
      <button type="submit" className="small-button" disabled={!valid}>
        Run with these settings
      </button>
    </form>
  );
}
