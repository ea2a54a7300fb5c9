/**
 * Outcomes for a cohort: the people who face the same risk in the same month (the departures of
 * one method on one route, the travellers on one land leg). How many are affected is drawn at
 * random for the whole cohort — the binomial count of n people each affected with chance p, found
 * from one uniform number keyed to (seed, purpose, cohort, month, event) — and the people affected
 * are those whose own numbers, keyed to (seed, purpose, person, month), are smallest. Together
 * this is exactly the distribution of independent draws (a binomial count, then a random subset
 * of that size). Deaths are counted differently (SystematicProcess): their number is the expected
 * number rounded, since the luck of counting single agents' deaths is an artefact of the sample.
 * Paired runs stay coupled: with the same seed a cohort draws the same number under any policy,
 * and the count rises with n and p, so two policies' counts differ by what their n and p imply,
 * not by two independent helpings of binomial noise; a person's own number is the same under any
 * policy. Seats are not a chance: when a method has fewer seats than passengers, the seats are
 * filled (a fractional seat at random) and who boards is decided by the passengers' numbers.
 */
import { binomialQuantile, drawK, hashK } from '../rng';

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
 * The run's deaths as systematic sampling on a clock that runs as fast as the expected number of
 * deaths: each month the clock moves on by that month's expected number, and a death falls at
 * every point u, u + 1, u + 2, … it passes, u one uniform number keyed to (seed, stream). So the
 * deaths up to any month are their expected number rounded up or down (never further off than
 * one), and over seeds their mean is exactly the expected number (u is uniform). Two runs with the
 * same seed share u: their deaths differ by the difference of their expected deaths, give or take
 * one, not by an extra Poisson helping of chance (Madow's systematic sampling; the "systematic
 * resampling" of particle filters). What this gives up: the count of deaths carries no luck of its
 * own. Chance still decides who dies (their own numbers, selectDeaths), and everything that decides
 * who is at risk (who leaves, by which route and method, in which weather, with which rescue
 * present), so a spread of deaths over seeds shows the model's behavioural variation, not the
 * sampling noise of counting single deaths among a sample of agents. The world's deaths are lumpier
 * than this (one shipwreck can take hundreds of lives), which the model does not represent.
 */
export class SystematicProcess {
  /** How far the clock has run (the expected events so far). */
  private clock = 0;
  /** The offset of the points, in [0, 1): drawn at the first advance. */
  private offset = Number.NaN;

  /** `stream`: which of the seed's processes this is (the warm-up's and the recorded months' are different ones). */
  constructor(
    private readonly key: number,
    private readonly stream = 0,
  ) {}

  /** Move the clock on by `expected` and return the number of points passed. */
  advance(expected: number): number {
    if (Number.isNaN(this.offset)) this.offset = drawK(this.key, PROCESS_STREAM, 0, COUNT_SLOT + this.stream);
    const before = Math.floor(this.clock + this.offset);
    this.clock += expected;
    return Math.floor(this.clock + this.offset) - before;
  }
}

/** Reusable scratch space for cohort selections. */
export class CohortScratch {
  private keys = new Float64Array(1024);
  private sorted = new Float64Array(1024);
  private moved = new Int32Array(1024);
  private readonly smallest = new Float64Array(SMALL_COUNT);
  /** The run's death process (see SystematicProcess): one for all deaths, on land and at sea. */
  private deathProcess: SystematicProcess;
  /**
   * The sum of the chances handed to the death process since the recorded months began (agents):
   * the run's expected deaths. A diagnostic only (RunResult.diagnostics): the recorded deaths are
   * this number rounded, which tests/model/paired-noise.test.ts checks.
   */
  expectedDeaths = 0;

  constructor(private readonly deathKey: number) {
    this.deathProcess = new SystematicProcess(deathKey);
  }

  /**
   * Start the death process of the recorded months: a process of its own, its clock at zero. The
   * warm-up's deaths are not recorded, but under two policies its clocks end apart (by the
   * difference of the warm-up's expected deaths); had the recorded months carried on from there,
   * the two runs would round their recorded deaths from different starting points, so runs whose
   * recorded months were alike could differ by a death for no reason of their own.
   */
  startRecordedDeaths(): void {
    this.deathProcess = new SystematicProcess(this.deathKey, RECORDED_STREAM);
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
   * there are. The number is the count of points of the run's death process (`deathProcess`,
   * systematic sampling) that fall in the next stretch of its clock, as long as the sum of the
   * chances: so the run's deaths so far are always their expected number rounded up or down. The
   * dead are those whose own numbers divided by their chance are smallest (sequential Poisson
   * sampling: each dies with a chance close to their own).
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
