/**
 * Phase 5 — journeys. People travelling with a smuggler face abuse each month (less with
 * protection safeguards) and, on overland legs, a risk of death. When the overland part is done
 * they wait for a departure (capacity permitting) and cross. At the crossing, in this order: a
 * pull-back by the transit country's coastguard (sea routes; fewer with safeguards), interception
 * by the destination (after which some obtain protection and the rest are returned to origin),
 * death (route risk × vessel quality × evasion risk-taking, reduced by rescue at sea), or
 * arrival. People pulled back are stranded in the transit country, often detained and abused;
 * each month they may be evacuated (with safeguards), go home, or pay for another crossing.
 */
import type { Calibration } from '../params/calibration';
import type { Agents } from '../population/schema';
import { State } from '../population/schema';
import type { Policy } from '../policy';
import type { RouteSpec } from '../routes';
import { draw, drawK } from '../rng';
import type { World } from '../world';
import { enterState, hireSmuggler } from './choice';
import type { MonthCounters } from './counters';
import { pressureOn } from './market';

/** Share of the full fee paid for another crossing from the transit country (the sea leg). */
export const CROSSING_ONLY_FEE_SHARE = 0.5;
/** Death and interception probabilities never exceed these (some always get through). */
const MAX_DEATH_RISK = 0.9;
const MAX_INTERCEPTION = 0.95;
/** Extra interception from cooperation: transit and destination share information. */
const COOPERATION_INTERCEPTION_BONUS = 0.3;
/** How much of the safeguards lever stops pull-backs to unsafe places. */
const SAFEGUARD_PULLBACK_REDUCTION = 0.8;
/** Evasion raises overland risk half as much as at the crossing (remote tracks, abandonment). */
const LAND_EVASION_SHARE = 0.5;

export interface RouteRisks {
  readonly pullback: Float64Array;
  readonly interception: Float64Array;
  readonly death: Float64Array;
  readonly landDeath: Float64Array;
  readonly abuse: Float64Array;
}

export function makeRouteRisks(n: number): RouteRisks {
  const z = () => new Float64Array(n);
  return { pullback: z(), interception: z(), death: z(), landDeath: z(), abuse: z() };
}

export function computeRouteRisks(out: RouteRisks, world: World, routes: readonly RouteSpec[], policy: Policy, cal: Calibration): void {
  const safeAbuse = 1 - cal.safeguardAbuseReduction * policy.safeguards;
  for (let r = 0; r < routes.length; r++) {
    const route = routes[r];
    // Smugglers evade whoever patrols: the destination's ships and, at sea, the transit coastguard.
    const pressure = pressureOn(route, policy);
    const evasion = 1 + cal.riskTakingAtFullInterdiction * pressure;
    out.pullback[r] = route.sea ? cal.pullbackAtFull * policy.pullbacks * (1 - SAFEGUARD_PULLBACK_REDUCTION * policy.safeguards) : 0;
    out.interception[r] = Math.min(
      MAX_INTERCEPTION,
      route.baseInterception +
        cal.interceptionAtFullInterdiction * policy.interdiction * route.enforcementExposure * (1 + COOPERATION_INTERCEPTION_BONUS * policy.cooperation),
    );
    let death = route.crossingDeathRisk * evasion;
    if (route.sea) {
      const q = world.markets[r].vesselQuality;
      death *= (1 + (cal.vesselDeathMultiplierAtWorst - 1) * (1 - q)) * (1 - cal.rescueDeathReduction * policy.rescue);
    }
    out.death[r] = Math.min(MAX_DEATH_RISK, death);
    out.landDeath[r] = route.landDeathPerMonth * (1 + LAND_EVASION_SHARE * cal.riskTakingAtFullInterdiction * pressure);
    out.abuse[r] = route.abusePerMonth * safeAbuse;
  }
}

export interface JourneyContext {
  readonly risks: RouteRisks;
  readonly transitMonths: Float64Array;
  readonly world: World;
  readonly policy: Policy;
  /** Random keys of each kind of event, and the month (internal clock) they are drawn for. */
  readonly abuseKey: number;
  readonly landKey: number;
  readonly departureKey: number;
  readonly crossingKey: number;
  readonly strandedKey: number;
  readonly month: number;
}

/** Per-month rates that do not depend on the route. */
interface TransitRates {
  readonly protectionAfterInterception: number;
  readonly detentionAbuse: number;
  readonly evacuation: number;
}

/**
 * Steps everyone travelling or stranded, in the order they set off. Only the travellers' list is
 * visited, not the whole population; people who arrive, die or go home leave the list.
 */
