/**
 * The two composite indices, declared as data: each is 100 × (1 − Σ weight × term), where every
 * term is a named harm between 0 and 1 computed in phases/records.ts. The weights and terms live
 * here once; the model computes the indices from this declaration, and the app and the ODD render
 * the formulas from it, so the formula people read is always the one the model uses.
 *
 * What counts as security is a choice: the human-security index counts harm to people, the
 * State-security index what a State-centred view counts. A term added here must be computed by
 * records.ts (the compiler insists), and then shows in the app and the documentation by itself.
 */
import type { CalibrationKey } from './params/calibration';

export interface IndexTerm {
  /** The term's name as written in the formula. */
  readonly name: string;
  /** Its share of the index's harm (the weights of an index sum to 1). */
  readonly weight: number;
  /** What the term measures, in words and symbols people can check. */
  readonly meaning: string;
}

export interface IndexDeclaration {
  /** The output that holds the index each month. */
  readonly output: 'humanSecurityIndex' | 'stateSecurityIndex';
  readonly label: string;
  readonly terms: readonly IndexTerm[];
  /** Calibration constants the terms refer to. */
  readonly references: readonly CalibrationKey[];
}

export const HUMAN_SECURITY_INDEX = {
  output: 'humanSecurityIndex',
  label: 'Human-security index',
  terms: [
    { name: 'origin', weight: 0.4, meaning: 'weighted mean regional insecurity over the seven dimensions (0–1)' },
    { name: 'mortality', weight: 0.25, meaning: 'min(1, deaths ÷ ended journeys ÷ indexRefDeathRate)' },
    { name: 'abuse', weight: 0.15, meaning: 'min(1, abuse incidents ÷ smuggled journeys started)' },
    { name: 'noSafeChannel', weight: 0.2, meaning: 'smuggled journeys started ÷ (smuggled journeys started + regular arrivals)' },
  ],
  references: ['indexRefDeathRate'],
} as const satisfies IndexDeclaration;

export const STATE_SECURITY_INDEX = {
  output: 'stateSecurityIndex',
  label: 'State-security index',
  terms: [
    { name: 'entries', weight: 0.5, meaning: 'min(1, irregular arrivals ÷ indexRefIrregularPerYear)' },
    {
      name: 'uncontrolled',
      weight: 0.2,
      meaning: 'irregular arrivals ÷ (irregular arrivals + regular arrivals + interceptions): the share of people reaching the border whom the State did not admit or stop',
    },
    { name: 'market', weight: 0.3, meaning: "min(1, smugglers' revenue ÷ indexRefRevenueUsdPerYear)" },
  ],
  references: ['indexRefIrregularPerYear', 'indexRefRevenueUsdPerYear'],
} as const satisfies IndexDeclaration;

export const INDEX_DECLARATIONS: readonly IndexDeclaration[] = [HUMAN_SECURITY_INDEX, STATE_SECURITY_INDEX];

/** The value of every term of an index, by name: records.ts must give each declared term. */
export type TermValues<D extends IndexDeclaration> = Readonly<Record<D['terms'][number]['name'], number>>;

/** The index from its terms: 100 × (1 − Σ weight × term), summed in the declared order. */
export function indexValue<D extends IndexDeclaration>(index: D, values: TermValues<D>): number {
  const byName = values as Readonly<Record<string, number>>;
  let harm = 0;
  for (const t of index.terms) harm += t.weight * byName[t.name];
  return 100 * (1 - harm);
}

/** A weight as written in a formula: two decimals at least (0.40), more when it has them. */
export function formatWeight(w: number): string {
  const decimals = String(w).split('.')[1]?.length ?? 0;
  return w.toFixed(Math.max(2, Math.min(6, decimals)));
}

/** The formula as one line, e.g. `humanSecurityIndex = 100 × (1 − [0.40·origin + …])`. */
export function formulaText(index: IndexDeclaration): string {
  return `${index.output} = 100 × (1 − [${index.terms.map((t) => `${formatWeight(t.weight)}·${t.name}`).join(' + ')}])`;
}
