/**
 * One lever: a native range input named by the lever's label, its value and unit, a mark at the
 * scenario's value, a reset button once it has moved, and its explanation and source on demand.
 * Everything shown comes from the lever's declaration in the model (ParamSpec).
 */
import { memo, useState, type CSSProperties } from 'react';
import type { ParamSpec } from '../../../../models/index';
import type { LeverChange } from '../../../shared/settings/run-input';
import { stepDecimals } from '../../../shared/settings/settings';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format';
import { useModelText } from '../../../shared/i18n/model-text';

interface LeverControlProps {
  readonly spec: ParamSpec;
  readonly value: number;
  /** The scenario's value at month 0. */
  readonly start: number;
  readonly changed: boolean;
  /** Changes the timeline makes to this lever during the run (moving it fixes it for the whole run). */
  readonly changes?: readonly LeverChange[];
  readonly onChange: (key: string, value: number) => void;
  readonly onReset: (key: string) => void;
}

const fixed = (value: number, decimals: number) => formatNumber(value, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** "0.90 from month 13 (Enforcement surge)", months counted from 1 for people. */
function describeChanges(t: TFunction, changes: readonly LeverChange[], decimals: number): string {
  return changes
    .map((c) => {
      const value = fixed(c.value, decimals);
      const when = c.toMonth === undefined ? t('lever.fromMonth', { month: c.fromMonth + 1 }) : t('lever.inMonths', { from: c.fromMonth + 1, to: c.toMonth });
      return c.note ? t('lever.changeWithNote', { value, when, note: c.note }) : t('lever.change', { value, when });
    })
    .join(t('lever.then'));
}

export const LeverControl = memo(function LeverControl({ spec, value, start, changed, changes, onChange, onReset }: LeverControlProps) {
  const { t } = useTranslation('explore');
  const mt = useModelText();
  const [open, setOpen] = useState(false);
  const id = `lever-${spec.key.replace(/\W/g, '-')}`;
  const decimals = stepDecimals(spec.step);
  const shown = fixed(value, decimals);
  const startShown = fixed(start, decimals);
  const label = mt.leverLabel(spec.key);
  const unit = mt.leverUnit(spec.key);
  const startAt = { '--start': (start - spec.min) / (spec.max - spec.min) } as CSSProperties;

  return (
    <div className={changed ? 'lever lever-changed' : 'lever'}>
      <div className="lever-head">
        <label htmlFor={id}>{label}</label>
        <output htmlFor={id} className="lever-value">
          {shown}
        </output>
      </div>
      <div className="lever-track" style={startAt}>
        <input
          type="range"
          id={id}
          min={spec.min}
          max={spec.max}
          step={spec.step}
          value={value}
          data-lever={spec.key}
          aria-valuetext={t('lever.valueText', { value: shown, unit })}
          aria-describedby={`${id}-unit`}
          onChange={(e) => onChange(spec.key, e.currentTarget.valueAsNumber)}
        />
        <span className="lever-start" aria-hidden="true" />
      </div>
      <div className="lever-foot">
        <span id={`${id}-unit`} className="lever-unit">
          {unit}
          {changed && ` · ${t('lever.scenarioValue', { value: startShown })}`}
        </span>
        <span className="lever-actions">
          {changed && (
            <button type="button" className="link-button" onClick={() => onReset(spec.key)} aria-label={t('lever.resetLabel', { label, value: startShown })}>
              {t('lever.reset')}
            </button>
          )}
          <button type="button" className="link-button" aria-expanded={open} aria-controls={`${id}-doc`} onClick={() => setOpen((o) => !o)}>
            {t('lever.about')}
            <span className="visually-hidden"> {label}</span>
          </button>
        </span>
      </div>
      {changes && changes.length > 0 && (
        <p className={changed ? 'lever-timeline lever-timeline-off' : 'lever-timeline'} data-testid={changed ? 'lever-overrides-timeline' : undefined}>
          {changed ? (
            t('lever.overrides', { count: changes.length, changes: describeChanges(t, changes, decimals) })
          ) : (
            t('lever.timelineSets', { count: changes.length, changes: describeChanges(t, changes, decimals) })
          )}
        </p>
      )}
      <div id={`${id}-doc`} className="lever-doc" hidden={!open}>
        <p>{mt.leverDoc(spec.key)}</p>
        <p>
          <strong>{t('lever.source')}</strong> <span lang="en">{spec.source}</span>
        </p>
      </div>
    </div>
  );
});
