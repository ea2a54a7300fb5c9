/**
 * Number formatting for display, in the interface language's locale (`Intl`; English keeps the
 * British formats: 1,234; 12.5%; $2,292). The model's raw numbers stay untouched (they are also
 * written to data-value attributes, and exported files and the command line never pass through
 * here); only what people read is rounded here, according to the output's kind.
 */
import type { OutputSpec } from '../../models/index';
import { i18n } from './i18n/i18n';
import { DEFAULT_LANGUAGE, isLanguage, languageInfo } from './i18n/languages';
import { numberFormat } from './i18n/number-format';

/** The `Intl` locale of the interface language. */
export function displayLocale(): string {
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return languageInfo(isLanguage(lang) ? lang : DEFAULT_LANGUAGE).locale;
}

/** A number in the interface locale with the given options. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(displayLocale(), options).format(value);
}

/** The minus sign (U+2212) every signed figure is shown with; Intl writes a hyphen-minus. */
const MINUS = '\u2212';

/**
 * A number with its sign ("+6%", "−3%", "0%"), negatives with the minus sign "−" as the key
 * figures' changes show them: the one formatter for every signed figure and range people read.
 */
export function formatSigned(value: number, options: Intl.NumberFormatOptions = {}): string {
  return formatNumber(value, { ...options, signDisplay: 'exceptZero' }).replace('-', MINUS);
}

const WHOLE = { maximumFractionDigits: 0 } as const;
const PERCENT = { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 } as const;
const USD = { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 } as const;
const USD_COMPACT = { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol', notation: 'compact', maximumFractionDigits: 1 } as const;
/**
 * Money totals in thousands or more, always to one decimal ("$529.0m" beside "$530.1m" in a
 * table, not "$529m"); smaller amounts in whole dollars.
 */
const USD_TOTAL = { ...USD_COMPACT, minimumFractionDigits: 1 } as const;
const COMPACT = { notation: 'compact', maximumFractionDigits: 1 } as const;
const DECIMAL = { maximumFractionDigits: 2 } as const;
const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
const CHANGE = { style: 'percent', maximumFractionDigits: 1 } as const;

export function formatCount(value: number): string {
  return formatNumber(value, WHOLE);
}

/** Short form for axis ticks: 36,000 → "36K". */
export function formatCompact(value: number): string {
  return formatNumber(value, COMPACT);
}

/** A share 0–1 as a percentage: 0.125 → "12.5%". */
export function formatPercent(value: number, maximumFractionDigits = 1): string {
  return formatNumber(value, { style: 'percent', maximumFractionDigits });
}

export function formatOutput(spec: Pick<OutputSpec, 'kind' | 'unit'>, value: number): string {
  if (!Number.isFinite(value)) return '–';
  switch (spec.kind) {
    case 'flow':
    case 'stock':
      if (!spec.unit.startsWith('USD')) return formatNumber(value, WHOLE);
      return formatNumber(value, Math.abs(value) >= 1000 ? USD_TOTAL : USD);
    case 'rate':
      return formatNumber(value, PERCENT);
    case 'price':
      return formatNumber(value, USD);
    case 'index':
      return formatNumber(value, ONE_DECIMAL);
    case 'level':
      return formatNumber(value, spec.unit.startsWith('people') ? WHOLE : DECIMAL);
    case 'term':
      return formatNumber(value, DECIMAL);
  }
}

/** Short form for chart axes, by kind. */
export function formatAxis(spec: Pick<OutputSpec, 'kind' | 'unit'>, value: number): string {
  if (spec.kind === 'rate') return formatNumber(value, { style: 'percent', maximumFractionDigits: 2 });
  if (spec.kind === 'price' || spec.unit.startsWith('USD')) return formatNumber(value, USD_COMPACT);
  if ((spec.kind === 'level' || spec.kind === 'term') && !spec.unit.startsWith('people')) return formatNumber(value, DECIMAL);
  return formatNumber(value, COMPACT);
}

export type ChangeDirection = 'up' | 'down' | 'same' | 'unknown';

/** The arrow a change is shown with (hidden from screen readers, whose text says up or down). */
export const CHANGE_ARROW: Readonly<Record<ChangeDirection, string>> = { up: '▲', down: '▼', same: '', unknown: '' };

export interface Change {
  readonly direction: ChangeDirection;
  /** "+12.5%", "−3%", "no change", "up from 0". */
  readonly text: string;
}

/** How a figure compares with its baseline, as a relative change. */
export function describeChange(value: number, baseline: number | undefined): Change {
  if (baseline === undefined || !Number.isFinite(value) || !Number.isFinite(baseline)) return { direction: 'unknown', text: '' };
  if (value === baseline) return { direction: 'same', text: i18n.t('common:change.none') };
  if (baseline === 0) return { direction: value > 0 ? 'up' : 'down', text: i18n.t(value > 0 ? 'common:change.upFromZero' : 'common:change.downFromZero') };
  const relative = (value - baseline) / Math.abs(baseline);
  // Shown to one decimal of a percent: anything that would read as 0% says "<0.1%" instead.
  if (Math.abs(relative) < 0.0005) {
    const tiny = formatNumber(0.001, { style: 'percent', maximumFractionDigits: 1 });
    return { direction: value > baseline ? 'up' : 'down', text: value > baseline ? `+<${tiny}` : `${MINUS}<${tiny}` };
  }
  const text = formatSigned(relative, CHANGE);
  return { direction: relative > 0 ? 'up' : 'down', text };
}
