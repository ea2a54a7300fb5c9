/**
 * One run of the model: a pure function of (levers, timeline, calibration, routes, agents, months,
 * seed) and the model version. `step()` reads as the schedule documented in the ODD:
 * context and weather → aspiration and choice → operators and market → journeys → information →
 * records.
 */
import { defaultCalibration, type Calibration } from './params/calibration';
import { defaultLevers, leverSpecOf, type LeverSettings, type LeverValues } from './params/levers';
import { validateRunInput } from './validate';
import { copyAgents, initialiseAgents, populationKey, type Population } from './population/init';
import { DecisionCalendar } from './population/lists';
import { allocateAgents, type Agents } from './population/schema';
import { renewPopulation } from './population/renewal';
import { derivePolicy, type Policy } from './policy';
import { makeKeys, type RandomKeys } from './rng';
import { ROUTES, ROUTE_IDS, type RouteSpec } from './routes';
import { METHODS, methodsOf, type MethodSpec } from './methods';
import { feeIndexWeights } from './fee-index';
import { compileSchedule, leversAt, leversOnRoute, sameLevers, sameLeversUntil, type RouteLevers, type Schedule, type TimelineEntry } from './schedule';
import { copyInto } from './state-copy';
import { MATERIAL_DIMENSIONS, incomeFactor, updateContext } from './phases/context';
import { roughShare } from './phases/weather';
import { makeCounters, resetCounters, type MonthCounters } from './phases/counters';
import { refreshHazards, runPeople, TRAPPED_MEAN_MONTHS, type PeopleContext } from './phases/people';
import type { ChoiceContext } from './phases/choice';
import { initialiseOperators, openMarkets, OPERATOR_ID_STRIDE, runOperators, settleOperators, type OperatorsContext } from './phases/operators';
import { clearMarkets } from './phases/market';
import { JourneyBuffers, runJourneys, type JourneySetup } from './phases/journeys';
import { knownRisks, referenceRisk, updateInformation } from './phases/information';
import { dimensionWeights, recordMonth, type RecordContext } from './phases/records';
import { recordRoutes } from './phases/route-records';
import { initialiseWorld, type World } from './world';
import { summarise } from './summary';
import type { MonthRecord, RouteSeries, RunSummary } from './outputs';
import { exp } from './portable-math';

/** Bump when results for the same inputs change. */
export const MODEL_VERSION = '2.7.0';

export interface RunInput {
  readonly levers?: LeverSettings;
  readonly timeline?: readonly TimelineEntry[];
  /** Starting values of levers aimed at one route (route id → lever key → value); the rest of the run's routes keep `levers`. */
  readonly routeLevers?: RouteLevers;
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
  /** Month by month, per route and per crossing method (ROUTE_OUTPUTS). */
  readonly routes: RouteSeries[];
  /** Figures about the run's randomness, not model outputs (absent from results of older versions). */
  readonly diagnostics?: RunDiagnostics;
}

export interface RunDiagnostics {
  /**
   * Expected dead and missing over the recorded months (people, like summary.deathsMissing): the
   * sum of the death chances handed to the death process (phases/cohort.ts). The realised count is
   * this number rounded (within one agent; tests/model/paired-noise.test.ts).
   */
  readonly expectedDeathsMissing: number;
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

/** Route slots in random keys for routes not in the built-in list (custom route lists). */
const CUSTOM_ROUTE_SLOT = 64;

export class Simulation {
  readonly agents: Agents;
  readonly world: World;
  readonly routes: readonly RouteSpec[];
  /** Every route's crossing methods, route after route; agents and counters index methods this way. */
  readonly methods: readonly MethodSpec[];
  readonly cal: Calibration;
  readonly schedule: Schedule;
  readonly weight: number;
  readonly seed: number;
  readonly records: MonthRecord[] = [];
  private readonly keys: RandomKeys;
  private readonly counters: MonthCounters;
  private readonly routeMethods: number[][];
  private readonly methodRoute: Uint8Array;
  private readonly operatorsContext: OperatorsContext;
  private readonly journeySetup: JourneySetup;
  private readonly journeyBuffers: JourneyBuffers;
  private readonly recordContext: RecordContext;
  private readonly bookingsPeople: Float64Array;
  private readonly routeSeries: RouteSeries[];
  private readonly dimensionWeights: Float64Array;
  private readonly transitMonths: Float64Array;
  private readonly choice: { fees: Float64Array; knownDeath: Float64Array; naiveDeath: Float64Array; knownInterception: Float64Array; scratch: Float64Array };
  private readonly hazardTable = new Float64Array(HAZARD_TABLE_SIZE);
  private readonly policies: Policy[] = [];
  /** Decisions of people at home, filed by the month they fall due (internal clock). */
  private readonly calendar: DecisionCalendar;
  /** Months simulated so far, warm-up included. */
  private clock = 0;
  /** weight × regional level per dimension, now and at the last hazard refresh. */
  private readonly coef = new Float64Array(7);
  private readonly cachedCoef = new Float64Array(7).fill(-1);

