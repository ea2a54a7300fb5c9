/**
 * Outcomes for a cohort: the people who face the same risk in the same month (the departures of
 * one method on one route, the travellers on one land leg). How many are affected is drawn at
 * random for the whole cohort — the binomial count of n people each affected with chance p, found
 * from one uniform number keyed to (seed, purpose, cohort, month, event) — and the people affected
 * are those whose own numbers, keyed to (seed, purpose, person, month), are smallest. Together
 * this is exactly the distribution of independent draws (a binomial count, then a random subset
 * of that size), so deaths carry the luck of the crossing and a spread over seeds includes it.
 * Paired runs stay coupled: with the same seed a cohort draws the same number under any policy,
 * and the count rises with n and p, so two policies' counts differ by what their n and p imply,
 * not by two independent helpings of binomial noise; a person's own number is the same under any
 * policy. Seats are not a chance: when a method has fewer seats than passengers, the seats are
 * filled (a fractional seat at random) and who boards is decided by the passengers' numbers.
 */
import { binomialQuantile, drawK, exponentialOf, hashK } from '../rng';

/** Cohort positions fit in 21 bits, so (32-bit number, position) packs exactly into one double. */
const POSITION_BITS = 2 ** 21;
/** 2^-32: turns a 32-bit hash into a number in [0, 1). */
const UNIT = 1 / 4294967296;
/** Draw numbers at and above this are the cohort's own count draws (people's draws use fewer). */
const COUNT_SLOT = 1000;
/** The 'person' number of the death process's draws: above every cohort id. */
const PROCESS_STREAM = 1000;
/** The stream of the recorded months' death process (the warm-up's is stream 0). */
const RECORDED_STREAM = 1;
/** Up to this many affected people the smallest keys are kept in a small sorted list while scanning; more, and all keys are sorted. */
const SMALL_COUNT = 24;

/**
 * A Poisson process with unit rate on a clock that runs as fast as the expected number of events:
 * each month the clock moves on by that month's expected number, and the events of the month are
 * the process's points in the stretch it crossed. The points are fixed by the seed (the gaps
 * between them are exponential draws keyed to (seed, purpose, point number)), so two runs with
 * the same seed share them: their totals differ by the points between their two clocks' ends — a
 * Poisson count with mean the difference of their expected totals (Kurtz's random time change; the
 * "common reaction path" coupling of Rathinam, Sheppard & Khammash 2010). Within a
 * run, a month's count is Poisson with that month's expected number, independent of the past.
 */
export class PointProcess {
  /** How far the clock has run (the expected events so far). */
  private clock = 0;
  /** The next point, and how many points have been drawn. */
  private next = Number.NaN;
  private drawn = 0;

  /** `stream`: which of the seed's processes this is (the warm-up's and the recorded months' are different ones). */
  constructor(
    private readonly key: number,
    private readonly stream = 0,
  ) {}

  /** Move the clock on by `expected` and return the number of points passed. */
  advance(expected: number): number {
    if (Number.isNaN(this.next)) this.next = this.gap();
    this.clock += expected;
    let count = 0;
    while (this.next <= this.clock) {
      count++;
      this.next += this.gap();
    }
    return count;
  }

  private gap(): number {
    return exponentialOf(drawK(this.key, PROCESS_STREAM, this.drawn++, COUNT_SLOT + this.stream));
  }
}

/** Reusable scratch space for cohort selections. */
export class CohortScratch {
  private keys = new Float64Array(1024);
  private sorted = new Float64Array(1024);
  private moved = new Int32Array(1024);
  private readonly smallest = new Float64Array(SMALL_COUNT);
  /** The run's death process (see PointProcess): one for all deaths, on land and at sea. */
  private deathProcess: PointProcess;
  /**
   * The sum of the chances handed to the death process since the recorded months began (agents):
   * the run's expected deaths. A diagnostic only (RunResult.diagnostics): it tells the part of a
   * paired change in deaths that common random numbers control from the death process's own luck.
   */
  expectedDeaths = 0;

  constructor(private readonly deathKey: number) {
    this.deathProcess = new PointProcess(deathKey);
  }

