/**
 * Unit tests of the command line's building blocks (scripts/cli/): argument parsing, scenario
 * overrides, percentiles and number formatting. The program as a whole is tested in cli.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENTS, DEFAULT_MONTHS, LEVER_KEYS, defaultLevers } from '../models/index';
import { findScenario, type Scenario } from '../scenarios/index';
import { parseCliArgs, parseSet, show } from '../scripts/cli/args';
import { CliError, closest, describeFailure, oneLine } from '../scripts/cli/errors';
import { columns, csvText, groupDigits } from '../scripts/cli/format';
import { buildRunInput, leversAtStart } from '../scripts/cli/scenario';
import { percentile } from '../scripts/cli/stats';

function parseError(argv: string[]): string {
  try {
    parseCliArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return (e as Error).message;
  }
  throw new Error(`expected ${argv.join(' ')} to be refused`);
}

describe('parseCliArgs', () => {
  it('leaves everything unset by default (the caller applies the defaults)', () => {
    expect(parseCliArgs([])).toEqual({ action: 'run', sets: [] });
  });

  it('accepts --flag value and --flag=value', () => {
    const a = parseCliArgs(['--seed', '5', '--agents=300', '--months', '12', '--format=csv', '--scenario', 'baseline', '--out', 'x.csv', '--seeds', '4']);
    expect(a).toMatchObject({ seed: 5, agents: 300, months: 12, format: 'csv', scenario: 'baseline', out: 'x.csv', seeds: 4 });
  });

  it('collects repeated --set in order; another flag given twice keeps the later value', () => {
    const a = parseCliArgs(['--set', 'enforcement.intensity=0.2', '--set=enforcement.intensity=0.8', '--set', 'searchAndRescue.capacity=1', '--seed', '1', '--seed', '9']);
    expect(a.sets).toEqual([
      { key: 'enforcement.intensity', value: 0.2 },
      { key: 'enforcement.intensity', value: 0.8 },
      { key: 'searchAndRescue.capacity', value: 1 },
    ]);
    expect(a.seed).toBe(9);
  });

  it('accepts the seed bounds and refuses values outside them', () => {
    expect(parseCliArgs(['--seed', '0']).seed).toBe(0);
    expect(parseCliArgs(['--seed', String(2 ** 32 - 1)]).seed).toBe(2 ** 32 - 1);
    expect(parseError(['--seed', String(2 ** 32)])).toContain('--seed 4294967296');
    expect(parseError(['--seed', '1e3'])).toContain('whole number');
  });

  it('picks the action from the switches, help first', () => {
    expect(parseCliArgs(['--list-levers']).action).toBe('listLevers');
    expect(parseCliArgs(['--list-scenarios']).action).toBe('listScenarios');
    expect(parseCliArgs(['--list-levers', '-h']).action).toBe('help');
  });

  it('reports the first mistake on the line', () => {
    expect(parseError(['--agents', '5', '--months', '0'])).toMatch(/^--agents 5:/);
  });

  it('suggests the option meant and quotes odd values', () => {
    expect(parseError(['--agnets', '500'])).toContain('did you mean --agents?');
    expect(parseError(['--format', 'j s'])).toContain('--format "j s"');
  });
});

describe('parseSet', () => {
  it('reads KEY@ROUTE=VALUE as a value aimed at one route', () => {
    expect(parseSet('enforcement.pullbacks@shortSea=0.8')).toEqual({ key: 'enforcement.pullbacks', value: 0.8, route: 'shortSea' });
    expect(parseSet('enforcement.prosecution@air=0')).toEqual({ key: 'enforcement.prosecution', value: 0, route: 'air' });
    expect(() => parseSet('searchAndRescue.capacity@air=1')).toThrow(/searchAndRescue\.capacity acts only at sea and air has no sea crossing/);
    expect(() => parseSet('enforcement.pullbacks@=1')).toThrow(/unknown route ""/);
  });

  it('accepts every lever at its bounds and in plain decimal forms', () => {
    for (const key of LEVER_KEYS) {
      expect(parseSet(`${key}=0`)).toEqual({ key, value: 0 });
      expect(parseSet(`${key}=1`)).toEqual({ key, value: 1 });
    }
    expect(parseSet('information.campaigns=.25').value).toBe(0.25);
    expect(parseSet('information.campaigns=5e-1').value).toBe(0.5);
  });

  it('refuses values that are not plain numbers in range', () => {
    for (const v of ['', ' ', '0x1', 'NaN', 'Infinity', '1.0001', '-0.5', '1,5', 'true']) {
      expect(() => parseSet(`information.campaigns=${v}`)).toThrow(/information\.campaigns=.*: value must be a number between 0 and 1/);
    }
  });

  it('suggests a close lever key', () => {
    expect(() => parseSet('searchAndRescue.capacty=0.5')).toThrow('did you mean "searchAndRescue.capacity"?');
  });
});

describe('scenario overrides', () => {
  const scenario: Scenario = {
    ...findScenario('baseline')!,
    levers: { 'enforcement.intensity': 0.2 },
    timeline: [
      { lever: 'enforcement.intensity', value: 0.9, fromMonth: 0, toMonth: 6 },
      { lever: 'searchAndRescue.capacity', value: 0.8, fromMonth: 3 },
    ],
    months: 36,
  };

  it('--set replaces the starting value and drops that lever from the timeline', () => {
    const input = buildRunInput(scenario, [{ key: 'enforcement.intensity', value: 0.5 }], {});
    expect(input.levers).toEqual({ 'enforcement.intensity': 0.5 });
    expect(input.timeline).toEqual([scenario.timeline[1]]);
    expect(input.months).toBe(36);
    expect(input.agents).toBe(DEFAULT_AGENTS);
  });

  it('uses the --months value first, then the scenario length, then the default', () => {
    expect(buildRunInput(scenario, [], { months: 12 }).months).toBe(12);
    expect(buildRunInput({ ...scenario, months: undefined }, [], {}).months).toBe(DEFAULT_MONTHS);
  });

  it('reports the levers in force in month 0, timeline included', () => {
    const levers = leversAtStart(buildRunInput(scenario, [], {}));
    expect(Object.keys(levers)).toEqual([...LEVER_KEYS]);
    expect(levers['enforcement.intensity']).toBe(0.9);
    expect(levers['searchAndRescue.capacity']).toBe(defaultLevers()['searchAndRescue.capacity']);
  });
});

describe('percentile (linear interpolation between nearest ranks)', () => {
  it('matches hand-worked values', () => {
    expect(percentile([3, 1, 2], 0.5)).toBe(2);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10, 20], 0.05)).toBeCloseTo(10.5);
    expect(percentile([10, 20], 0.95)).toBeCloseTo(19.5);
    expect(percentile([7], 0.95)).toBe(7);
  });

  it('lies between the smallest and largest value and grows with p', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 30 }), (xs) => {
        const p5 = percentile(xs, 0.05);
        const p50 = percentile(xs, 0.5);
        const p95 = percentile(xs, 0.95);
        expect(p5).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(p95).toBeLessThanOrEqual(Math.max(...xs));
        expect(p5).toBeLessThanOrEqual(p50);
        expect(p50).toBeLessThanOrEqual(p95);
      }),
    );
  });
});

describe('formatting', () => {
  it('groups digits by thousands independently of the locale', () => {
    expect(groupDigits(0)).toBe('0');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(1000)).toBe('1,000');
    expect(groupDigits(1234567.891, 2)).toBe('1,234,567.89');
    expect(groupDigits(-2500)).toBe('-2,500');
    expect(groupDigits(-0.2)).toBe('0');
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        expect(Number(groupDigits(n).replace(/,/g, ''))).toBe(n);
      }),
    );
  });

  it('aligns columns without trailing spaces', () => {
    expect(columns([['a', '1'], ['bbb', '22']], ['left', 'right'])).toBe('a     1\nbbb  22');
    expect(columns([['x', ''], ['yy', 'z']], ['left', 'left'])).toBe('x\nyy  z');
  });

  it('quotes CSV cells only when needed', () => {
    expect(csvText('plain')).toBe('plain');
    expect(csvText('a, "b"')).toBe('"a, ""b"""');
  });

  it('shows simple values bare and others quoted', () => {
    expect(show('enforcement.intensity=0.5')).toBe('enforcement.intensity=0.5');
    expect(show('two words')).toBe('"two words"');
  });
});

describe('errors', () => {
  it('turns any failure into one error line: input mistakes exit 2, faults exit 1', () => {
    expect(describeFailure(new CliError('--seed x: bad'))).toEqual({ line: 'error: --seed x: bad', code: 2 });
    const fault = describeFailure(new TypeError('boom\n    at somewhere (file.ts:1:1)'));
    expect(fault.code).toBe(1);
    expect(fault.line).toMatch(/^error: unexpected failure: boom at somewhere/);
    expect(fault.line).not.toContain('\n');
    expect(describeFailure('thrown string').line).toContain('thrown string');
    expect(oneLine(' a \n\n b ')).toBe('a b');
  });

  it('suggests only plausible typos', () => {
    expect(closest('--seeed', ['--seed', '--seeds'])).toBe('--seed');
    expect(closest('--completely-different', ['--seed'])).toBeUndefined();
  });
});
