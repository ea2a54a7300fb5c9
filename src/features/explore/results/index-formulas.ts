/**
 * The two indices' formulas, for display, rendered from the model's own declaration
 * (models/indices.ts): the weights and terms the model computes with are the ones shown.
 */
import { formulaText, INDEX_DECLARATIONS, type CalibrationKey } from '../../../../models/index';

export interface FormulaTerm {
  readonly term: string;
  readonly meaning: string;
}

export interface IndexFormula {
  /** The output holding the index (the interface names it and its terms by this key). */
  readonly output: string;
  readonly name: string;
  readonly formula: string;
  readonly terms: readonly FormulaTerm[];
  /** Calibration constants the terms refer to. */
  readonly references: readonly CalibrationKey[];
}

export const INDEX_FORMULAS: readonly IndexFormula[] = INDEX_DECLARATIONS.map((index) => ({
  output: index.output,
  name: index.label,
  formula: formulaText(index),
  terms: index.terms.map((t) => ({ term: t.name, meaning: t.meaning })),
  references: index.references,
}));
