/**
 * Outcomes for a cohort: the people who face the same risk in the same month (the departures of
 * one method on one route, the travellers on one land leg). Instead of an independent draw for
 * each, the number affected is the expected number rounded up or down at random (so its mean is
 * exact), and the people affected are those whose own numbers — keyed to (seed, purpose, person,
 * month) — are smallest. Each person's chance is still exactly the risk, and a person's luck is
 * their own under any policy; but the count no longer carries the binomial noise of thousands of
 * separate draws, which at a few hundred deaths a run would swamp the differences between policies
 * (the paired-noise criterion in the ODD). This is stratified sampling; it makes the model less
 * noisy than the world (where deaths come in shipwrecks), never more.
 */
import { drawK, hashK } from '../rng';

/** Cohort positions fit in 21 bits, so (32-bit number, position) packs exactly into one double. */
const POSITION_BITS = 2 ** 21;
/** Draw numbers at and above this are the cohort's own rounding draws (people use fewer). */
const ROUNDING_SLOT = 1000;

/** Reusable scratch space for cohort selections. */
export class CohortScratch {
  private keys = new Float64Array(1024);
  private sorted = new Float64Array(1024);
  private moved = new Int32Array(1024);

  private ensure(n: number): void {
    if (n <= this.keys.length) return;
    const size = Math.max(n, 2 * this.keys.length);
    this.keys = new Float64Array(size);
    this.sorted = new Float64Array(size);
    this.moved = new Int32Array(size);
  }

  /**
   * Of the `n` people in `members[from, from + n)`, move the ones affected by an event of chance
   * `p` to the front of that range and return how many there are. `key`, `month` and `slot` name
   * the people's draws; `cohort` and `event` name the rounding draw of this cohort and event.
   */
  select(members: Int32Array, from: number, n: number, p: number, key: number, month: number, slot: number, cohort: number, event: number): number {
    if (n <= 0 || !(p > 0)) return 0;
    const expected = n * Math.min(1, p);
    const count = Math.min(n, Math.floor(expected + drawK(key, cohort, month, ROUNDING_SLOT + event)));
    if (count === 0) return 0;
    if (count === n) return n;
    if (n >= POSITION_BITS) throw new RangeError(`cohort of ${n} people is larger than ${POSITION_BITS - 1}`);
    this.ensure(n);
    const keys = this.keys;
    for (let j = 0; j < n; j++) keys[j] = hashK(key, members[from + j], month, slot) * POSITION_BITS + j;
    const sorted = this.sorted.subarray(0, n);
    sorted.set(keys.subarray(0, n));
    sorted.sort();
    const threshold = sorted[count - 1];
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
