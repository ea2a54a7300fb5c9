/**
 * Reading scenario files of format version 1 (written for model 1: the built-in library until
 * model 2, files users saved, the payloads of old links) as version 2, with the same meaning.
 *
 * What changed between the formats, and how a version 1 file is read:
 * - Timeline entries and levers gained an optional route. A version 1 entry has none, which in
 *   version 2 means every route — what it meant before. Nothing to change.
 * - A route's `baseFeeUsd` (model 1: the fee with no enforcement and supply meeting demand) no
 *   longer exists: fees come from operators' costs. A file that changed it changed the route's
 *   cost of smuggling by a ratio; it now changes the route's `runningCostUsd` by the same ratio.
 * - A route's `crossingDeathRisk` keeps its name, but model 2 counts it for the safest crossing
 *   method in calm weather (model 1: with good vessels and no evasion). A file that changed it
 *   changed the route's danger by a ratio; the same ratio now applies to model 2's value.
 * - Calibration constants of mechanisms model 2 replaced (the fee premium, the risk multiplier
 *   for evasion, vessel quality, fixed shares for pull-backs and rescue, the abuse cut from
 *   safeguards) have no counterpart. They are left out, and a note says which and why.
 *
 * Every change the migration makes is reported as a note, for the caller to show.
 */
import { ROUTES } from '../models/index';

/** Model 1's default values of the route fields whose meaning moved (models/routes.ts at model version 1.0.0). */
export const V1_ROUTE_DEFAULTS: Readonly<Record<string, { readonly baseFeeUsd: number; readonly crossingDeathRisk: number }>> = {
  shortSea: { baseFeeUsd: 2500, crossingDeathRisk: 0.0015 },
  desertSea: { baseFeeUsd: 1600, crossingDeathRisk: 0.02 },
  air: { baseFeeUsd: 12000, crossingDeathRisk: 0.0002 },
};

/** Model 1 calibration constants with no counterpart in model 2, and what replaced their mechanism. */
export const V1_RETIRED_CALIBRATION: Readonly<Record<string, string>> = {
  marketFeeEnforcementPremium: 'fees now clear each method’s market at operators’ costs, which include their losses to enforcement',
  marketScarcityElasticity: 'fees now rise only while demand exceeds what operators can carry',
  marketEntryPerMonth: 'operators now enter one by one when the business pays (operatorEntryPerMonth)',
  marketExitPerMonth: 'operators now leave one by one when they lose money (operatorExitPerMonth)',
  marketArrestPerMonth: 'prosecution now arrests operators and crews (organiserArrestPerMonthAtFull, crewArrestAtFull)',
  marketUnitCostShare: 'operators’ costs are now the route’s runningCostUsd and each method’s vessel and crew',
  marketInitialCapacityPerMonth: 'capacity is now the seats of the operators in business',
  vesselDestructionQualityLoss: 'destroyed vessels are now lost to their owners, who must buy others or switch method',
  vesselRescueQualityLoss: 'the methods people choose now respond to what rescue does to their risk',
  vesselRecoveryPerMonth: 'operators now buy vessels from a limited pool',
  vesselDeathMultiplierAtWorst: 'each crossing method now has its own risk (models/methods.ts)',
  riskTakingAtFullInterdiction: 'risk now follows the methods and tracks operators and migrants choose',
  interceptionAtFullInterdiction: 'patrols are now assets with detection and capacity (interdictionDetectionAtFull and each route’s capacity)',
  pullbackAtFull: 'the coastguard is now an asset with detection and capacity (pullbackDetectionAtFull and each route’s capacity)',
  rescueDeathReduction: 'rescue is now an asset that saves people in distress when it reaches them (rescueReachAtFull and each route’s capacity)',
  safeguardAbuseReduction: 'safeguards now shorten detention (detentionReleaseAtFullSafeguards) and open evacuation',
};

export interface Migrated {
  readonly data: unknown;
  readonly notes: string[];
}

const isRecord = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

function migrateRoutes(routes: unknown, notes: string[]): unknown {
  if (!isRecord(routes)) return routes;
  return Object.fromEntries(
    Object.entries(routes).map(([id, change]) => {
      const v1 = Object.prototype.hasOwnProperty.call(V1_ROUTE_DEFAULTS, id) ? V1_ROUTE_DEFAULTS[id] : undefined;
      const now = ROUTES.find((r) => r.id === id);
      if (!isRecord(change) || !v1 || !now) return [id, change];
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(change)) {
        if (k === 'baseFeeUsd' && typeof v === 'number') {
          const ratio = v / v1.baseFeeUsd;
          out.runningCostUsd = now.runningCostUsd * ratio;
          notes.push(`routes.${id}.baseFeeUsd ${v} (×${ratio.toFixed(3)} model 1’s ${v1.baseFeeUsd}) is read as routes.${id}.runningCostUsd ${out.runningCostUsd}: the route’s costs changed by the same ratio`);
        } else if (k === 'crossingDeathRisk' && typeof v === 'number') {
          const ratio = v / v1.crossingDeathRisk;
          out.crossingDeathRisk = now.crossingDeathRisk * ratio;
          notes.push(`routes.${id}.crossingDeathRisk ${v} (×${ratio.toFixed(3)} model 1’s ${v1.crossingDeathRisk}) is read as ${out.crossingDeathRisk}: the same ratio to model 2’s value`);
        } else out[k] = v;
      }
      return [id, out];
    }),
  );
}

function migrateCalibration(calibration: unknown, notes: string[]): unknown {
  if (!isRecord(calibration)) return calibration;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(calibration)) {
    if (Object.prototype.hasOwnProperty.call(V1_RETIRED_CALIBRATION, k)) notes.push(`calibration.${k} is left out: model 2 has no such constant (${V1_RETIRED_CALIBRATION[k]})`);
    else out[k] = v;
  }
  return out;
}

/** A version 1 scenario (already known to be an object with formatVersion 1) as version 2. */
export function migrateV1(data: Record<string, unknown>): Migrated {
  const notes: string[] = [];
  const out: Record<string, unknown> = { ...data, formatVersion: 2 };
  if ('routes' in data) out.routes = migrateRoutes(data.routes, notes);
  if ('calibration' in data) out.calibration = migrateCalibration(data.calibration, notes);
  return { data: out, notes };
}
