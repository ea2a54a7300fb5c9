/**
 * One run of the model: a pure function of (levers, timeline, calibration, agents, months, seed)
 * and the model version. `step()` reads as the schedule documented in the ODD:
 * context → aspiration and choice → market → journeys → information → records.
 */
import { defaultCalibration, type Calibration } from './params/calibration';
import { defaultLevers, leverSpecOf, type LeverSettings, type LeverValues } from './params/levers';
import { validateRunInput } from './validate';
import { copyAgents, initialiseAgents, populationKey, type Population } from './population/init';
import { DecisionCalendar } from './population/lists';
import type { Agents } from './population/schema';
import { derivePolicy, type Policy } from './policy';
import { makeStreams, type Streams } from './rng';
import { ROUTES, type RouteSpec } from './routes';
import { compileSchedule, leversAt, type Schedule, type TimelineEntry } from './schedule';
import { MATERIAL_DIMENSIONS, incomeFactor, updateContext } from './phases/context';
import { makeCounters, resetCounters, type MonthCounters } from './phases/counters';
import { refreshHazards, runPeople, TRAPPED_MEAN_MONTHS, type PeopleContext } from './phases/people';
import type { ChoiceContext } from './phases/choice';
import { targetVesselQuality, updateMarkets } from './phases/market';
import { computeRouteRisks, makeRouteRisks, runJourneys, type RouteRisks } from './phases/journeys';
import { knownRisks, updateInformation } from './phases/information';
import { dimensionWeights, recordMonth } from './phases/records';
import { initialiseWorld, type World } from './world';
import { addRouteTotals, makeRouteTotals, summarise, type RouteTotals } from './summary';
import type { MonthRecord, RunSummary } from './outputs';

/** Bump when results for the same inputs change. */
export const MODEL_VERSION = '1.1.0';

export interface RunInput {
  readonly levers?: LeverSettings;
  readonly timeline?: readonly TimelineEntry[];
  readonly calibration?: Readonly<Partial<Calibration>>;
  readonly routes?: readonly RouteSpec[];
  readonly agents?: number;
  readonly months?: number;
  readonly seed?: number;
  /** A population drawn earlier with createPopulation for the same size, seed and calibration; copied, not changed. */
  readonly population?: Population;
}

export interface RunResult {
  readonly modelVersion: string;
  readonly seed: number;
  readonly agents: number;
  readonly levers: LeverValues;
  readonly months: MonthRecord[];
  readonly summary: RunSummary;
}

export const DEFAULT_AGENTS = 100_000;
export const DEFAULT_MONTHS = 120;
export const DEFAULT_SEED = 1;

/** Extra reach of pathways (eligibility, speed) at full regional cooperation. */
const COOPERATION_PATHWAY_GAIN = 0.5;
/** Processing time at full availability, as a share cut from the longest processing time. */
const PROCESSING_CUT_AT_FULL = 0.75;

/** Root-cause investment assumed to have been in place before the run starts. */
const STATUS_QUO_INVESTMENT = leverSpecOf('rootCauses.investment').defaultValue;

/** Resolution of the hazard lookup table over the insecurity index. */
const HAZARD_TABLE_SIZE = 2048;
const HAZARD_INDEX_MAX = 2;
/**
 * Hazards are refreshed when any of the seven coefficients has moved by more than two table slots
 * since the last refresh. Between refreshes a person's index may lag the exact value by a few
 * hundredths of an index unit at most (typically a few thousandths): a deliberate trade of a small,
 * temporary lag for speed, since a refresh visits every person.
 */
const HAZARD_REFRESH_TOLERANCE = (2 * HAZARD_INDEX_MAX) / HAZARD_TABLE_SIZE;

export class Simulation {
  readonly agents: Agents;
  readonly world: World;
  readonly routes: readonly RouteSpec[];
  readonly cal: Calibration;
  readonly schedule: Schedule;
  readonly weight: number;
  readonly seed: number;
  readonly records: MonthRecord[] = [];
  private readonly streams: Streams;
  private readonly counters: MonthCounters;
  private readonly risks: RouteRisks;
  private readonly dimensionWeights: Float64Array;
  private readonly transitMonths: Float64Array;
  private readonly choice: { fees: Float64Array; knownDeath: Float64Array; naiveDeath: Float64Array; knownInterception: Float64Array; scratch: Float64Array };
  private readonly hazardTable = new Float64Array(HAZARD_TABLE_SIZE);
  /** Decisions of people at home, filed by the month they fall due (internal clock). */
  private readonly calendar: DecisionCalendar;
  /** Months simulated so far, warm-up included. */
  private clock = 0;
  /** weight × regional level per dimension, now and at the last hazard refresh. */
  private readonly coef = new Float64Array(7);
  private readonly cachedCoef = new Float64Array(7).fill(-1);
  /** Per-route totals over the recorded run, in agents. */
  private routeTotals: RouteTotals;

