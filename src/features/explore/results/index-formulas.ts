/**
 * The two indices' formulas, for display. They are copied from the model's documentation (the
 * header of models/outputs.ts, which records what models/phases/records.ts computes); a unit
 * test checks that every formula and term below still appears there word for word.
 */
import type { CalibrationKey } from '../../../../models/index';

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

export const INDEX_FORMULAS: readonly IndexFormula[] = [
  {
    name: 'Human-security index',
    formula: 'humanSecurityIndex = 100 × (1 − [0.40·origin + 0.25·mortality + 0.15·abuse + 0.20·noSafeChannel])',
    terms: [
      { term: 'origin', meaning: 'weighted mean regional insecurity over the seven dimensions (0–1)' },
      { term: 'mortality', meaning: 'min(1, deaths ÷ ended journeys ÷ indexRefDeathRate)' },
      { term: 'abuse', meaning: 'min(1, abuse incidents ÷ smuggled journeys started)' },
      { term: 'noSafeChannel', meaning: 'smuggled journeys started ÷ (smuggled journeys started + regular arrivals)' },
    ],
    references: ['indexRefDeathRate'],
  },
  {
    name: 'State-security index',
    formula: 'stateSecurityIndex = 100 × (1 − [0.50·entries + 0.20·uncontrolled + 0.30·market])',
    terms: [
      { term: 'entries', meaning: 'min(1, irregular arrivals ÷ indexRefIrregularPerYear)' },
      {
        term: 'uncontrolled',
        meaning:
          'irregular arrivals ÷ (irregular arrivals + regular arrivals + interceptions): the share of people reaching the border whom the State did not admit or stop',
      },
      { term: 'market', meaning: "min(1, smugglers' revenue ÷ indexRefRevenueUsdPerYear)" },
    ],
    references: ['indexRefIrregularPerYear', 'indexRefRevenueUsdPerYear'],
  },
];