  /** `from`: only for continueUnder, which builds a run of the same make and copies `from`'s state into it. */
  constructor(input: RunInput = {}, from?: Simulation) {
    validateRunInput(input);
    const months = input.months ?? DEFAULT_MONTHS;
    const count = input.agents ?? DEFAULT_AGENTS;
    this.seed = input.seed ?? DEFAULT_SEED;
    this.cal = { ...defaultCalibration(), ...input.calibration };
    this.routes = input.routes ?? ROUTES;
    this.methods = this.routes.flatMap((r) => methodsOf(r.id));
    this.routeMethods = this.routes.map(() => []);
    this.methodRoute = new Uint8Array(this.methods.length);
    this.methods.forEach((m, g) => {
      const r = this.routes.findIndex((x) => x.id === m.route);
      this.routeMethods[r].push(g);
      this.methodRoute[g] = r;
    });
    const routeSlot = this.routes.map((r, k) => (ROUTE_IDS.includes(r.id) ? ROUTE_IDS.indexOf(r.id) : CUSTOM_ROUTE_SLOT + k));
    const methodSlot = this.methods.map((m) => METHODS.indexOf(m));
    this.schedule = scheduleOf(input);
    this.weight = this.cal.populationPeople / count;
    this.keys = makeKeys(this.seed);
    this.agents = from ? allocateAgents(count) : this.drawOrCopy(input.population, count);
    this.calendar = new DecisionCalendar(count, Math.round(this.cal.warmupMonths) + months + 1);
    const first = this.policyAt(0);
    this.world = initialiseWorld(this.routes, this.methods, Math.round(this.cal.operatorsPerRoute), first, STATUS_QUO_INVESTMENT);
    // Start in equilibrium with past investment (regional levels), so that a baseline run does not
    // drift for reasons of its own; the markets settle during the warm-up.
    const relief = this.cal.rootMaxReduction * this.world.rootEffect;
    for (const d of MATERIAL_DIMENSIONS) this.world.dimensions[d] *= 1 - relief;
    this.operatorsContext = {
      routes: this.routes,
      methods: this.methods,
      routeMethods: this.routeMethods,
      idBase: routeSlot.map((slot) => slot * OPERATOR_ID_STRIDE),
      key: this.keys.operators,
    };
    initialiseOperators(this.world, this.operatorsContext, this.cal);
    openMarkets(this.world, this.operatorsContext, first, this.cal);
    this.journeySetup = { routes: this.routes, methods: this.methods, routeMethods: this.routeMethods, routeSlot, methodSlot };
    this.journeyBuffers = new JourneyBuffers(this.routes.length, this.methods.length, this.keys.deaths);
    const feeWeights = feeIndexWeights(this.methods);
    this.recordContext = {
      methods: this.methods,
      seaMethod: this.methods.map((_, g) => this.routes[this.methodRoute[g]].sea),
      feeWeights,
      routeTransitMonths: Float64Array.from(this.routes.map((r) => r.transitMonths)),
      seaRoute: Uint8Array.from(this.routes.map((r) => (r.sea ? 1 : 0))),
    };
    this.bookingsPeople = new Float64Array(this.methods.length);
    this.counters = makeCounters(this.methods.length);
    this.dimensionWeights = dimensionWeights(this.cal);
    this.transitMonths = Float64Array.from(this.methods.map((_, g) => this.routes[this.methodRoute[g]].transitMonths));
    const scale = HAZARD_TABLE_SIZE / HAZARD_INDEX_MAX;
    for (let slot = 0; slot < HAZARD_TABLE_SIZE; slot++) {
      const x = (slot + 0.5) / scale;
      this.hazardTable[slot] = this.cal.aspirationMaxHazardPerMonth / (1 + exp(-this.cal.aspirationSteepness * (x - this.cal.aspirationMidpoint)));
    }
    const n = this.methods.length;
    this.choice = {
      fees: new Float64Array(n),
      knownDeath: new Float64Array(n),
      naiveDeath: Float64Array.from(this.methods.map((m, g) => this.cal.informationNaiveRiskShare * referenceRisk(this.routes[this.methodRoute[g]], m))),
      knownInterception: new Float64Array(n),
      scratch: new Float64Array(n + 1),
    };
    this.routeSeries = this.routes.map((r, k) => ({
      route: r.id,
      label: r.label,
      methods: this.routeMethods[k].map((g) => ({ id: this.methods[g].id, label: this.methods[g].label })),
      months: [],
    }));
    if (from) {
      // Fixed inputs, and the months recorded so far (finished: never changed), are shared, not copied.
      const fixed = [this.cal, this.routes, this.methods, from.cal, from.routes, from.methods, ...from.records, ...from.routeSeries.flatMap((r) => r.months)];
      copyInto(this, from, new Set<object>(fixed), new Set(['schedule', 'policies']));
      return;
    }
    // Warm-up: months under the month-0 policy that are not recorded, so that journeys are under
    // way and the market has found its level when the recorded run begins.
    const warmup = Math.round(this.cal.warmupMonths);
    for (let w = -warmup; w < 0; w++) this.advance(w);
    this.journeyBuffers.scratch.startRecordedDeaths();
  }

