/**
 * "What counts as security?": a slider per term of each index and a list of presets (the
 * model's defaults, people first, borders first, each reading of State security). Moving a weight
 * changes no run: the indices are recomputed from the terms the run already holds, so the plane
 * and the figures follow at once. Each slider shows the term's share of its index (weights are
 * relative). The explorer keeps the weights in its settings; Compare and the seminar reuse this.
 */
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexWeights } from '../../../models/index';
import { HUMAN_TERMS, presetOf, STATE_TERMS, termWeight, WEIGHT_MAX, WEIGHT_PRESET_IDS, WEIGHT_PRESETS, withTermWeight, type WeightPresetId } from '../../../scenarios/index-weights';
import { formatNumber, formatPercent } from '../format';
import './weights.css';

/** Slider steps: a hundredth of the largest weight is as fine as a hand on a phone can set. */
const WEIGHT_STEP = 0.01;
const CUSTOM = 'custom';
const TWO_DECIMALS = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

interface WeightsPanelProps {
  readonly weights: IndexWeights;
  readonly onChange: (weights: IndexWeights) => void;
  /** Open on first show (the explorer keeps it folded under the plane). */
  readonly open?: boolean;
  readonly testId?: string;
  /** Where the weights are kept, said under the sliders (the explorer: link, autosave, file). */
  readonly keptNote?: boolean;
}

function TermSlider({ term, weights, total, onChange }: { readonly term: string; readonly weights: IndexWeights; readonly total: number; readonly onChange: (w: IndexWeights) => void }) {
  const { t } = useTranslation();
  const id = `${useId()}-${term}`;
  const w = termWeight(weights, term);
  const shown = formatNumber(w, TWO_DECIMALS);
  const share = formatPercent(total > 0 ? w / total : 0, 0);
  return (
    <div className="weight">
      <div className="weight-head">
        <label htmlFor={id}>{t(`weights.terms.${term}`)}</label>
        <output htmlFor={id} className="weight-value">
          {shown}
        </output>
      </div>
      <input
        type="range"
        id={id}
        min={0}
        max={WEIGHT_MAX}
        step={WEIGHT_STEP}
        value={w}
        data-weight={term}
        aria-valuetext={`${shown}, ${t('weights.share', { share })}`}
        onChange={(e) => {
          const next = withTermWeight(weights, term, e.currentTarget.valueAsNumber);
          // An index needs one positive weight: the last one cannot be taken to 0.
          if (Object.values(term in weights.human ? next.human : next.state).some((v) => v > 0)) onChange(next);
        }}
      />
      <span className="weight-share">{t('weights.share', { share })}</span>
    </div>
  );
}

export const WeightsPanel = memo(function WeightsPanel({ weights, onChange, open, testId = 'weights-panel', keptNote }: WeightsPanelProps) {
  const { t } = useTranslation();
  const presetId = useId();
  const preset = presetOf(weights);
  const sum = (w: Readonly<Record<string, number>>) => Object.values(w).reduce((s, v) => s + v, 0);
  const groups = [
    { index: 'human', terms: HUMAN_TERMS as readonly string[], total: sum(weights.human) },
    { index: 'state', terms: STATE_TERMS as readonly string[], total: sum(weights.state) },
  ] as const;
  return (
    <details className="weights-panel" data-testid={testId} data-preset={preset ?? CUSTOM} open={open}>
      <summary>{t('weights.title')}</summary>
      <p className="weights-intro">{t('weights.intro')}</p>
      <div className="weights-presets">
        <label htmlFor={presetId}>{t('weights.presetLabel')}</label>
        <select
          id={presetId}
          data-testid="weights-preset"
          value={preset ?? CUSTOM}
          onChange={(e) => {
            const id = e.currentTarget.value as WeightPresetId | typeof CUSTOM;
            if (id !== CUSTOM) onChange(WEIGHT_PRESETS[id]);
          }}
        >
          {WEIGHT_PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`weights.presets.${id}`)}
            </option>
          ))}
          {!preset && (
            <option value={CUSTOM} disabled>
              {t('weights.presets.custom')}
            </option>
          )}
        </select>
        {preset !== 'defaults' && (
          <button type="button" className="weights-reset" onClick={() => onChange(WEIGHT_PRESETS.defaults)}>
            {t('weights.reset')}
          </button>
        )}
      </div>
      <div className="weights-groups">
        {groups.map((g) => (
          <fieldset key={g.index} className="weights-group">
            <legend>{t(`weights.heading.${g.index}`)}</legend>
            {g.terms.map((term) => (
              <TermSlider key={term} term={term} weights={weights} total={g.total} onChange={onChange} />
            ))}
          </fieldset>
        ))}
      </div>
      {keptNote && <p className="weights-kept">{t('weights.kept')}</p>}
    </details>
  );
});
