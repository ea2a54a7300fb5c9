/**
 * Number formatting for display. The model's raw numbers stay untouched (they are also written to
 * data-value attributes); only what people read is rounded here, according to the output's kind.
 */
import type { OutputSpec } from '../models/index';

const LOCALE = 'en-GB';

const wholeNumber = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });
const usd = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat(LOCALE, { notation: 'compact', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

export function formatCount(value: number): string {
  return wholeNumber.format(value);
}

/** Short form for axis ticks: 36,000 → "36K". */
export function formatCompact(value: number): string {
  return compact.format(value);
}

export function formatOutput(spec: Pick<OutputSpec, 'kind'>, value: number): string {
  switch (spec.kind) {
    case 'flow':
    case 'stock':
      return wholeNumber.format(value);
    case 'rate':
      return percent.format(value);
    case 'price':
      return usd.format(value);
    case 'index':
    case 'level':
      return decimal.format(value);
  }
}
