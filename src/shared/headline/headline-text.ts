/**
 * The headline in words, in the interface language: "Death rate per attempt up 50%, mean fee up
 * 35% and irregular arrivals down 47% — people less safe, State more in control." The changes are
 * joined as the locale joins a list (Intl.ListFormat), the percentages formatted by Intl, and the
 * verdict worded from the headline's sides. When nothing moved, or nothing moved enough to tell
 * from chance, the sentence says so.
 */
import type { TFunction } from 'i18next';
import type { OutputKey } from '../../../models/index';
import { numberFormat } from '../i18n/number-format';
import { MEANINGFUL_CHANGE, type Headline, type HeadlinePart } from './headline';

const PERCENT = { style: 'percent', maximumFractionDigits: 0 } as const;

/** A label inside a sentence: its first letter in lower case (the catalogues write labels in sentence case). */
function inSentence(label: string, locale: string): string {
  return label.charAt(0).toLocaleLowerCase(locale) + label.slice(1);
}

function partText(part: HeadlinePart, label: string, t: TFunction, locale: string): string {
  if (!Number.isFinite(part.change)) return t(part.direction === 'up' ? 'common:headline.upFromZero' : 'common:headline.downFromZero', { label });
  const percent = numberFormat(locale, PERCENT).format(Math.abs(part.change));
  return t(part.direction === 'up' ? 'common:headline.up' : 'common:headline.down', { label, percent });
}

/** The verdict's words for both sides, or '' when no meaningful change speaks to either. */
export function verdictText(h: Pick<Headline, 'people' | 'state'>, t: TFunction): string {
  const sides = [h.people && t(`common:headline.people.${h.people}`), h.state && t(`common:headline.state.${h.state}`)].filter(Boolean);
  return sides.join(t('common:headline.sidesJoin'));
}

/**
 * The sentence. `label` gives an output's name in the interface language; `reference` names what
 * the figures are compared with ("the status quo").
 */
export function headlineText(h: Headline, t: TFunction, label: (key: OutputKey) => string, locale: string, reference: string): string {
  if (h.unchanged) return t('common:headline.unchanged', { reference });
  if (h.parts.length === 0) return t('common:headline.small', { reference, percent: numberFormat(locale, PERCENT).format(MEANINGFUL_CHANGE) });
  const changes = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(
    h.parts.map((p, i) => partText(p, i === 0 ? label(p.key) : inSentence(label(p.key), locale), t, locale)),
  );
  const verdict = verdictText(h, t);
  return verdict ? t('common:headline.sentence', { changes, verdict }) : t('common:headline.sentenceNoVerdict', { changes });
}

/**
 * How many seeds the sentence rests on, in words; with the progress of the seeds on their way, if
 * any. `total` is the number of seeds asked for: 1 means the user turned the other seeds off, and
 * the line says that one run is all there will be.
 */
export function seedsText(seeds: number, t: TFunction, coming?: { readonly done: number; readonly total: number }, total?: number): string {
  if (seeds > 1) return t('common:headline.seeds', { n: seeds });
  if (total === 1) return t('common:headline.oneRunOnly');
  return coming ? t('common:headline.seedsRunning', coming) : t('common:headline.oneRun');
}