  constructor(input: RunInput = {}) {
    validateRunInput(input);
    const months = input.months ?? DEFAULT_MONTHS;
    const count = input.agents ?? DEFAULT_AGENTS;
    this.seed = input.seed ?? DEFAULT_SEED;
    this.cal = { ...defaultCalibration(), ...input.calibration };
    this.routes = input.routes ?? ROUTES;
    this.schedule = compileSchedule({ ...defaultLevers(), ...input.levers }, input.timeline ?? [], months);
    this.weight = this.cal.populationPeople / count;
    this.streams = makeStreams(this.seed);
    this.agents = this.drawOrCopy(input.population, count);
    this.calendar = new DecisionCalendar(count, Math.round(this.cal.warmupMonths) + months + 1);
    const first = this.policyAt(0);
    this.world = initialiseWorld(this.routes, this.cal, first, STATUS_QUO_INVESTMENT);
    // Start in equilibrium with past investment (regional levels) and with the starting policy
    // (vessel quality), so that a baseline run does not drift for reasons of its own.
    const relief = this.cal.rootMaxReduction * this.world.rootEffect;
    for (const d of MATERIAL_DIMENSIONS) this.world.dimensions[d] *= 1 - relief;
    this.world.markets.forEach((m, r) => {
      if (this.routes[r].sea) m.vesselQuality = targetVesselQuality(first, this.cal);
    });
    this.counters = makeCounters(this.routes.length);
    this.risks = makeRouteRisks(this.routes.length);
    this.dimensionWeights = dimensionWeights(this.cal);
    this.transitMonths = Float64Array.from(this.routes.map((r) => r.transitMonths));
    const scale = HAZARD_TABLE_SIZE / HAZARD_INDEX_MAX;
    for (let slot = 0; slot < HAZARD_TABLE_SIZE; slot++) {
      const x = (slot + 0.5) / scale;
      this.hazardTable[slot] = this.cal.aspirationMaxHazardPerMonth / (1 + Math.exp(-this.cal.aspirationSteepness * (x - this.cal.aspirationMidpoint)));
    }
    const n = this.routes.length;
    this.routeTotals = makeRouteTotals(n);
    this.choice = {
      fees: new Float64Array(n),
      knownDeath: new Float64Array(n),
      naiveDeath: Float64Array.from(this.routes.map((r) => this.cal.informationNaiveRiskShare * r.crossingDeathRisk)),
      knownInterception: new Float64Array(n),
      scratch: new Float64Array(n + 1),
    };
    // Warm-up: months under the month-0 policy that are not recorded, so that journeys are under
    // way and the market has found its level when the recorded run begins.
    const warmup = Math.round(this.cal.warmupMonths);
    for (let w = -warmup; w < 0; w++) this.advance(w);
    this.routeTotals = makeRouteTotals(n);
  }

  private drawOrCopy(population: Population | undefined, count: number): Agents {
    if (!population) return initialiseAgents(count, this.cal, this.streams.population);
    if (population.key !== populationKey(count, this.seed, this.cal))
      throw new RangeError('population: drawn for a different size, seed or calibration than this run');
    return copyAgents(population.agents);
  }

  get monthsTotal(): number {
    return this.schedule.months;
  }

  get month(): number {
    return this.records.length;
  }

  get done(): boolean {
    return this.month >= this.monthsTotal;
  }

  policyAt(month: number): Policy {
    return derivePolicy(leversAt(this.schedule, month));
  }

  /** Advance one recorded month. */
  step(): MonthRecord {
    const t = this.month;
    this.advance(t);
    const rec = recordMonth(t, this.agents, this.counters, this.world, this.routes, this.cal, this.weight, this.records);
    this.records.push(rec);
    return rec;
  }

  /**
   * One month of the schedule. `t` is the recorded month (negative during warm-up, when the
   * month-0 policy applies); the agents' decision calendar runs on the internal clock, which
   * counts warm-up months too.
   */
  private advance(t: number): void {
    const clock = this.clock++;
    const cal = this.cal;
    const policy = this.policyAt(Math.max(0, t));
    // Investment made before month 0 is taken to be the status quo (the lever's default).
    const investedAt = t - cal.rootGestationMonths;
    const matured = investedAt < 0 ? STATUS_QUO_INVESTMENT : this.policyAt(investedAt).rootInvestment;
    const c = this.counters;
    resetCounters(c);

    // 1. Context
    updateContext(this.world, policy, matured, cal);
    // 2–3. Aspiration, capability and channel choice (and the regular queue)
    this.refreshHazardsIfMoved(clock);
    runPeople(this.agents, this.calendar, clock, this.peopleContext(policy), cal, c);
    // 4. Market
    updateMarkets(this.world, this.routes, policy, cal, this.weight, c.hires);
    // 5. Journeys
    computeRouteRisks(this.risks, this.world, this.routes, policy, cal);
    runJourneys(
      this.agents,
      { risks: this.risks, transitMonths: this.transitMonths, world: this.world, policy, journey: this.streams.journey, abuse: this.streams.abuse, stranded: this.streams.stranded },
      cal,
      c,
    );
    this.world.markets.forEach((m, r) => (m.readyLastMonth = c.readyToCross[r]));
    addRouteTotals(this.routeTotals, c);
    this.world.queueReady = c.queueReady;
    this.world.queueLength = c.queueLength;
    // 6. Information
    updateInformation(this.world, c, cal, this.weight);
    // 7. Records: see step().
  }

