/**
 * Phase 7 — records. Turns the month's counters, the state counts and the world into one record
 * of every declared output, in people, including the two indices: this file computes each index's
 * terms (each a harm over its reference value, uncapped, stored as an output of its own), and the
 * weights that combine them are declared in indices.ts.
 */
import type { Calibration, CalibrationKey } from '../params/calibration';
import { Code, CODE_STRIDE, State, type Agents } from '../population/schema';
import type { World } from '../world';
import type { MethodSpec } from '../methods';
import type { MonthRecord } from '../outputs';
import type { MonthCounters } from './counters';
import { HUMAN_SECURITY_INDEX, indexValue, STATE_SECURITY_INDEX, type TermValues } from '../indices';

/** What the month's record needs besides the counters and the world. */
export interface RecordContext {
  readonly methods: readonly MethodSpec[];
  /** Whether each method's route is a sea crossing. */
  readonly seaMethod: readonly boolean[];
  readonly feeWeights: Float64Array;
  /** Per route: months of travel before the crossing, and 1 for a sea route (0 otherwise). */
  readonly routeTransitMonths: Float64Array;
  readonly seaRoute: Uint8Array;
}

const DIMENSION_WEIGHT_KEYS: readonly CalibrationKey[] = [
  'weightEconomic',
  'weightFood',
  'weightHealth',
  'weightEnvironmental',
  'weightPersonal',
  'weightCommunity',
  'weightPolitical',
];

export function dimensionWeights(cal: Calibration): Float64Array {
  return Float64Array.from(DIMENSION_WEIGHT_KEYS.map((k) => cal[k]));
}

/** Months of flows the indices look back over. */
export const INDEX_WINDOW_MONTHS = 12;

const sum = (a: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
};

/**
 * The transit country at month end, in agents: everyone there (people on a sea route who have
 * reached its coast and wait for a crossing, and everyone stranded or detained after a
 * pull-back), and the detained among them.
 */
export function countTransitCountry(a: Agents, rc: RecordContext): { present: number; detained: number } {
  const { codes, travellers } = a;
  let present = 0;
  let held = 0;
  for (let k = 0; k < travellers.count; k++) {
    const i = travellers.items[k];
    const at = i * CODE_STRIDE;
    const s = codes[at + Code.State];
    if (s === State.Stranded) {
      present++;
      if (codes[at + Code.Detained]) held++;
    } else if (s === State.InTransit && rc.seaRoute[codes[at + Code.Route]] && codes[at + Code.MonthsInState] >= rc.routeTransitMonths[codes[at + Code.Route]]) present++;
  }
  return { present, detained: held };
}