  private drawOrCopy(population: Population | undefined, count: number): Agents {
    if (!population) return initialiseAgents(count, this.cal, this.keys.population);
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

  /** The policy in force in a month (computed once per month: the schedule never changes). */
  policyAt(month: number): Policy {
    const m = Math.min(Math.max(0, month), this.schedule.months - 1);
    let p = this.policies[m];
    if (!p) {
      // A month whose levers are all as in the month before has that month's policy (a policy is
      // a function of the levers and is never changed), so most months cost a comparison only.
      if (m > 0 && sameLevers(this.schedule, m - 1, m)) p = this.policies[m] = this.policyAt(m - 1);
      else {
        const onRoute = this.routes.map((_, r) => leversOnRoute(this.schedule, m, r));
        p = this.policies[m] = derivePolicy(leversAt(this.schedule, m), this.routes, onRoute);
      }
    }
    return p;
  }

  /** Advance one recorded month. */
  step(): MonthRecord {
    const t = this.month;
    this.advance(t);
    const rec = recordMonth(t, this.agents, this.counters, this.world, this.recordContext, this.cal, this.weight, this.records);
    this.records.push(rec);
    const byRoute = recordRoutes(t, this.counters, this.world, this.methods, this.routeMethods, this.recordContext.feeWeights, this.weight);
    byRoute.forEach((m, r) => this.routeSeries[r].months.push(m));
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

    // 0. Renewal: young adults come of age in the households of those who left for good
    renewPopulation(this.agents, clock, cal);
    // 1. Context and the sea state
    updateContext(this.world, policy, matured, cal);
    this.world.roughShare = roughShare(t, clock, this.keys.weather, cal);
    // 2–3. Aspiration, capability and channel choice (and the regular queue)
    this.refreshHazardsIfMoved(clock);
    runPeople(this.agents, this.calendar, clock, this.peopleContext(policy, clock), cal, c);
    // 4. Operators and the market
    runOperators(this.world, this.operatorsContext, policy, cal);
    for (let g = 0; g < this.methods.length; g++) this.bookingsPeople[g] = c.hires[g] * this.weight;
    clearMarkets(this.world, this.operatorsContext, this.bookingsPeople, this.weight, cal);
    // 5. Journeys, then the operators' takings and losses
    const buffers = this.journeyBuffers;
    runJourneys(
      this.agents,
      {
        setup: this.journeySetup,
        buffers,
        world: this.world,
        policy,
        weight: this.weight,
        abuseKey: this.keys.abuse,
        landKey: this.keys.landLeg,
        departureKey: this.keys.departure,
        crossingKey: this.keys.crossing,
        strandedKey: this.keys.stranded,
        month: clock,
      },
      cal,
      c,
    );
    settleOperators(this.world, this.operatorsContext, buffers.departuresPeople, cal);
    this.world.methods.forEach((m, g) => (m.readyLastMonth = c.readyToCross[g]));
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

  private peopleContext(policy: Policy, clock: number): PeopleContext {
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
    this.world.methods.forEach((m, g) => {
      this.choice.fees[g] = m.feeUsd;
      cheapest = Math.min(cheapest, m.feeUsd);
    });
    knownRisks(this.world, this.routes, this.methods, this.methodRoute, this.choice.knownDeath, this.choice.knownInterception);
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
      methodRoute: this.methodRoute,
      campaigns: policy.campaigns,
      scratch: this.choice.scratch,
      choiceKey: this.keys.choice,
      trappedKey: this.keys.trapped,
      month: clock,
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
      aspirationKey: this.keys.aspiration,
      queueKey: this.keys.queue,
      populationKey: this.keys.population,
    };
  }

  /**
   * A copy of this run as it stands that goes on under `input`'s levers, timeline and route
   * levers: the same run as `new Simulation(input)` stepped to this month, without simulating
   * the months again. Everything else in `input` must be as in this run, and its levers must equal
   * this run's in every month simulated so far (month 0's, under which the warm-up ran, included):
   * a RangeError says so otherwise. run.ts (runBranches) is the caller.
   */
  continueUnder(input: RunInput): Simulation {
    validateRunInput(input);
    const cal: Calibration = { ...defaultCalibration(), ...input.calibration };
    const routes = input.routes ?? ROUTES;
    const same =
      (input.agents ?? DEFAULT_AGENTS) === this.agents.count &&
      (input.seed ?? DEFAULT_SEED) === this.seed &&
      routes.length === this.routes.length &&
      routes.every((r, k) => JSON.stringify(r) === JSON.stringify(this.routes[k])) &&
      (Object.keys(cal) as (keyof Calibration)[]).every((k) => cal[k] === this.cal[k]);
    if (!same) throw new RangeError('continueUnder: the run to continue has another size, seed, calibration or routes');
    if (!sameLeversUntil(this.schedule, scheduleOf(input), Math.max(1, this.month)))
      throw new RangeError("continueUnder: the new levers differ from this run's in a month already simulated");
    return new Simulation(input, this);
  }

  result(): RunResult {
    return {
      modelVersion: MODEL_VERSION,
      seed: this.seed,
      agents: this.agents.count,
      levers: leversAt(this.schedule, 0),
      months: this.records,
      summary: summarise(this.records, this.routeSeries),
      routes: this.routeSeries,
      diagnostics: { expectedDeathsMissing: this.journeyBuffers.scratch.expectedDeaths * this.weight },
    };
  }
}

/** The levers of a run, month by month (and route by route). */
export function scheduleOf(input: RunInput): Schedule {
  const routes = input.routes ?? ROUTES;
  return compileSchedule({ ...defaultLevers(), ...input.levers }, input.timeline ?? [], input.months ?? DEFAULT_MONTHS, routes.map((r) => r.id), input.routeLevers);
}