  /**
   * Personal hazards depend on the regional levels only through seven coefficients. They are
   * recomputed when a coefficient has moved by more than the hazard table's resolution since the
   * last refresh; otherwise last month's hazards are still exact to that resolution.
   */
  private refreshHazardsIfMoved(t: number): void {
    let moved = this.cachedCoef[0] < 0;
    for (let d = 0; d < 7; d++) {
      this.coef[d] = this.dimensionWeights[d] * this.world.dimensions[d];
      if (Math.abs(this.coef[d] - this.cachedCoef[d]) > HAZARD_REFRESH_TOLERANCE) moved = true;
    }
    if (!moved) return;
    this.cachedCoef.set(this.coef);
    refreshHazards(this.agents, this.calendar, t, this.coef, this.hazardTable, HAZARD_TABLE_SIZE / HAZARD_INDEX_MAX, this.cal.aspirationTiesWeight, this.cal.returnedReattemptPerMonth);
  }

  private peopleContext(policy: Policy): PeopleContext {
    const cal = this.cal;
    const D = this.world.dimensions;
    const coef = this.coef;
    const fearWeight = this.dimensionWeights[4] + this.dimensionWeights[5] + this.dimensionWeights[6];
    const fearCoef = new Float64Array(7);
    for (let d = 4; d < 7; d++) fearCoef[d] = coef[d] / fearWeight;

    // Cooperation makes the same places broader and faster to reach.
    const reach = Math.min(1, policy.pathways * (1 + COOPERATION_PATHWAY_GAIN * policy.cooperation));
    const placesAgents = (cal.regularPlacesPerMonthAtFull * policy.pathways) / this.weight;
    // With no places there is no pathway to be eligible for.
    const eligibleShare = placesAgents > 0 ? cal.regularEligibleShareMin + (cal.regularEligibleShareMax - cal.regularEligibleShareMin) * reach : 0;
    const processingMonths = Math.max(1, Math.round(cal.regularProcessingMonthsMax * (1 - PROCESSING_CUT_AT_FULL * reach)));
    const backlog = Math.max(this.world.queueReady, 1);
    const serveChance = Math.min(1, placesAgents / backlog);
    const expectedWaitMonths = processingMonths + (placesAgents > 0 ? this.world.queueLength / placesAgents : Infinity);

    let cheapest = Infinity;
    this.world.markets.forEach((m, r) => {
      this.choice.fees[r] = m.feeUsd;
      cheapest = Math.min(cheapest, m.feeUsd);
    });
    knownRisks(this.world, this.routes, this.choice.knownDeath, this.choice.knownInterception);
    // Informed people judge routes by the community's memory of recent journeys.
    const choice: ChoiceContext = {
      cal,
      eligibleShare,
      expectedWaitMonths,
      fees: this.choice.fees,
      knownDeath: this.choice.knownDeath,
      naiveDeath: this.choice.naiveDeath,
      knownInterception: this.choice.knownInterception,
      transitMonths: this.transitMonths,
      campaigns: policy.campaigns,
      scratch: this.choice.scratch,
    };
    return {
      choice,
      fearCoef,
      returnedHazard: cal.returnedReattemptPerMonth,
      giveUpHazard: 1 / TRAPPED_MEAN_MONTHS,
      incomeFactor: incomeFactor(this.world, cal),
      economicLevel: D[0],
      cheapestFeeUsd: cheapest,
      processingMonths,
      serveChance,
      aspiration: this.streams.aspiration,
      choiceRng: this.streams.choice,
      queueRng: this.streams.queue,
    };
  }

  result(): RunResult {
    return {
      modelVersion: MODEL_VERSION,
      seed: this.seed,
      agents: this.agents.count,
      levers: leversAt(this.schedule, 0),
      months: this.records,
      summary: summarise(this.records, this.routeTotals, this.routes, this.weight),
    };
  }
}

/**
 * Draw the people of a run once, to be shared by many runs with the same size, seed and
 * calibration (ensembles, sweeps, comparisons): pass it as `population` in each RunInput.
 */
export function createPopulation(input: Pick<RunInput, 'agents' | 'seed' | 'calibration'> = {}): Population {
  validateRunInput(input);
  const cal = { ...defaultCalibration(), ...input.calibration };
  const count = input.agents ?? DEFAULT_AGENTS;
  const seed = input.seed ?? DEFAULT_SEED;
  return { key: populationKey(count, seed, cal), agents: initialiseAgents(count, cal, makeStreams(seed).population) };
}

/** Run a whole simulation. `onMonth` is called after each month (for progress reports). */
export function runModel(input: RunInput = {}, onMonth?: (month: number, total: number) => void): RunResult {
  const sim = new Simulation(input);
  while (!sim.done) {
    sim.step();
    onMonth?.(sim.month, sim.monthsTotal);
  }
  return sim.result();
}
