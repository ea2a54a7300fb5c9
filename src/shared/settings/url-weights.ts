/**
 * The index weights in a link: one `index.<term>=W` per term whose weight differs from the
 * scenario's, the same names as the command line's `--set index.<term>=W`. Decoding checks each
 * value (a number from 0 to WEIGHT_MAX) and that each index keeps a positive weight; a bad value
 * is reported with the field, the value and what is allowed, and the scenario's weight is used.
 * Numbers are written with String() and read with Number(), so a weight comes back bit for bit.
 */
import { z } from 'zod';
import { i18n } from '../i18n/i18n';
import { safeParse } from '../../../scenarios/index';
import { HUMAN_TERMS, indexOfTerm, sameWeights, STATE_TERMS, termWeight, WEIGHT_KEY_PREFIX, WEIGHT_MAX, WEIGHT_TERMS, withTermWeight } from '../../../scenarios/index-weights';
import type { IndexWeights } from '../../../models/index';
import type { SettingsNotice } from './notice-list';
import { weightKey } from './url-encode-weights';

export { encodeWeights, weightKey } from './url-encode-weights';

const weightText = z
  .string()
  .trim()
  .max(32)
  .regex(/^[+]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d{1,3})?$/i)
  .transform(Number)
  .pipe(z.number().finite().min(0).max(WEIGHT_MAX));


/** A query key that names a term's weight. */
export function isWeightKey(key: string): boolean {
  return key.startsWith(WEIGHT_KEY_PREFIX) && indexOfTerm(key.slice(WEIGHT_KEY_PREFIX.length)) !== undefined;
}

export const termLabel = (term: string) => i18n.t(`common:weights.terms.${term}`);

export interface DecodedWeights {
  /** The weights, when the link gives any that differ from the scenario's. */
  readonly weights: IndexWeights | undefined;
  readonly notices: readonly SettingsNotice[];
}

/** Reads the weights from a query's values; `take` gives a key's first value (and reports repeats). */
export function decodeWeights(values: ReadonlyMap<string, readonly string[]>, base: IndexWeights, take: (key: string) => string | undefined): DecodedWeights {
  const notices: SettingsNotice[] = [];
  let weights = base;
  for (const term of WEIGHT_TERMS) {
    const field = weightKey(term);
    if (!values.has(field)) continue;
    const raw = take(field) ?? '';
    const res = safeParse(weightText, raw);
    if (res.success) weights = withTermWeight(weights, term, res.data);
    else
      notices.push({
        kind: 'ignored',
        field,
        value: raw,
        problem: i18n.t('common:notices.weightRange', { label: termLabel(term), max: WEIGHT_MAX }),
        outcome: i18n.t('common:notices.usingScenarioWeight', { value: termWeight(base, term) }),
      });
  }
  for (const [index, terms] of [['human', HUMAN_TERMS], ['state', STATE_TERMS]] as const) {
    if (terms.some((t) => weights[index][t as never] > 0)) continue;
    notices.push({
      kind: 'ignored',
      field: terms.map(weightKey).join(', '),
      value: '0',
      problem: i18n.t('common:notices.weightsAllZero', { index: i18n.t(`common:weights.index.${index}`) }),
      outcome: i18n.t('common:notices.usingScenarioWeights'),
    });
    weights = { ...weights, [index]: base[index] };
  }
  return { weights: sameWeights(weights, base) ? undefined : weights, notices };
}
