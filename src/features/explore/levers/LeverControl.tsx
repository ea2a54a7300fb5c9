/**
 * One lever: a native range input named by the lever's label, its value and unit, a mark at the
 * scenario's value, a reset button once it has moved, and its explanation and source on demand.
 * Everything shown comes from the lever's declaration in the model (ParamSpec).
 */
import { memo, useState, type CSSProperties } from 'react';
import type { ParamSpec } from '../../../../models/index';
import type { LeverChange } from '../../../shared/settings/run-input';
import { stepDecimals } from '../../../shared/settings/settings';

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

/** "0.90 from month 13 (Enforcement surge)", months counted from 1 for people. */
function describeChanges(changes: readonly LeverChange[], decimals: number): string {
  return changes
    .map((c) => {
      const when = c.toMonth === undefined ? `from month ${c.fromMonth + 1}` : `in months ${c.fromMonth + 1}–${c.toMonth}`;
      return `${c.value.toFixed(decimals)} ${when}${c.note ? ` (${c.note})` : ''}`;
    })
    .join(', then ');
}

export const LeverControl = memo(function LeverControl({ spec, value, start, changed, changes, onChange, onReset }: LeverControlProps) {
  const [open, setOpen] = useState(false);
  const id = `lever-${spec.key.replace(/\W/g, '-')}`;
  const decimals = stepDecimals(spec.step);
  const shown = value.toFixed(decimals);
  const startShown = start.toFixed(decimals);
  const startAt = { '--start': (start - spec.min) / (spec.max - spec.min) } as CSSProperties;

  return (
    <div className={changed ? 'lever lever-changed' : 'lever'}>
      <div className="lever-head">
        <label htmlFor={id}>{spec.label}</label>
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
          aria-valuetext={`${shown} (${spec.unit})`}
          aria-describedby={`${id}-unit`}
          onChange={(e) => onChange(spec.key, e.currentTarget.valueAsNumber)}
        />
        <span className="lever-start" aria-hidden="true" />
      </div>
      <div className="lever-foot">
        <span id={`${id}-unit`} className="lever-unit">
          {spec.unit}
          {changed && ` · scenario: ${startShown}`}
        </span>
        <span className="lever-actions">
          {changed && (
            <button type="button" className="link-button" onClick={() => onReset(spec.key)} aria-label={`Reset ${spec.label} to the scenario’s value, ${startShown}`}>
              Reset
            </button>
          )}
          <button type="button" className="link-button" aria-expanded={open} aria-controls={`${id}-doc`} onClick={() => setOpen((o) => !o)}>
            About<span className="visually-hidden"> {spec.label}</span>
          </button>
        </span>
      </div>
      {changes && changes.length > 0 && (
        <p className={changed ? 'lever-timeline lever-timeline-off' : 'lever-timeline'} data-testid={changed ? 'lever-overrides-timeline' : undefined}>
          {changed ? (
            <>
              Your value overrides {changes.length === 1 ? 'the timeline’s change' : `the timeline’s ${changes.length} changes`} to this lever for the whole run (
              {describeChanges(changes, decimals)}). Reset brings {changes.length === 1 ? 'it' : 'them'} back.
            </>
          ) : (
            <>
              The timeline sets it to {describeChanges(changes, decimals)}. Moving the slider fixes your value for the whole run and sets{' '}
              {changes.length === 1 ? 'that change' : `those ${changes.length} changes`} aside.
            </>
          )}
        </p>
      )}
      <div id={`${id}-doc`} className="lever-doc" hidden={!open}>
        <p>{spec.doc}</p>
        <p>
          <strong>Source:</strong> {spec.source}
        </p>
      </div>
    </div>
  );
});
