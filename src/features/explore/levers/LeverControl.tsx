/**
 * One lever: a native range input named by the lever's label, its value and unit, a mark at the
 * scenario's value, a reset button once it has moved, and its explanation and source on demand.
 * Everything shown comes from the lever's declaration in the model (ParamSpec).
 */
import { memo, startTransition, useOptimistic, useState, type CSSProperties } from 'react';
import type { ParamSpec, RouteId } from '../../../../models/index';
import type { LeverChange } from '../../../shared/settings/run-input';
import { stepDecimals } from '../../../shared/settings/settings';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format';
import { useModelText } from '../../../shared/i18n/model-text';
import { loadLaterPart } from '../../../shared/i18n/i18n';

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
  /** Routes this lever can be aimed at in the scenario (none: it acts on every route at once). */
  readonly aimRoutes?: readonly RouteId[];
  /** The route the lever is aimed at, if any. */
  readonly aim?: RouteId;
  readonly onAim?: (key: string, route: RouteId | undefined) => void;
}

const fixed = (value: number, decimals: number) => formatNumber(value, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** "0.90 from month 13 (Enforcement surge)", months counted from 1 for people. */
function describeChanges(t: TFunction, changes: readonly LeverChange[], decimals: number, routeLabel: (id: string) => string): string {
  return changes
    .map((c) => {
      const value = c.route === undefined ? fixed(c.value, decimals) : t('lever.onRoute', { value: fixed(c.value, decimals), route: routeLabel(c.route) });
      const when = c.toMonth === undefined ? t('lever.fromMonth', { month: c.fromMonth + 1 }) : t('lever.inMonths', { from: c.fromMonth + 1, to: c.toMonth });
      return c.note ? t('lever.changeWithNote', { value, when, note: c.note }) : t('lever.change', { value, when });
    })
    .join(t('lever.then'));
}

export const LeverControl = memo(function LeverControl({ spec, value: settingsValue, start, changed, changes, onChange, onReset, aimRoutes, aim, onAim }: LeverControlProps) {
  const { t } = useTranslation('explore');
  const mt = useModelText();
  const [open, setOpen] = useState(false);
  // The explanation is among the model's later words (src/shared/i18n/catalogue-parts.ts): loaded before it shows.
  const toggleDoc = () => {
    if (open) setOpen(false);
    else void loadLaterPart('model').finally(() => setOpen(true));
  };
  // The slider and its figure follow the hand at once; the rest of the page (settings, link, runs,
  // charts) follows in a transition, which React renders in slices that let the next movement in:
  // no long task between two movements of a drag. The figure shown is the settings' once it lands.
  const [value, setShownValue] = useOptimistic(settingsValue);
  const move = (next: number) =>
    startTransition(() => {
      setShownValue(next);
      onChange(spec.key, next);
    });
  const id = `lever-${spec.key.replace(/\W/g, '-')}`;
  const decimals = stepDecimals(spec.step);
  const shown = fixed(value, decimals);
  const startShown = fixed(start, decimals);
  const label = mt.leverLabel(spec.key);
  const unit = mt.leverUnit(spec.key);
  const startAt = { '--start': (start - spec.min) / (spec.max - spec.min) } as CSSProperties;

  return (
    <div className={changed ? 'lever lever-changed' : 'lever'} data-aim={aim}>
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
          onChange={(e) => move(e.currentTarget.valueAsNumber)}
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
          <button type="button" className="link-button" aria-expanded={open} aria-controls={`${id}-doc`} onClick={toggleDoc}>
            {t('lever.about')}
            <span className="visually-hidden"> {label}</span>
          </button>
        </span>
      </div>
      {aimRoutes && aimRoutes.length > 0 && onAim && (
        <div className="lever-aim">
          <label htmlFor={`${id}-aim`}>{t('lever.aimAt')}</label>
          <select
            id={`${id}-aim`}
            value={aim ?? ''}
            data-aim-lever={spec.key}
            aria-label={t('lever.aimLabel', { label })}
            onChange={(e) => onAim(spec.key, (e.currentTarget.value || undefined) as RouteId | undefined)}
          >
            <option value="">{t('lever.allRoutes')}</option>
            {aimRoutes.map((id) => (
              <option key={id} value={id}>
                {mt.routeLabel(id)}
              </option>
            ))}
          </select>
        </div>
      )}
      {aim && (
        <p className="lever-aimed" data-testid="lever-aimed">
          {t('lever.aimedNote', { value: shown, route: mt.routeLabel(aim) })}
        </p>
      )}
      {changes && changes.length > 0 && (
        <p className={changed ? 'lever-timeline lever-timeline-off' : 'lever-timeline'} data-testid={changed ? 'lever-overrides-timeline' : undefined}>
          {changed ? (
            t('lever.overrides', { count: changes.length, changes: describeChanges(t, changes, decimals, mt.routeLabel) })
          ) : (
            t('lever.timelineSets', { count: changes.length, changes: describeChanges(t, changes, decimals, mt.routeLabel) })
          )}
        </p>
      )}
      <div id={`${id}-doc`} className="lever-doc" hidden={!open}>
        {open && <p>{mt.leverDoc(spec.key)}</p>}
        <p>
          <strong>{t('lever.source')}</strong> <span lang="en">{spec.source}</span>
        </p>
      </div>
    </div>
  );
});
