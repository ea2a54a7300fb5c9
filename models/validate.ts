/**
 * Checks a run's inputs before anything is allocated. The model trusts nothing from outside:
 * a bad value throws a RangeError naming the field, the value and what is allowed. (User-facing
 * tools validate earlier with friendlier messages; this is the last line of defence.)
 */
import { aimProblem } from './aim';
import { methodsOf } from './methods';
import { CALIBRATION } from './params/calibration';
import { AGENTS_LIMIT, MONTHS_LIMIT, SEED_LIMIT, withinLimit, type RunLimit } from './limits';
import { leverSpec } from './params/levers';
import { ROUTES } from './routes';
import type { RunInput } from './simulation';

function fail(field: string, value: unknown, allowed: string): never {
  throw new RangeError(`${field}: got ${JSON.stringify(value) ?? String(value)}; ${allowed}`);
}

function checkUnit(field: string, v: unknown): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) fail(field, v, 'must be a number between 0 and 1');
}

export function validateRunInput(input: RunInput): void {
  const checkWhole = (field: 'agents' | 'months' | 'seed', limit: RunLimit) => {
    const v = input[field];
    if (v !== undefined && !withinLimit(limit, v)) fail(field, v, `must be a whole number from ${limit.min} to ${limit.max}`);
  };
  checkWhole('agents', AGENTS_LIMIT);
  checkWhole('months', MONTHS_LIMIT);
  checkWhole('seed', SEED_LIMIT);
  for (const [k, v] of Object.entries(input.levers ?? {})) {
    leverSpec(`levers.${k}`, k);
    checkUnit(`levers.${k}`, v);
  }
  const routes = input.routes ?? ROUTES;
  routes.forEach((r, i) => {
    if (methodsOf(r.id).length === 0) fail(`routes.${i}.id`, r.id, 'has no crossing methods declared in models/methods.ts');
  });
  for (const [routeId, levers] of Object.entries(input.routeLevers ?? {})) {
    for (const [k, v] of Object.entries(levers)) {
      leverSpec(`routeLevers.${routeId}.${k}`, k);
      const problem = aimProblem(k, routeId, routes);
      if (problem) fail(`routeLevers.${routeId}.${k}`, v, problem);
      checkUnit(`routeLevers.${routeId}.${k}`, v);
    }
  }
  (input.timeline ?? []).forEach((e, i) => {
    leverSpec(`timeline.${i}.lever`, e.lever);
    if (e.route !== undefined) {
      const problem = aimProblem(e.lever, e.route, routes);
      if (problem) fail(`timeline.${i}.route`, e.route, problem);
    }
    checkUnit(`timeline.${i}.value`, e.value);
    if (!Number.isInteger(e.fromMonth) || e.fromMonth < 0) fail(`timeline.${i}.fromMonth`, e.fromMonth, 'must be a whole number ≥ 0');
    if (e.toMonth !== undefined && (!Number.isInteger(e.toMonth) || e.toMonth <= e.fromMonth))
      fail(`timeline.${i}.toMonth`, e.toMonth, 'must be a whole number greater than fromMonth');
  });
  for (const [k, v] of Object.entries(input.calibration ?? {})) {
    const spec = (CALIBRATION as Record<string, { min: number; max: number }>)[k];
    if (!spec) fail(`calibration.${k}`, k, 'is not a known calibration constant');
    if (typeof v !== 'number' || !Number.isFinite(v) || v < spec.min || v > spec.max)
      fail(`calibration.${k}`, v, `must be a number between ${spec.min} and ${spec.max}`);
  }
}