  /**
   * Start the death process of the recorded months: a process of its own, its clock at zero. The
   * warm-up's deaths are not recorded, but under two policies its clocks end apart (by the
   * difference of the warm-up's expected deaths); had the recorded months carried on from there,
   * both ends of their stretch of the clock would differ between the two runs, and the paired
   * difference of recorded deaths would be a Poisson count with mean the warm-up's difference plus
   * the whole run's, instead of the recorded months' alone. Within a run nothing changes: a
   * Poisson process's counts in disjoint stretches are independent whichever process draws them.
   */
  startRecordedDeaths(): void {
    this.deathProcess = new PointProcess(this.deathKey, RECORDED_STREAM);
    this.expectedDeaths = 0;
  }

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
   * `p` (each independently) to the front of that range and return how many there are. `key`,
   * `month` and `slot` name the people's draws; `cohort` and `event` name the cohort's count draw.
   */
  select(members: Int32Array, from: number, n: number, p: number, key: number, month: number, slot: number, cohort: number, event: number): number {
    if (n <= 0 || !(p > 0)) return 0;
    const count = binomialQuantile(drawK(key, cohort, month, COUNT_SLOT + event), n, Math.min(1, p));
    return this.first(members, from, n, count, key, month, slot);
  }

  /**
   * Of the `n` people in `members[from, from + n)`, move the `n × share` who get one of the places
   * (a fractional place given at random, from the cohort's count draw) to the front of that range
   * and return how many there are.
   */
  fill(members: Int32Array, from: number, n: number, share: number, key: number, month: number, slot: number, cohort: number, event: number): number {
    if (n <= 0 || !(share > 0)) return 0;
    const count = Math.min(n, Math.floor(n * Math.min(1, share) + drawK(key, cohort, month, COUNT_SLOT + event)));
    return this.first(members, from, n, count, key, month, slot);
  }

  /**
   * Deaths, of the `n` people in `members[0, n)`, each dying with their own chance `chances[j]`
   * (people of different methods, or on a land leg): move the dead to the front and return how many
   * there are. The number is the count of points of the run's death process (`deathProcess`)
   * that fall in the next stretch of its clock, as long as the sum of the chances: a Poisson count
   * with that mean, independent of earlier months (its variance exceeds that of independent draws
   * by the sum of the squared chances, a few per cent for chances of a few per cent). The dead are
   * those whose own numbers divided by their chance are smallest (sequential Poisson sampling: each
   * dies with a chance close to their own).
   */
  selectDeaths(members: Int32Array, n: number, chances: Float64Array, key: number, month: number, slot: number): number {
    let sum = 0;
    let possible = 0;
    for (let j = 0; j < n; j++) {
      const p = Math.min(1, chances[j]);
      if (p > 0) {
        sum += p;
        possible++;
      }
    }
    if (!(sum > 0)) return 0;
    this.expectedDeaths += sum;
    const count = Math.min(possible, this.deathProcess.advance(sum));
    if (count <= 0) return 0;
    this.ensure(n);
    const keys = this.keys;
    for (let j = 0; j < n; j++) {
      const p = Math.min(1, chances[j]);
      keys[j] = p > 0 ? ((hashK(key, members[j], month, slot) + 0.5) * UNIT) / p : Infinity;
    }
    const threshold = this.threshold(n, count);
    // Strictly below the threshold first, then those at it (ties, in list order) until count is reached.
    let below = 0;
    for (let j = 0; j < n; j++) if (keys[j] < threshold) below++;
    let ties = count - below;
    let front = 0;
    let back = 0;
    for (let j = 0; j < n; j++) {
      const person = members[j];
      const v = keys[j];
      if (v < threshold || (v === threshold && ties-- > 0)) members[front++] = person;
      else this.moved[back++] = person;
    }
    for (let j = 0; j < back; j++) members[front + j] = this.moved[j];
    return count;
  }

  /** Move the `count` people of `members[from, from + n)` with the smallest numbers to the front, in their order; return count. */
  private first(members: Int32Array, from: number, n: number, count: number, key: number, month: number, slot: number): number {
    if (count <= 0) return 0;
    if (count >= n) return n;
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
