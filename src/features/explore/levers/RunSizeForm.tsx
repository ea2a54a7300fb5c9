/**
 * The form inside "Advanced settings" (AdvancedSettings.tsx, a chunk of its own loaded when the
 * fold first opens): the seed (which run of chance), the number of agents, the number of months,
 * and how many seeds the headline is refined over (one turns the background runs off:
 * shared/settings/spread-seeds.ts). Applied together with a button, so that typing a number does
 * not start a run at every keystroke. Limits are those the link decoder enforces.
 */
import { useState, type FormEvent } from 'react';
import { RUN_LIMITS, type WholeNumberLimit } from '../../../shared/settings/settings';
import { isSpreadSeeds, SPREAD_SEED_CHOICES, type SpreadSeeds } from '../../../shared/settings/spread-seeds';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';


interface RunSize {
  readonly seed: number;
  readonly agents: number;
  readonly months: number;
  /** Seeds the headline is refined over. */
  readonly spreadSeeds: SpreadSeeds;
}

type NumberField = 'seed' | 'agents' | 'months';
/** Each field's label and hint are the catalogue's `advanced.<key>` and `advanced.<key>Hint`. */
const FIELDS: readonly NumberField[] = ['seed', 'agents', 'months'];

function problemWith(t: TFunction, text: string, limit: WholeNumberLimit): string | null {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < limit.min || value > limit.max) {
    return t('advanced.problem', { min: limit.min, max: limit.max });
  }
  return null;
}

export interface AdvancedSettingsProps {
  readonly size: RunSize;
  readonly onApply: (size: RunSize) => void;
}

export default function RunSizeForm({ size, onApply }: AdvancedSettingsProps) {
  const [draft, setDraft] = useState<Record<NumberField, string>>({ seed: String(size.seed), agents: String(size.agents), months: String(size.months) });
  const [spreadSeeds, setSpreadSeeds] = useState<SpreadSeeds>(size.spreadSeeds);
  const { t } = useTranslation('explore');
  const problems = Object.fromEntries(FIELDS.map((f) => [f, problemWith(t, draft[f], RUN_LIMITS[f])])) as Record<NumberField, string | null>;
  const valid = FIELDS.every((f) => problems[f] === null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) onApply({ seed: Number(draft.seed), agents: Number(draft.agents), months: Number(draft.months), spreadSeeds });
  };

  return (
    <form onSubmit={submit} noValidate>
      {FIELDS.map((f) => (
        <div key={f} className="field">
          <label htmlFor={`run-${f}`}>{t(`advanced.${f}`)}</label>
          <input
            id={`run-${f}`}
            type="number"
            inputMode="numeric"
            min={RUN_LIMITS[f].min}
            max={RUN_LIMITS[f].max}
            step={1}
            value={draft[f]}
            aria-invalid={problems[f] !== null}
            aria-describedby={`run-${f}-hint`}
            onChange={(e) => setDraft({ ...draft, [f]: e.currentTarget.value })}
          />
          <span id={`run-${f}-hint`} className={problems[f] ? 'field-hint field-problem' : 'field-hint'}>
            {problems[f] ?? t(`advanced.${f}Hint`)}
          </span>
        </div>
      ))}
      <div className="field">
        <label htmlFor="run-spread-seeds">{t('advanced.spreadSeeds')}</label>
        <select
          id="run-spread-seeds"
          value={spreadSeeds}
          aria-describedby="run-spread-seeds-hint"
          onChange={(e) => {
            const value = Number(e.currentTarget.value);
            if (isSpreadSeeds(value)) setSpreadSeeds(value);
          }}
        >
          {SPREAD_SEED_CHOICES.map((n) => (
            <option key={n} value={n}>
              {n === 1 ? t('advanced.spreadSeedsOff') : t('advanced.spreadSeedsOption', { n })}
            </option>
          ))}
        </select>
        <span id="run-spread-seeds-hint" className="field-hint">
          {t('advanced.spreadSeedsHint')}
        </span>
      </div>
      <button type="submit" className="small-button" disabled={!valid}>
        {t('advanced.apply')}
      </button>
    </form>
  );
}