export function runJourneys(a: Agents, ctx: JourneyContext, cal: Calibration, c: MonthCounters): void {
  const policy = ctx.policy;
  const rates: TransitRates = {
    protectionAfterInterception: cal.protectionClaimShare * policy.safeguards,
    detentionAbuse: cal.detentionAbusePerMonth * (1 - cal.safeguardAbuseReduction * policy.safeguards),
    evacuation: cal.transitProtectionPerMonth * policy.safeguards,
  };
  const state = a.state;
  const list = a.travellers;
  const items = list.items;
  const count = list.count;
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const i = items[k];
    if (state[i] === State.InTransit) stepInTransit(a, i, ctx, cal, c, rates);
    else if (state[i] === State.Stranded) stepStranded(a, i, ctx, cal, c, rates);
    const s = state[i];
    if (s === State.InTransit || s === State.Stranded) items[kept++] = i;
  }
  list.count = kept;
}

function tick(a: Agents, i: number): number {
  const m = a.monthsInState[i] + 1;
  a.monthsInState[i] = m > 65535 ? 65535 : m;
  return m;
}

function suffer(a: Agents, i: number, chance: number, ctx: JourneyContext, cal: Calibration, c: MonthCounters): void {
  if (draw(ctx.abuseKey, i, ctx.month) < chance) {
    c.abuse++;
    a.savingsUsd[i] *= 1 - cal.ransomShareOfSavings;
  }
}

function stepInTransit(a: Agents, i: number, ctx: JourneyContext, cal: Calibration, c: MonthCounters, rates: TransitRates): void {
  const { risks } = ctx;
  const r = a.route[i];
  const m = tick(a, i);
  suffer(a, i, risks.abuse[r], ctx, cal, c);
  if (m < ctx.transitMonths[r]) {
    if (draw(ctx.landKey, i, ctx.month) < risks.landDeath[r]) die(a, i, r, c);
    return;
  }
  c.readyToCross[r]++;
  if (draw(ctx.departureKey, i, ctx.month) >= ctx.world.markets[r].departureShare) return; // no boat or seat this month
  // Each event at the crossing has its own draw, so a change in one risk leaves the others' luck alone.
  const pPull = risks.pullback[r];
  if (drawK(ctx.crossingKey, i, ctx.month, 0) < pPull) {
    c.interceptions[r]++;
    c.pullbacks[r]++;
    c.ended[r]++;
    enterState(a, i, State.Stranded);
    return;
  }
  const pInt = risks.interception[r];
  if (drawK(ctx.crossingKey, i, ctx.month, 1) < pInt) {
    c.interceptions[r]++;
    c.ended[r]++;
    if (drawK(ctx.crossingKey, i, ctx.month, 2) < rates.protectionAfterInterception) {
      c.arrivals[r]++;
      enterState(a, i, State.ArrivedIrregular);
    } else {
      c.returns++;
      enterState(a, i, State.Returned);
    }
    return;
  }
  if (drawK(ctx.crossingKey, i, ctx.month, 3) < risks.death[r]) {
    die(a, i, r, c);
    return;
  }
  c.arrivals[r]++;
  c.ended[r]++;
  enterState(a, i, State.ArrivedIrregular);
}

function stepStranded(a: Agents, i: number, ctx: JourneyContext, cal: Calibration, c: MonthCounters, rates: TransitRates): void {
  tick(a, i);
  suffer(a, i, rates.detentionAbuse, ctx, cal, c);
  const u = draw(ctx.strandedKey, i, ctx.month);
  if (u < rates.evacuation) {
    c.regularArrivals++;
    enterState(a, i, State.ArrivedRegular);
  } else if (u < rates.evacuation + cal.strandedReturnHomePerMonth) {
    c.returns++;
    enterState(a, i, State.Returned);
  } else if (u < rates.evacuation + cal.strandedReturnHomePerMonth + cal.strandedReattemptPerMonth) {
    const r = a.route[i];
    const fee = CROSSING_ONLY_FEE_SHARE * ctx.world.markets[r].feeUsd;
    if (a.savingsUsd[i] + a.ties[i] * cal.diasporaSupportUsd >= fee) {
      hireSmuggler(a, i, r, fee, c);
      // Straight to the coast: ready to cross next month.
      a.monthsInState[i] = Math.max(0, ctx.transitMonths[r] - 1);
    }
  }
}

function die(a: Agents, i: number, r: number, c: MonthCounters): void {
  c.deaths[r]++;
  c.ended[r]++;
  enterState(a, i, State.DeadMissing);
}
