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
  readonly name: string;
  readonly formula: string;
  readonly terms: readonly FormulaTerm[];
  /** Calibration constants the terms refer to. */
  readonly references: readonly CalibrationKey[];
}

export const INDEX_WINDOW_NOTE = 'Both run from 0 to 100 (higher = more secure) and use the flows of the last 12 months.';

export const INDEX_FORMULAS: readonly IndexFormula[] = INDEX_DECLARATIONS.map((index) => ({
  name: index.label,
  formula: formulaText(index),
  terms: index.terms.map((t) => ({ term: t.name, meaning: t.meaning })),
  references: index.references,
}));
