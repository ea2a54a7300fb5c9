/**
 * Run limits are declared once (models/limits.ts) and every way into the model agrees on them: the
 * model's input check, the command line and sweeps, scenario files, the explorer's links, Compare's
 * links and the seminar set-up. Each limit is tried at its bounds and just outside them, through
 * every door at once, so a door with a number of its own fails here. (Before they were declared
 * once, a 6-month scenario file was accepted but its own explorer link was not.)
 */
import { describe, expect, it } from 'vitest';
import { AGENTS_LIMIT, BROWSER_AGENTS_LIMIT, ENSEMBLE_SEEDS_LIMIT, MONTHS_LIMIT, runModel, SEED_LIMIT, validateRunInput } from '../models/index';
import { findScenario, parseScenario, type Scenario } from '../scenarios/index';
import { parseCliArgs } from '../scripts/cli/args';
import { parseSweepArgs } from '../scripts/sweep/args';
import { decodeLink } from '../src/features/compare/setup-link';
import { defaultSetup } from '../src/features/compare/setup';
import { compareReducer } from '../src/features/compare/setup-reducer';
import { createSession, SessionError } from '../src/features/seminar/session/session';
import { updateSetup } from '../src/features/seminar/session/setup';
import { makeSettingsContext } from '../src/shared/settings/context';
import { defaultSettings } from '../src/shared/settings/settings';
import { decodeSettings, encodeSettings } from '../src/shared/settings/url';

const SWEEP = ['--lever', 'enforcement.intensity', '--from', '0', '--to', '1'];

/** Whether each door accepts a number of months. */
function monthsAccepted(months: number) {
  const file = () => parseScenario({ formatVersion: 1, id: 'short', title: 'Short', months });
  const explorer = decodeSettings(`months=${months}`, makeSettingsContext()).notices.length === 0;
  const compare = decodeLink(`months=${months}`, defaultSetup()).notices.length === 0;
  return {
    model: ok(() => validateRunInput({ months })),
    cli: ok(() => parseCliArgs(['--months', String(months)])),
    sweep: ok(() => parseSweepArgs([...SWEEP, '--months', String(months)])),
    scenarioFile: ok(file),
    explorerLink: explorer,
    compareLink: compare,
  };
}

function ok(f: () => unknown): boolean {
  try {
    f();
    return true;
  } catch {
    return false;
  }
}

const all = (value: boolean) => ({ model: value, cli: value, sweep: value, scenarioFile: value, explorerLink: value, compareLink: value });

describe('the months of a run', () => {
  it('are accepted alike by the model, the command line, sweeps, scenario files and both kinds of link at both bounds', () => {
    expect(monthsAccepted(MONTHS_LIMIT.min)).toEqual(all(true));
    expect(monthsAccepted(MONTHS_LIMIT.max)).toEqual(all(true));
  });

  it('are refused alike just outside the bounds', () => {
    expect(monthsAccepted(MONTHS_LIMIT.min - 1)).toEqual(all(false));
    expect(monthsAccepted(MONTHS_LIMIT.max + 1)).toEqual(all(false));
  });

  it('let a short scenario file’s own link open without a notice, and run', () => {
    const short: Scenario = { ...findScenario('operation-sophia')!, id: 'six-months', title: 'Six months', kind: 'user', months: 6 };
    const ctx = makeSettingsContext([...[findScenario('baseline')!], short]);
    const link = encodeSettings(defaultSettings(ctx, 'six-months'), ctx);
    const decoded = decodeSettings(link, ctx);
    expect(decoded.notices).toEqual([]);
    expect(decoded.settings.months).toBe(6);
    expect(runModel({ months: 6, agents: AGENTS_LIMIT.min }).months).toHaveLength(6);
  });

  it('bound every timeline and claim window of a scenario file', () => {
    const entry = (fromMonth: number, toMonth?: number) => ({ formatVersion: 1, id: 'x', title: 'X', timeline: [{ lever: 'enforcement.intensity', value: 0.5, fromMonth, toMonth }] });
    expect(ok(() => parseScenario(entry(0, MONTHS_LIMIT.max)))).toBe(true);
    expect(ok(() => parseScenario(entry(0, MONTHS_LIMIT.max + 1)))).toBe(false);
    expect(ok(() => parseScenario(entry(MONTHS_LIMIT.max + 1)))).toBe(false);
  });
});

