/**
 * Number formatting for display. The model's raw numbers stay untouched (they are also written to
 * data-value attributes); only what people read is rounded here, according to the output's kind.
 */
import type { OutputSpec } from '../../models/index';

const LOCALE = 'en-GB';

const wholeNumber = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });
const usd = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 });
const usdCompact = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol', notation: 'compact', maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat(LOCALE, { notation: 'compact', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const changePercent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });

export function formatCount(value: number): string {
  return wholeNumber.format(value);
}

/** Short form for axis ticks: 36,000 → "36K". */
export function formatCompact(value: number): string {
  return compact.format(value);
}

export function formatOutput(spec: Pick<OutputSpec, 'kind' | 'unit'>, value: number): string {
  if (!Number.isFinite(value)) return '–';
  switch (spec.kind) {
    case 'flow':
    case 'stock':
      return spec.unit.startsWith('USD') ? usdCompact.format(value) : wholeNumber.format(value);
    case 'rate':
      return percent.format(value);
    case 'price':
      return usd.format(value);
    case 'index':
      return oneDecimal.format(value);
    case 'level':
      return spec.unit.startsWith('people') ? wholeNumber.format(value) : decimal.format(value);
  }
}

/** Short form for chart axes, by kind. */
export function formatAxis(spec: Pick<OutputSpec, 'kind' | 'unit'>, value: number): string {
  if (spec.kind === 'rate') return `${decimal.format(value * 100)}%`;
  if (spec.kind === 'price' || spec.unit.startsWith('USD')) return usdCompact.format(value);
  if (spec.kind === 'level' && !spec.unit.startsWith('people')) return decimal.format(value);
  return compact.format(value);
}

export type ChangeDirection = 'up' | 'down' | 'same' | 'unknown';

export interface Change {
  readonly direction: ChangeDirection;
  /** "+12.5%", "−3%", "no change", "up from 0". */
  readonly text: string;
}

/** How a figure compares with its baseline, as a relative change. */
export function describeChange(value: number, baseline: number | undefined): Change {
  if (baseline === undefined || !Number.isFinite(value) || !Number.isFinite(baseline)) return { direction: 'unknown', text: '' };
  if (value === baseline) return { direction: 'same', text: 'no change' };
  if (baseline === 0) return { direction: value > 0 ? 'up' : 'down', text: value > 0 ? 'up from 0' : 'down from 0' };
  const relative = (value - baseline) / Math.abs(baseline);
  const text = changePercent.format(relative).replace('-', '−');
  if (text === '+0%' || text === '−0%' || text === '0%') return { direction: value > baseline ? 'up' : 'down', text: value > baseline ? '+<0.1%' : '−<0.1%' };
  return { direction: relative > 0 ? 'up' : 'down', text };
}
