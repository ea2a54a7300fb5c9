/**
 * The lever panel, generated from the model's parameter table and its groups (LEVER_GROUPS):
 * nothing about a lever is declared here. Layout only: in two groups, one lever scales the
 * others (the overall insecurity level, the enforcement intensity), so it comes first and the
 * rest follow under a subheading; the seven insecurity dimensions are folded away until needed.
 */
import { memo } from 'react';
import { LEVER_GROUPS, LEVERS, type ParamSpec } from '../../../../models/index';
import type { LeverChange } from '../../../shared/settings/run-input';
import { LeverControl } from './LeverControl';
import { useTranslation } from 'react-i18next';
import { useModelText } from '../../../shared/i18n/model-text';

/** Layout of groups led by a scaling lever. */
const LED_GROUPS: Readonly<Record<string, { lead: string; rest: string; folded: boolean }>> = {
  insecurity: { lead: 'insecurity.level', rest: 'levers.insecurityRest', folded: true },
  enforcement: { lead: 'enforcement.intensity', rest: 'levers.enforcementRest', folded: false },
};

interface LeverPanelProps {
  readonly values: Readonly<Record<string, number>>;
  readonly starts: Readonly<Record<string, number>>;
  readonly overrides: Readonly<Record<string, number>>;
  readonly timeline: ReadonlyMap<string, readonly LeverChange[]>;
  readonly onChange: (key: string, value: number) => void;
  readonly onReset: (key: string) => void;
  readonly onResetAll: () => void;
}

export const LeverPanel = memo(function LeverPanel({ values, starts, overrides, timeline, onChange, onReset, onResetAll }: LeverPanelProps) {
  const { t } = useTranslation('explore');
  const mt = useModelText();
  const isChanged = (key: string) => Object.prototype.hasOwnProperty.call(overrides, key);
  const changedCount = LEVERS.filter((l) => isChanged(l.key)).length;
  const control = (spec: ParamSpec) => (
    <LeverControl
      key={spec.key}
      spec={spec}
      value={values[spec.key]}
      start={starts[spec.key] ?? spec.defaultValue}
      changed={isChanged(spec.key)}
      changes={timeline.get(spec.key)}
      onChange={onChange}
      onReset={onReset}
    />
  );

  return (
    <section className="lever-panel" aria-labelledby="levers-title">
      <div className="panel-head">
        <h2 id="levers-title">{t('levers.title')}</h2>
        {changedCount > 0 && (
          <button type="button" className="small-button" onClick={onResetAll} data-testid="reset-all">
            {t('levers.resetAll', { count: changedCount })}
          </button>
        )}
      </div>
      <p className="panel-hint">{t('levers.hint')}</p>
      {LEVER_GROUPS.map((group) => {
        const specs = LEVERS.filter((l) => l.group === group.id);
        if (specs.length === 0) return null;
        const changedHere = specs.filter((l) => isChanged(l.key)).length;
        const led = LED_GROUPS[group.id];
        const lead = led ? specs.find((l) => l.key === led.lead) : undefined;
        const rest = lead ? specs.filter((l) => l !== lead) : specs;
        return (
          <details key={group.id} className="lever-group" open data-group={group.id}>
            <summary>
              {mt.groupLabel(group.id)}
              {changedHere > 0 && <span className="changed-count"> · {t('levers.changedHere', { count: changedHere })}</span>}
            </summary>
            {lead && control(lead)}
            {lead && led && rest.length > 0 ? (
              <details className="lever-subgroup" open={!led.folded || rest.some((l) => isChanged(l.key))}>
                <summary>{t(led.rest)}</summary>
                {rest.map(control)}
              </details>
            ) : (
              rest.map(control)
            )}
          </details>
        );
      })}
    </section>
  );
});
