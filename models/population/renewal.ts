/**
 * Phase 0 — renewal: an open origin population. Without it the population is closed: everyone who
 * arrives abroad or dies is gone for good, the people most exposed to insecurity leave first, and
 * with no change of policy smuggling demand drifts down by about a sixth over ten years — a drift
 * every long-run comparison would carry. The rule here keeps the origin population's size and
 * make-up: each person who left for good (arrived regularly or irregularly, dead or missing) is
 * followed, `renewalLagMonths` later, by a young adult of the same household who comes of age in
 * the same place. The newcomer shares what belongs to the household and its place (exposure to
 * each insecurity dimension, ties abroad) and gets their own savings, eligibility, knowledge of
 * the risk and patience, drawn afresh from the same distributions as at the start. They start at
 * home with no attempt behind them. The person's slot is reused; the running totals of arrivals
 * and deaths count the people renewed out of each state (`renewedFrom`), so no one is forgotten.
 *
 * Draws: the newcomer's attributes are the population key's draws of (slot, month of renewal + 1),
 * month 0 being the first generation's; so they depend only on the seed, the slot and the month.
 */
import type { Calibration } from '../params/calibration';
import { Code, CODE_STRIDE, State, Trait, TRAIT_STRIDE, type Agents } from './schema';
import { enterState } from '../phases/choice';

/**
 * Renew the households whose member left at least `renewalLagMonths` ago, at internal month
 * `clock`. Leavers are kept in the order they left. Someone who left during month c is renewed at
 * month c + 1 + lag; that month is written on their `monthsInState` (which nothing else reads in a
 * final state) the first time renewal sees them, at month c + 1 — they are the entries at the end
 * of the list still at 0, the value every state change writes. So the households due are always
 * the front of the list, and a month's renewal touches only them and the newcomers, not everyone
 * who left in the last `lag` months.
 */
export function renewPopulation(a: Agents, clock: number, cal: Calibration): number {
  const list = a.leavers;
  const items = list.items;
  const count = list.count;
  const lag = Math.round(cal.renewalLagMonths);
  const codes = a.codes;
  const MONTHS = Code.MonthsInState;
  // Those who left last month: their month of renewal (never 0, as clock + lag ≥ 1 for anyone seen here).
  for (let k = count - 1; k >= 0 && codes[items[k] * CODE_STRIDE + MONTHS] === 0; k--) codes[items[k] * CODE_STRIDE + MONTHS] = clock + lag;
  let renewed = 0;
  while (renewed < count && codes[items[renewed] * CODE_STRIDE + MONTHS] <= clock) {
    const i = items[renewed];
    a.renewedFrom[codes[i * CODE_STRIDE + Code.State]]++;
    // Their own attributes: the population key's draws of (slot, clock + 1), drawn when first needed.
    a.traits[i * TRAIT_STRIDE + Trait.PersonalFrom] = clock + 1;
    a.codes[i * CODE_STRIDE + Code.Attempts] = 0;
    a.codes[i * CODE_STRIDE + Code.Detained] = 0;
    a.traits[i * TRAIT_STRIDE + Trait.HazardSum] = 0;
    enterState(a, i, State.Home);
    renewed++;
  }
  // Nobody leaves during renewal (it runs first in the month), so the list is now its tail.
  items.copyWithin(0, renewed, count);
  list.count = count - renewed;
  return renewed;
}

/** Mean personal insecurity index (exposure × regional level, weighted; ties abroad excluded) of the people at home. */
export function meanHomeInsecurity(a: Agents, dimensionLevels: ArrayLike<number>, weights: ArrayLike<number>): number {
  let wSum = 0;
  for (let d = 0; d < 7; d++) wSum += weights[d];
  const k = Array.from({ length: 7 }, (_, d) => (weights[d] * dimensionLevels[d]) / wSum);
  let total = 0;
  let n = 0;
  for (let i = 0; i < a.count; i++) {
    const s = a.codes[i * CODE_STRIDE + Code.State];
    if (s !== State.Home && s !== State.Returned && s !== State.Trapped) continue;
    const at = i * TRAIT_STRIDE;
    for (let d = 0; d < 7; d++) total += k[d] * a.traits[at + d];
    n++;
  }
  return n > 0 ? total / n : 0;
}
