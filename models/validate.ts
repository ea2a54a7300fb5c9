/**
 * Checks a run's inputs before anything is allocated. The model trusts nothing from outside:
 * a bad value throws a RangeError naming the field, the value and what is allowed. (User-facing
 * tools validate earlier with friendlier messages; this is the last line of defence.)
 */
import { CALIBRATION } from './params/calibration';
import { leverSpec } from './params/levers';
import type { RunInput } from './simulation';

export const MAX_AGENTS = 5_000_000;
export const MAX_MONTHS = 1200;

function fail(field: string, value: unknown, allowed: string): never {
  throw new RangeError(`${field}: got ${JSON.stringify(value) ?? String(value)}; ${allowed}`);
}

function checkUnit(field: string, v: unknown): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) fail(field, v, 'must be a number between 0 and 1');
}

export function validateRunInput(input: RunInput): void {
  if (input.agents !== undefined && (!Number.isInteger(input.agents) || input.agents < 1 || input.agents > MAX_AGENTS))
    fail('agents', input.agents, `must be a whole number from 1 to ${MAX_AGENTS}`);
  if (input.months !== undefined && (!Number.isInteger(input.months) || input.months < 1 || input.months > MAX_MONTHS))
    fail('months', input.months, `must be a whole number from 1 to ${MAX_MONTHS}`);
  if (input.seed !== undefined && (!Number.isInteger(input.seed) || input.seed < 0 || input.seed > 0xffffffff))
    fail('seed', input.seed, 'must be a whole number from 0 to 4294967295');
  for (const [k, v] of Object.entries(input.levers ?? {})) {
    leverSpec(`levers.${k}`, k);
    checkUnit(`levers.${k}`, v);
  }
  (input.timeline ?? []).forEach((e, i) => {
    leverSpec(`timeline.${i}.lever`, e.lever);
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
