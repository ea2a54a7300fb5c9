/**
 * A team's prediction before the reveal: one output and its value for the round, in the round's
 * units (per year for flows, averages for the rest). The value is kept as typed; only a number
 * is saved.
 */
import { useState } from 'react';
import { PREDICTION_OUTPUTS, outputLabel, parsePredictionValue, roundUnit } from './session/figures';
import type { Prediction } from './session/session';
import { useTranslation } from 'react-i18next';
import { predictionRange, withinRange } from './session/prediction-range';
import { formatNumber } from '../../shared/format';

interface PredictionInputProps {
  readonly idPrefix: string;
  readonly prediction: Prediction | undefined;
  readonly onChange: (prediction: Prediction) => void;
  /** The previous round's figure of each output, for scale. */
  readonly previous?: (output: string) => string | null;
}

export function PredictionInput({ idPrefix, prediction, onChange, previous }: PredictionInputProps) {
  const { t } = useTranslation('seminar');
  const seen = JSON.stringify(prediction ?? null);
  const [form, setForm] = useState(() => ({ seen, output: prediction?.output ?? PREDICTION_OUTPUTS[0], text: prediction ? String(prediction.value) : '' }));
  // A prediction set elsewhere (a decision code pasted): show it, unless it is what is being typed.
  if (form.seen !== seen) {
    const same = prediction && prediction.output === form.output && parsePredictionValue(form.text) === prediction.value;
    setForm(same || !prediction ? { ...form, seen } : { seen, output: prediction.output, text: String(prediction.value) });
  }
  const { output, text } = form;
  const setOutput = (o: string) => setForm((f) => ({ ...f, output: o }));
  const setText = (typed: string) => setForm((f) => ({ ...f, text: typed }));
  const value = parsePredictionValue(text);
  const range = predictionRange(output);
  const outOfRange = value !== null && !withinRange(output, value);
  const invalid = text.trim() !== '' && (value === null || outOfRange);
  const hint = previous?.(output);
  const commit = (o: string, typed: string) => {
    const v = parsePredictionValue(typed);
    if (v !== null && withinRange(o, v)) onChange({ output: o, value: v });
  };
  return (
    <fieldset className="prediction">
      <legend>{t('prediction.legend')}</legend>
      <div className="prediction-row">
        <label htmlFor={`${idPrefix}-pred-output`}>{t('prediction.figure')}</label>
        <select
          id={`${idPrefix}-pred-output`}
          value={output}
          data-testid="prediction-output"
          onChange={(e) => {
            setOutput(e.target.value);
            commit(e.target.value, text);
          }}
        >
          {PREDICTION_OUTPUTS.map((o) => (
            <option key={o} value={o}>
              {outputLabel(o)}
            </option>
          ))}
        </select>
      </div>
      <div className="prediction-row">
        <label htmlFor={`${idPrefix}-pred-value`}>{t('prediction.value')}</label>
        <input
          id={`${idPrefix}-pred-value`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          data-testid="prediction-value"
          aria-invalid={invalid}
          aria-describedby={`${idPrefix}-pred-unit`}
          onChange={(e) => {
            setText(e.target.value);
            commit(output, e.target.value);
          }}
        />
      </div>
      <p id={`${idPrefix}-pred-unit`} className="small">
        {roundUnit(output)}
        {hint ? ` · ${t('prediction.last', { value: hint })}` : ''}
        {invalid && <span className="sem-error"> · {outOfRange && range ? t('prediction.outOfRange', { min: formatNumber(range.min), max: formatNumber(range.max) }) : t('prediction.invalid')}</span>}
        {prediction && !invalid && <span> · {t('prediction.saved')}</span>}
      </p>
    </fieldset>
  );
}
