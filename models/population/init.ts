/**
 * Initialisation: draws every person's attributes from the `population` key, each attribute its
 * own numbered draw of that person (so a person's attributes depend only on the seed and their
 * index). Nothing here depends on levers, so two policy mixes run with the same seed start from
 * the same people.
 */
import type { Calibration } from '../params/calibration';
import { drawsOf, hashBase, normalOf } from '../rng';
import { push } from './lists';
import { allocateAgents, Code, CODE_STRIDE, State, Trait, TRAIT_STRIDE, UNSCHEDULED, type Agents } from './schema';
import { exp } from '../portable-math';

/** Ties abroad, for those who have them, range from weak to strong. */
const WEAKEST_TIES = 0.2;
/** Most people know little of the real risk (a skewed draw); ties abroad add knowledge. */
const BASE_KNOWLEDGE_MAX = 0.6;
const TIES_KNOWLEDGE_MAX = 0.4;
/** Patience varies from half to one and a half times the mean. */
const PATIENCE_MIN_SHARE = 0.5;
/** Draws per person (k = 0 … 15; draw 8 is unused), and a buffer for them, refilled for each person. */
const PERSON_DRAWS = 16;
const personDraws = new Float64Array(PERSON_DRAWS);
/**
 * The draws a person's household attributes need (exposure k = 0 … 6, ties k = 9 and 10), taken
 * for everyone at the start; the rest (k = 7, 11 … 15) are the person's own, drawn when first needed.
 */
const HOUSEHOLD_DRAWS = 11;
/** Trait.PersonalFrom of someone whose own attributes are drawn. */
export const PERSONAL_DRAWN = -1;

export function initialiseAgents(count: number, cal: Calibration, key: number): Agents {
  const a = allocateAgents(count);
  const low = 1 - cal.exposureSpread;
  const width = 2 * cal.exposureSpread;
  const d = personDraws;
  const t = a.traits;
  for (let i = 0; i < count; i++) {
    // The k-th attribute draw of person i (all at month 0): drawK(key, i, 0, k), in d[k].
    drawsOf(hashBase(key, i, 0), d, HOUSEHOLD_DRAWS);
    a.codes[i * CODE_STRIDE + Code.State] = State.Home;
    const at = i * TRAIT_STRIDE;
    for (let k = 0; k < 7; k++) t[at + k] = low + width * d[k];
    // Ties abroad: a share has them, with a strength spread over (0, 1].
    t[at + Trait.Ties] = d[9] < cal.tiesAbroadShare ? WEAKEST_TIES + (1 - WEAKEST_TIES) * d[10] : 0;
    // Their own attributes wait for their first decision (ensurePersonal): Trait.PersonalFrom is 0.
    a.codes[i * CODE_STRIDE + Code.DecisionMonth] = UNSCHEDULED;
    push(a.unscheduled, i);
  }
  return a;
}

/**
 * Draw a person's own attributes if they are not drawn yet, from the population key's draws of
 * (person, Trait.PersonalFrom). Called before anything reads them (a decision to leave, phases/people.ts).
 * Most people never decide in a run, so most are never drawn: the numbers are the same as if every
 * person's were drawn at the start (or at their renewal), since each is keyed to its own person
 * and month, and nothing else changes the person's savings while they wait at home undecided.
 */
export function ensurePersonal(a: Agents, i: number, key: number, cal: Calibration): void {
  const at = i * TRAIT_STRIDE + Trait.PersonalFrom;
  const from = a.traits[at];
  if (from === PERSONAL_DRAWN) return;
  drawsOf(hashBase(key, i, from), personDraws, PERSON_DRAWS);
  drawPersonal(a, i, personDraws, cal);
  a.traits[at] = PERSONAL_DRAWN;
}

/**
 * A person's own attributes, as opposed to their household's (exposure to insecurity, ties
 * abroad): savings, eligibility, knowledge of the real risk and patience, from the person's draws
 * `d` (drawsOf a base hash, PERSON_DRAWS of them). Drawn when first needed (ensurePersonal): for
 * the first generation from their draws of month 0, for a young adult who comes of age in a
 * household (population/renewal.ts) from those of the month they do.
 */
function drawPersonal(a: Agents, i: number, d: Float64Array, cal: Calibration): void {
  const t = a.traits;
  const at = i * TRAIT_STRIDE;
  t[at + Trait.Savings] = cal.resourcesMedianUsd * exp(cal.resourcesLogSd * normalOf(d[7]));
  t[at + Trait.EligibilityRank] = d[11];
  // Knowledge of real risk: low on average, better with ties abroad.
  t[at + Trait.RiskKnowledge] = Math.min(1, BASE_KNOWLEDGE_MAX * d[12] * d[13] + TIES_KNOWLEDGE_MAX * t[at + Trait.Ties] * d[14]);
  t[at + Trait.Patience] = cal.regularPatienceMonths * (PATIENCE_MIN_SHARE + d[15]);
}

/** The calibration constants that shape the drawn population (a change in any of them means other people). */
const POPULATION_CONSTANTS = ['exposureSpread', 'resourcesMedianUsd', 'resourcesLogSd', 'tiesAbroadShare', 'regularPatienceMonths'] as const;

/** What identifies a drawn population: size, seed and the constants that shape it. */
export function populationKey(count: number, seed: number, cal: Calibration): string {
  return JSON.stringify([count, seed, ...POPULATION_CONSTANTS.map((k) => cal[k])]);
}

/**
 * A drawn population kept for reuse. Runs with the same seed draw the same people whatever the
 * policy, so ensembles and sweeps can draw each seed's population once and copy it for every run
 * (copying is much cheaper than drawing). Never mutated: each run works on its own copy.
 */
export interface Population {
  readonly key: string;
  readonly agents: Agents;
}

/** A fresh, independent copy of a population's agents, ready to run. */
export function copyAgents(source: Agents): Agents {
  const a = allocateAgents(source.count);
  for (const [name, value] of Object.entries(source)) {
    const target = (a as Record<string, unknown>)[name];
    if (ArrayBuffer.isView(value)) (target as Float32Array).set(value as Float32Array);
    else if (value && typeof value === 'object' && 'items' in value) {
      const list = target as { items: Int32Array; count: number };
      const from = value as { items: Int32Array; count: number };
      list.items.set(from.items);
      list.count = from.count;
    }
  }
  return a;
}
