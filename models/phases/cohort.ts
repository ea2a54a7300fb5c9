/**
 * Outcomes for a cohort: the people who face the same risk in the same month (the departures of
 * one method on one route, the travellers on one land leg). Instead of an independent draw for
 * each, the number affected is the expected number, rounded so that the rounding errors carry
 * over from month to month (error diffusion, started at a point drawn from the seed): over a run
 * each cohort's count stays within one person of the sum of its expected numbers. The people
 * affected are those whose own numbers — keyed to (seed, purpose, person, month) — are smallest,
 * so a person's luck is their own under any policy. Without this, the binomial noise of thousands
 * of separate draws — a few hundred deaths a run at 100,000 agents — would swamp the differences
 * between policies (the paired-noise criterion in the ODD). This is stratified (systematic)
 * sampling; it makes the model less noisy than the world (where deaths come in shipwrecks), never
 * more.
 */
import { drawK, hashK } from '../rng';

/** Cohort positions fit in 21 bits, so (32-bit number, position) packs exactly into one double. */
const POSITION_BITS = 2 ** 21;
/** Draw numbers at and above this are the cohort's own rounding draws (people use fewer). */
const ROUNDING_SLOT = 1000;
/** Events a cohort can have (each with its own carried rounding). */
const EVENTS_PER_COHORT = 8;
/** Cohort ids run below this (routes' and methods' slots with their offsets in journeys.ts). */
const MAX_COHORTS = 512;
/** Up to this many affected people the smallest keys are kept in a small sorted list while scanning; more, and all keys are sorted. */
const SMALL_COUNT = 24;

/** Reusable scratch space for cohort selections. */
export class CohortScratch {
  private keys = new Float64Array(1024);
  private sorted = new Float64Array(1024);
  private moved = new Int32Array(1024);
  private readonly smallest = new Float64Array(SMALL_COUNT);
  /** Rounding carried over from earlier months, per (cohort, event); NaN until first used. */
  private readonly carry = new Float64Array(MAX_COHORTS * EVENTS_PER_COHORT).fill(NaN);

  private ensure(n: number): void {
    if (n <= this.keys.length) return;
    const size = Math.max(n, 2 * this.keys.length);
    this.keys = new Float64Array(size);
    this.sorted = new Float64Array(size);
    this.moved = new Int32Array(size);
  }

  /** The count-th smallest of keys[0, n). */
  private threshold(n: number, count: number): number {
    const keys = this.keys;
    if (count <= SMALL_COUNT) {
      // Keep the `count` smallest keys seen so far, sorted ascending.
      const best = this.smallest;
      let filled = 0;
      for (let j = 0; j < n; j++) {
        const v = keys[j];
        if (filled === count && v >= best[count - 1]) continue;
        let k = filled < count ? filled++ : count - 1;
        while (k > 0 && best[k - 1] > v) {
          best[k] = best[k - 1];
          k--;
        }
        best[k] = v;
      }
      return best[count - 1];
    }
    const sorted = this.sorted.subarray(0, n);
    sorted.set(keys.subarray(0, n));
    sorted.sort();
    return sorted[count - 1];
  }

  /**
   * Of the `n` people in `members[from, from + n)`, move the ones affected by an event of chance
   * `p` to the front of that range and return how many there are. `key`, `month` and `slot` name
   * the people's draws; `cohort` and `event` name the rounding draw of this cohort and event.
   */
  select(members: Int32Array, from: number, n: number, p: number, key: number, month: number, slot: number, cohort: number, event: number): number {
    if (n <= 0 || !(p > 0)) return 0;
    const expected = n * Math.min(1, p);
    const c = cohort * EVENTS_PER_COHORT + event;
    if (Number.isNaN(this.carry[c])) this.carry[c] = drawK(key, cohort, 0, ROUNDING_SLOT + event);
    const count = Math.min(n, Math.floor(expected + this.carry[c]));
    this.carry[c] = Math.min(1, Math.max(0, expected + this.carry[c] - count));
    if (count === 0) return 0;
    if (count === n) return n;
    if (n >= POSITION_BITS) throw new RangeError(`cohort of ${n} people is larger than ${POSITION_BITS - 1}`);
    this.ensure(n);
    const keys = this.keys;
    for (let j = 0; j < n; j++) keys[j] = hashK(key, members[from + j], month, slot) * POSITION_BITS + j;
    const threshold = this.threshold(n, count);
    // Stable partition: the affected first, then the others, each in their original order.
    let front = from;
    let back = 0;
    for (let j = 0; j < n; j++) {
      const person = members[from + j];
      if (keys[j] <= threshold) members[front++] = person;
      else this.moved[back++] = person;
    }
    for (let j = 0; j < back; j++) members[front + j] = this.moved[j];
    return count;
  }
}
