/**
 * One of a team's levers: a native range input named by the lever's label, its value, and where
 * it stood before the team decided (marked under the track, as the explorer marks a scenario's
 * value). Used on the facilitator's team panels and on the team's own page.
 */
import { memo, type CSSProperties } from 'react';
import { LEVER_BY_KEY } from '../../../models/index';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { Rich } from '../../shared/i18n/Rich';
import { useModelText } from '../../shared/i18n/model-text';

interface TeamLeverProps {
  readonly lever: string;
  readonly value: number;
  readonly before: number;
  /** Unique per page (two teams may share a lever). */
  readonly idPrefix: string;
  readonly onChange: (lever: string, value: number) => void;
  readonly disabled?: boolean;
}

const two = (x: number) => formatNumber(x, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const TeamLever = memo(function TeamLever({ lever, value, before, idPrefix, onChange, disabled }: TeamLeverProps) {
  const { t } = useTranslation('seminar');
  const mt = useModelText();
  const spec = LEVER_BY_KEY.get(lever);
  if (!spec) return null;
  const id = `${idPrefix}-${lever.replace(/\W/g, '-')}`;
  const moved = Math.abs(value - before) > 1e-9;
  const startAt = { '--start': (before - spec.min) / (spec.max - spec.min) } as CSSProperties;
  return (
    <div className={moved ? 'lever lever-changed' : 'lever'}>
      <div className="lever-head">
        <label htmlFor={id}>{mt.leverLabel(lever)}</label>
        <output htmlFor={id} className="lever-value">
          {two(value)}
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
          disabled={disabled}
          data-lever={lever}
          aria-valuetext={t('lever.valueText', { value: two(value), before: two(before) })}
          onChange={(e) => onChange(lever, e.currentTarget.valueAsNumber)}
        />
        <span className="lever-start" aria-hidden="true" />
      </div>
      <p className="lever-foot team-lever-foot">
        <span>{moved ? t('lever.moved', { before: two(before), change: `${value > before ? '+' : '−'}${two(Math.abs(value - before))}` }) : t('lever.unchanged')}</span>
      </p>
    </div>
  );
});

/** How much of the round's budget a decision uses, as a bar and in words. */
export function BudgetMeter({ spent, budget }: { readonly spent: number; readonly budget: number }) {
  const { t } = useTranslation('seminar');
  const over = spent > budget + 1e-9;
  const share = budget > 0 ? Math.min(1, spent / budget) : spent > 0 ? 1 : 0;
  return (
    <div className={over ? 'budget budget-over' : 'budget'} data-testid="budget" data-spent={spent}>
      <span className="budget-text">
        <Rich text={t('lever.budget', { budget: two(budget) })} parts={{ spent: <strong>{two(spent)}</strong> }} />
        {over && ` — ${t('lever.overBudget')}`}
      </span>
      <span className="budget-bar" aria-hidden="true">
        <span style={{ width: `${share * 100}%` }} />
      </span>
    </div>
  );
}

/** Sum of |value − before| over the levers moved: what checkDecision counts against the budget. */
export function budgetSpent(values: Readonly<Record<string, number>>, before: Readonly<Record<string, number>>): number {
  return Object.entries(values).reduce((s, [k, v]) => s + Math.abs(v - (before[k] ?? v)), 0);
}

/** Only the levers that moved (what is stored as the decision). */
export function movedOnly(values: Readonly<Record<string, number>>, before: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).filter(([k, v]) => Math.abs(v - (before[k] ?? v)) > 1e-9));
}
