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
import type { Stream } from '../rng';
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
    out.landDeath[r] = route.landDeathPerMonth * (1 + 0.5 * cal.riskTakingAtFullInterdiction * pressure);
    out.abuse[r] = route.abusePerMonth * safeAbuse;
  }
}

export interface JourneyContext {
  readonly risks: RouteRisks;
  readonly transitMonths: Float64Array;
  readonly world: World;
  readonly policy: Policy;
  readonly journey: Stream;
  readonly abuse: Stream;
  readonly stranded: Stream;
}

export function runJourneys(a: Agents, ctx: JourneyContext, cal: Calibration, c: MonthCounters): void {
  const { state, monthsInState } = a;
  const { risks, journey, abuse, stranded, world, policy } = ctx;
  const protectionAfterInterception = cal.protectionClaimShare * policy.safeguards;
  const detentionAbuse = cal.detentionAbusePerMonth * (1 - cal.safeguardAbuseReduction * policy.safeguards);
  const evacuation = cal.transitProtectionPerMonth * policy.safeguards;
  const n = a.count;
  for (let i = 0; i < n; i++) {
    const s = state[i];
    if (s === State.InTransit) {
      const r = a.route[i];
      const m = monthsInState[i] + 1;
      monthsInState[i] = m > 65535 ? 65535 : m;
      if (abuse() < risks.abuse[r]) {
        c.abuse++;
        a.savingsUsd[i] *= 1 - cal.ransomShareOfSavings;
      }
      if (m < ctx.transitMonths[r]) {
        if (journey() < risks.landDeath[r]) die(a, i, r, c);
        continue;
      }
      c.readyToCross[r]++;
      if (journey() >= world.markets[r].departureShare) continue; // no boat or seat this month
      const u = journey();
      const pPull = risks.pullback[r];
      if (u < pPull) {
        c.interceptions[r]++;
        c.pullbacks[r]++;
        c.ended[r]++;
        enterState(a, i, State.Stranded);
        continue;
      }
      const rest = (u - pPull) / (1 - pPull);
      const pInt = risks.interception[r];
      if (rest < pInt) {
        c.interceptions[r]++;
        c.ended[r]++;
        if (rest / pInt < protectionAfterInterception) {
          c.arrivals[r]++;
          enterState(a, i, State.ArrivedIrregular);
        } else {
          c.returns++;
          enterState(a, i, State.Returned);
        }
        continue;
      }
      if ((rest - pInt) / (1 - pInt) < risks.death[r]) {
        die(a, i, r, c);
        continue;
      }
      c.arrivals[r]++;
      c.ended[r]++;
      enterState(a, i, State.ArrivedIrregular);
    } else if (s === State.Stranded) {
      const m = monthsInState[i] + 1;
      monthsInState[i] = m > 65535 ? 65535 : m;
      if (abuse() < detentionAbuse) {
        c.abuse++;
        a.savingsUsd[i] *= 1 - cal.ransomShareOfSavings;
      }
      const u = stranded();
      if (u < evacuation) {
        c.regularArrivals++;
        enterState(a, i, State.ArrivedRegular);
      } else if (u < evacuation + cal.strandedReturnHomePerMonth) {
        c.returns++;
        enterState(a, i, State.Returned);
      } else if (u < evacuation + cal.strandedReturnHomePerMonth + cal.strandedReattemptPerMonth) {
        const r = a.route[i];
        const fee = CROSSING_ONLY_FEE_SHARE * world.markets[r].feeUsd;
        if (a.savingsUsd[i] + a.ties[i] * cal.diasporaSupportUsd >= fee) {
          hireSmuggler(a, i, r, fee, c);
          // Straight to the coast: ready to cross next month.
          monthsInState[i] = Math.max(0, ctx.transitMonths[r] - 1);
        }
      }
    }
  }
}

function die(a: Agents, i: number, r: number, c: MonthCounters): void {
  c.deaths[r]++;
  c.ended[r]++;
  enterState(a, i, State.DeadMissing);
}