export function recordMonth(
  month: number,
  a: Agents,
  c: MonthCounters,
  world: World,
  rc: RecordContext,
  cal: Calibration,
  weight: number,
  history: readonly MonthRecord[],
): MonthRecord {
  const sc = a.stateCounts;
  const hires = sum(c.hires);
  const ended = sum(c.ended);
  const deaths = sum(c.deaths);
  const fees = sum(c.feesPaidUsd);
  let feeIndex = 0;
  let capacity = 0;
  let seaDepartures = 0;
  let seaworthyDepartures = 0;
  rc.methods.forEach((m, g) => {
    feeIndex += rc.feeWeights[g] * world.methods[g].feeUsd;
    capacity += world.methods[g].seatsPeople;
    if (rc.seaMethod[g]) {
      seaDepartures += c.departures[g];
      if (m.seaworthy) seaworthyDepartures += c.departures[g];
    }
  });
  let operators = 0;
  let vessels = 0;
  for (const rs of world.routes) {
    const pool = rs.operators;
    for (let o = 0; o < pool.size; o++) {
      operators += pool.active[o];
      vessels += pool.vessels[o];
    }
  }
  const previous = history.length ? history[history.length - 1].vesselQuality : 1;
  const w = dimensionWeights(cal);
  const wSum = sum(w);
  let insecurity = 0;
  for (let d = 0; d < w.length; d++) insecurity += (w[d] * world.dimensions[d]) / wSum;
  const D = world.dimensions;
  const transit = countTransitCountry(a, rc);

  const rec = {
    month,
    smugglingDemand: hires * weight,
    repeatAttempts: sum(c.repeatHires) * weight,
    inTransit: (sc[State.InTransit] + sc[State.Stranded]) * weight,
    stranded: sc[State.Stranded] * weight,
    detained: transit.detained * weight,
    transitHub: transit.present * weight,
    irregularArrivals: sum(c.arrivals) * weight,
    regularArrivals: c.regularArrivals * weight,
    regularQueue: sc[State.WaitingRegular] * weight,
    deathsMissing: deaths * weight,
    deathsOnLand: sum(c.landDeaths) * weight,
    journeysEnded: ended * weight,
    deathRatePerAttempt: ended > 0 ? deaths / ended : 0,
    departures: sum(c.departures) * weight,
    interceptions: sum(c.interceptions) * weight,
    pullbacks: sum(c.pullbacks) * weight,
    departuresPrevented: sum(c.prevented) * weight,
    returns: c.returns * weight,
    movedOn: c.movedOn * weight,
    abuseIncidents: c.abuse * weight,
    hubAbuseIncidents: c.hubAbuse * weight,
    meanFeeUsd: hires > 0 ? fees / hires : feeIndex,
    feeIndexUsd: feeIndex,
    smugglerRevenueUsd: fees * weight,
    smugglingCapacity: capacity,
    smugglingOperators: operators,
    smugglingVessels: vessels,
    vesselQuality: seaDepartures > 0 ? seaworthyDepartures / seaDepartures : previous,
    trappedPopulation: sc[State.Trapped] * weight,
    atHome: (sc[State.Home] + sc[State.Returned]) * weight,
    arrivedRegularTotal: (sc[State.ArrivedRegular] + a.renewedFrom[State.ArrivedRegular]) * weight,
    arrivedIrregularTotal: (sc[State.ArrivedIrregular] + a.renewedFrom[State.ArrivedIrregular]) * weight,
    returnedTotal: sc[State.Returned] * weight,
    deadMissingTotal: (sc[State.DeadMissing] + a.renewedFrom[State.DeadMissing]) * weight,
    movedOnTotal: (sc[State.MovedOn] + a.renewedFrom[State.MovedOn]) * weight,
    insecurityIndex: insecurity,
    insecurityEconomic: D[0],
    insecurityFood: D[1],
    insecurityHealth: D[2],
    insecurityEnvironmental: D[3],
    insecurityPersonal: D[4],
    insecurityCommunity: D[5],
    insecurityPolitical: D[6],
    // The indices' terms and the indices themselves, filled in below from the declaration.
    termDeaths: 0,
    termAbuse: 0,
    termStranded: 0,
    termTrapped: 0,
    termNoSafeChannel: 0,
    termOrigin: 0,
    termEntries: 0,
    termUncontrolled: 0,
    termArrivals: 0,
    termMarket: 0,
    termOperators: 0,
    humanSecurityIndex: 0,
    stateSecurityIndex: 0,
  } satisfies MonthRecord;

  // Trailing window of flows, this month included.
  const from = Math.max(0, history.length - (INDEX_WINDOW_MONTHS - 1));
  let wDeaths = rec.deathsMissing, wAbuse = rec.abuseIncidents, wHires = rec.smugglingDemand;
  let wRegular = rec.regularArrivals, wIrregular = rec.irregularArrivals, wRevenue = rec.smugglerRevenueUsd, wInterceptions = rec.interceptions;
  for (let m = from; m < history.length; m++) {
    const h = history[m];
    wDeaths += h.deathsMissing;
    wAbuse += h.abuseIncidents;
    wHires += h.smugglingDemand;
    wRegular += h.regularArrivals;
    wIrregular += h.irregularArrivals;
    wRevenue += h.smugglerRevenueUsd;
    wInterceptions += h.interceptions;
  }
  const months = history.length - from + 1;
  const perYear = 12 / months;
  // Every term is a harm ÷ its reference, never capped: twice the harm is twice the term.
  const human = {
    deaths: (wDeaths * perYear) / cal.indexRefDeathsPerYear,
    abuse: (wAbuse * perYear) / cal.indexRefAbusePerYear,
    stranded: rec.stranded / cal.indexRefPeopleHeld,
    trapped: rec.trappedPopulation / cal.indexRefPeopleHeld,
    noSafeChannel: (wHires * perYear) / cal.indexRefIrregularPerYear,
    origin: insecurity,
  } satisfies TermValues<typeof HUMAN_SECURITY_INDEX>;
  const reachedBorder = wIrregular + wRegular + wInterceptions;
  const state = {
    entries: (wIrregular * perYear) / cal.indexRefIrregularPerYear,
    uncontrolled: reachedBorder > 0 ? wIrregular / reachedBorder : 0,
    arrivals: ((wIrregular + wRegular) * perYear) / cal.indexRefIrregularPerYear,
    market: (wRevenue * perYear) / cal.indexRefRevenueUsdPerYear,
    operators: operators / (cal.operatorsPerRoute * world.routes.length),
  } satisfies TermValues<typeof STATE_SECURITY_INDEX>;
  for (const t of HUMAN_SECURITY_INDEX.terms) rec[t.output] = human[t.name];
  for (const t of STATE_SECURITY_INDEX.terms) rec[t.output] = state[t.name];
  rec.humanSecurityIndex = indexValue(HUMAN_SECURITY_INDEX, human);
  rec.stateSecurityIndex = indexValue(STATE_SECURITY_INDEX, state);
  return rec;
}