describe('the number of agents', () => {
  it('is one range for the model, the command line and sweeps', () => {
    for (const [n, expected] of [
      [AGENTS_LIMIT.min, true],
      [AGENTS_LIMIT.max, true],
      [AGENTS_LIMIT.min - 1, false],
      [AGENTS_LIMIT.max + 1, false],
    ] as const) {
      expect(ok(() => validateRunInput({ agents: n })), `model ${n}`).toBe(expected);
      expect(ok(() => parseCliArgs(['--agents', String(n)])), `cli ${n}`).toBe(expected);
      expect(ok(() => parseSweepArgs([...SWEEP, '--agents', String(n)])), `sweep ${n}`).toBe(expected);
    }
  });

  it('is one, narrower range in the browser: explorer links, Compare links and the seminar', () => {
    expect(BROWSER_AGENTS_LIMIT.min).toBeGreaterThanOrEqual(AGENTS_LIMIT.min);
    expect(BROWSER_AGENTS_LIMIT.max).toBeLessThanOrEqual(AGENTS_LIMIT.max);
    const ctx = makeSettingsContext();
    for (const [n, expected] of [
      [BROWSER_AGENTS_LIMIT.min, true],
      [BROWSER_AGENTS_LIMIT.max, true],
      [BROWSER_AGENTS_LIMIT.min - 1, false],
      [BROWSER_AGENTS_LIMIT.max + 1, false],
    ] as const) {
      expect(decodeSettings(`agents=${n}`, ctx).notices.length === 0, `explorer ${n}`).toBe(expected);
      expect(decodeLink(`agents=${n}`, defaultSetup()).notices.length === 0, `compare ${n}`).toBe(expected);
      expect(ok(() => updateSetup(createSession(), { agents: n })), `seminar ${n}`).toBe(expected);
    }
  });
});

describe('seeds', () => {
  it('are one range everywhere: model, command line, sweeps, explorer, Compare and seminar', () => {
    const ctx = makeSettingsContext();
    for (const [n, expected] of [
      [SEED_LIMIT.min, true],
      [SEED_LIMIT.max, true],
      [SEED_LIMIT.max + 1, false],
    ] as const) {
      expect(ok(() => validateRunInput({ seed: n })), `model ${n}`).toBe(expected);
      expect(ok(() => parseCliArgs(['--seed', String(n)])), `cli ${n}`).toBe(expected);
      expect(decodeSettings(`seed=${n}`, ctx).notices.length === 0, `explorer ${n}`).toBe(expected);
      expect(ok(() => updateSetup(createSession(), { seed: n })), `seminar ${n}`).toBe(expected);
    }
    expect(() => updateSetup(createSession(), { seed: SEED_LIMIT.max + 1 })).toThrow(SessionError);
  });

  it('of an ensemble end at the last seed: Compare caps its first seed like the command line does', () => {
    const setup = defaultSetup();
    const count = Math.max(setup.seeds, setup.sensitivity.seeds);
    const last = SEED_LIMIT.max - count + 1;
    expect(decodeLink(`seed=${last}`, setup).notices).toEqual([]);
    const over = decodeLink(`seed=${last + 1}`, setup);
    expect(over.setup.firstSeed).toBe(setup.firstSeed);
    expect(over.notices[0]).toMatchObject({ field: 'seed', value: String(last + 1) });
    expect(over.notices[0].problem).toContain(`at most ${last.toLocaleString('en-GB')}`);
    const size = { seeds: setup.seeds, agents: setup.agents, months: setup.months };
    expect(compareReducer(setup, { type: 'setRunSize', size: { ...size, firstSeed: last } }).firstSeed).toBe(last);
    expect(compareReducer(setup, { type: 'setRunSize', size: { ...size, firstSeed: last + 1 } })).toBe(setup);
    expect(ok(() => parseCliArgs(['--seed', String(SEED_LIMIT.max - 4), '--seeds', '5']))).toBe(true);
    expect(ok(() => parseCliArgs(['--seed', String(SEED_LIMIT.max - 3), '--seeds', '5']))).toBe(false);
  });

  it('per command line ensemble are bounded alike for simulate and sweep', () => {
    for (const [n, expected] of [
      [ENSEMBLE_SEEDS_LIMIT.min, true],
      [ENSEMBLE_SEEDS_LIMIT.max, true],
      [ENSEMBLE_SEEDS_LIMIT.max + 1, false],
    ] as const) {
      expect(ok(() => parseCliArgs(['--seeds', String(n)])), `simulate ${n}`).toBe(expected);
      expect(ok(() => parseSweepArgs([...SWEEP, '--steps', '2', '--seeds', String(n)])), `sweep ${n}`).toBe(expected);
    }
  });
});
