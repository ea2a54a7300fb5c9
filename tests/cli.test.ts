/**
 * Tests of the command line (`scripts/simulate.ts`). Most start the real program in a child
 * process, with small runs (2,000 agents, 24 months) to stay fast. The long list of bad inputs is
 * checked twice: every case in-process through `runCli` (the function whose result the entry
 * point writes and exits with), and a sample in child processes to check the real exit status
 * and stderr.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { programArgs } from './cli-process';
import { LEVER_KEYS, MODEL_VERSION, OUTPUT_KEYS, ROUTE_IDS, ROUTE_OUTPUT_KEYS } from '../models/index';
import { runCli } from '../scripts/cli/main';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SMALL = ['--agents', '2000', '--months', '24'];

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: readonly string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      programArgs('simulate', args),
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Runs shared by several tests start once. */
const cache = new Map<string, Promise<Outcome>>();
function cached(args: readonly string[]): Promise<Outcome> {
  const key = JSON.stringify(args);
  if (!cache.has(key)) cache.set(key, cli(args));
  return cache.get(key)!;
}

/** In-process (no child), for the checks that need no second, spawned run. */
function here(args: readonly string[]): string {
  const r = runCli(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

async function ok(args: readonly string[]): Promise<string> {
  const r = await cached(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

const tmp = mkdtempSync(join(tmpdir(), 'crossings-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tmpFile(name: string, content: string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe.concurrent('simulate: results', () => {
  it('--format json prints one object with the contract keys in a fixed order', async () => {
    const out = await ok([...SMALL, '--format', 'json']);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    const run = JSON.parse(out);
    expect(Object.keys(run)).toEqual(['modelVersion', 'seed', 'levers', 'months', 'summary', 'routes']);
    expect(run.routes.map((r: { route: string }) => r.route)).toEqual([...ROUTE_IDS]);
    expect(Object.keys(run.routes[0].months[0])).toEqual(['month', ...ROUTE_OUTPUT_KEYS, 'byMethod']);
    expect(run.modelVersion).toBe(MODEL_VERSION);
    expect(run.seed).toBe(1);
    expect(Object.keys(run.levers)).toEqual([...LEVER_KEYS]);
    expect(run.months).toHaveLength(24);
    run.months.forEach((m: Record<string, number>, i: number) => {
      expect(Object.keys(m)).toEqual(['month', ...OUTPUT_KEYS]);
      expect(m.month).toBe(i);
    });
    expect(Object.keys(run.summary)).toEqual([...OUTPUT_KEYS, 'byRoute']);
    for (const key of OUTPUT_KEYS) expect(Number.isFinite(run.summary[key])).toBe(true);
    expect(run.summary.byRoute.length).toBeGreaterThan(0);
    for (const r of run.summary.byRoute) {
      expect(Object.keys(r)).toEqual(['route', 'label', 'attempts', 'departures', 'arrivals', 'deathsMissing', 'interceptions', 'pullbacks', 'deathRatePerAttempt', 'meanFeeUsd']);
    }
  });

  it('runs through tsx as `npm run simulate` starts it, with the same output as the bundle the other tests start', async () => {
    const viaTsx = await new Promise<Outcome>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...SMALL, '--format', 'csv', '--seed', '3'], { cwd: ROOT, encoding: 'utf8' }, (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
      );
    });
    expect(viaTsx.stderr).toBe('');
    expect(viaTsx.code).toBe(0);
    expect(viaTsx.stdout).toBe((await cached([...SMALL, '--format', 'csv', '--seed', '3'])).stdout);
  });

  it('gives byte-identical output for the same arguments', async () => {
    for (const format of ['json', 'table', 'csv']) {
      const [a, b] = await Promise.all([cli([...SMALL, '--format', format, '--seed', '7']), cli([...SMALL, '--format', format, '--seed', '7'])]);
      expect(a.code).toBe(0);
      expect(a.stdout.length).toBeGreaterThan(0);
      expect(b.stdout).toBe(a.stdout);
    }
  });

  it('gives different results for different seeds', async () => {
    const one = JSON.parse(await ok([...SMALL, '--format', 'json']));
    const two = JSON.parse(await ok([...SMALL, '--format', 'json', '--seed', '2']));
    expect(two.seed).toBe(2);
    expect(two.months).not.toEqual(one.months);
  });

  it('--seeds 3 prints one JSON line per seed, then the ensemble line', async () => {
    const out = await ok([...SMALL, '--seeds', '3', '--format', 'json']);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const runs = lines.slice(0, 3).map((l) => JSON.parse(l));
    expect(runs.map((r) => r.seed)).toEqual([1, 2, 3]);
    // Each line is exactly what a single run with that seed prints.
    expect(`${lines[1]}\n`).toBe(await ok([...SMALL, '--format', 'json', '--seed', '2']));
    const ens = JSON.parse(lines[3]);
    expect(Object.keys(ens)).toEqual(['ensemble', 'seeds', 'median', 'p5', 'p95']);
    expect(ens.ensemble).toBe(true);
    expect(ens.seeds).toEqual([1, 2, 3]);
    for (const key of OUTPUT_KEYS) {
      const values = runs.map((r) => r.summary[key] as number).sort((a, b) => a - b);
      expect(ens.median[key]).toBe(values[1]);
      expect(ens.p5[key]).toBeGreaterThanOrEqual(values[0]);
      expect(ens.p5[key]).toBeLessThanOrEqual(ens.median[key]);
      expect(ens.p95[key]).toBeGreaterThanOrEqual(ens.median[key]);
      expect(ens.p95[key]).toBeLessThanOrEqual(values[2]);
    }
    // Without --format, --seeds defaults to the same JSON Lines.
    expect(await ok([...SMALL, '--seeds', '3'])).toBe(out);
  });

  it('--seeds with --format table shows the median and 5–95% range', async () => {
    const out = await ok([...SMALL, '--seeds', '3', '--format', 'table']);
    expect(out).toMatch(/Median\s+5%\s+95%/);
    expect(out).toContain('3 seeds (1 to 3)');
    expect(out).toContain('Human-security index');
  });

  it('--set fixes a lever: it shows in the levers and changes the results', async () => {
    const base = JSON.parse(await ok([...SMALL, '--format', 'json']));
    const set = JSON.parse(await ok([...SMALL, '--format', 'json', '--set', 'enforcement.intensity=0.9', '--set', 'searchAndRescue.capacity=0']));
    expect(base.levers['enforcement.intensity']).toBe(0.3);
    expect(set.levers['enforcement.intensity']).toBe(0.9);
    expect(set.levers['searchAndRescue.capacity']).toBe(0);
    expect(set.summary).not.toEqual(base.summary);
  });

  it('--set drops the scenario timeline entries for that lever', async () => {
    const scenario = (timeline: unknown[]) =>
      JSON.stringify({ formatVersion: 1, id: 'cli-test', title: 'CLI test', levers: { 'enforcement.intensity': 0.2 }, timeline });
    const withTimeline = tmpFile('with-timeline.json', scenario([{ lever: 'enforcement.intensity', value: 1, fromMonth: 0, toMonth: 12 }]));
    const without = tmpFile('without-timeline.json', scenario([]));
    const timed = JSON.parse(await ok([...SMALL, '--format', 'json', '--scenario', withTimeline]));
    expect(timed.levers['enforcement.intensity']).toBe(1); // the timeline is in force at month 0
    const [fixed, plain] = await Promise.all([
      ok([...SMALL, '--format', 'json', '--scenario', withTimeline, '--set', 'enforcement.intensity=0.2']),
      ok([...SMALL, '--format', 'json', '--scenario', without]),
    ]);
    expect(fixed).toBe(plain);
  });

  it('--format csv prints a header and one row per month', async () => {
    const lines = (await ok([...SMALL, '--format', 'csv'])).trimEnd().split('\n');
    expect(lines[0]).toBe(['month', ...OUTPUT_KEYS].join(','));
    expect(lines).toHaveLength(25);
    lines.slice(1).forEach((line, i) => {
      const cells = line.split(',');
      expect(cells).toHaveLength(OUTPUT_KEYS.length + 1);
      expect(cells[0]).toBe(String(i));
      for (const c of cells) expect(Number.isFinite(Number(c)) && c !== '').toBe(true);
    });
  });

  it('--out writes the output to a file and nothing to stdout', async () => {
    const path = join(tmp, 'out.json');
    const r = await cli([...SMALL, '--format', 'json', '--out', path]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(path, 'utf8')).toBe(await ok([...SMALL, '--format', 'json']));
  });

  it('the table is readable: grouped figures with units, both indices, the route table', async () => {
    const out = await ok(SMALL);
    expect(out).toMatch(/Irregular arrivals\s+\d{1,3}(,\d{3})+\s+people/);
    expect(out).toMatch(/Smuggler revenue\s+\d{1,3}(,\d{3})+\s+USD/);
    expect(out).toMatch(/Death rate per attempt\s+\d+\.\d\d%/);
    expect(out).toMatch(/Human-security index\s+-?\d+\.\d/); // uncapped terms: below 0 when harm exceeds every reference
    expect(out).toMatch(/State-security index\s+-?\d+\.\d/);
    expect(out).toContain('By route');
    const json = JSON.parse(await ok([...SMALL, '--format', 'json']));
    for (const r of json.summary.byRoute) expect(out).toContain(r.label);
    expect(out).toContain('2,000 agents, 24 months');
  });

  it('--list-levers lists all 20 levers with unit, range and default', async () => {
    const out = await ok(['--list-levers']);
    expect(LEVER_KEYS).toHaveLength(20);
    const rows = out.trimEnd().split('\n').slice(1, 1 + LEVER_KEYS.length);
    expect(rows.map((r) => r.split(/\s+/)[0])).toEqual([...LEVER_KEYS]);
    expect(rows.find((r) => r.startsWith('enforcement.intensity '))).toMatch(/share 0–1\s+0–1\s+0\.3\s+shortSea desertSea air\s+Enforcement intensity/);
    expect(rows.find((r) => r.startsWith('enforcement.pullbacks '))).toMatch(/0\.5\s+shortSea desertSea\s+Pull-backs/);
    expect(rows.find((r) => r.startsWith('regularPathways.availability '))).toMatch(/0\.15\s+-\s+Regular-pathway/);
    expect(out).toContain('--set KEY@ROUTE=VALUE');
  });

  it('--set KEY@ROUTE=V aims a lever at one route: that route changes, the others run as before', async () => {
    const size = ['--agents', '20000', '--months', '36'];
    const base = JSON.parse(here([...size, '--format', 'json']));
    const aimed = JSON.parse(here([...size, '--format', 'json', '--set', 'enforcement.pullbacks@shortSea=1']));
    const pullbacks = (run: { routes: { route: string; months: { pullbacks: number }[] }[] }, id: string) =>
      run.routes.find((r) => r.route === id)!.months.reduce((a, m) => a + m.pullbacks, 0);
    expect(pullbacks(aimed, 'shortSea')).toBeGreaterThan(1.5 * pullbacks(base, 'shortSea'));
    expect(aimed.levers['enforcement.pullbacks']).toBe(base.levers['enforcement.pullbacks']);
    const table = here([...SMALL, '--set', 'enforcement.pullbacks@shortSea=1']);
    expect(table).toContain('Aimed at single routes from month 0: enforcement.pullbacks@shortSea=1');
  });

  it('--set KEY@ROUTE=V refuses a route that does not exist or cannot take the lever, naming both', async () => {
    for (const [arg, message] of [
      ['enforcement.pullbacks@air=0.5', /--set enforcement\.pullbacks@air=0\.5: enforcement\.pullbacks acts only at sea and air has no sea crossing; sea routes: shortSea, desertSea/],
      ['enforcement.pullbacks@atlantis=0.5', /unknown route "atlantis"; routes: shortSea, desertSea, air/],
      ['regularPathways.availability@shortSea=0.5', /regularPathways\.availability cannot be aimed at a route; levers that can: enforcement\.intensity/],
      ['enforcement.pullbacks@shortSea=2', /value must be a number between 0 and 1/],
    ] as const) {
      const r = runCli(['--set', arg]);
      expect(r.code, arg).toBe(2);
      expect(r.stderr, arg).toMatch(message);
    }
    const off = runCli(['--scenario', 'central-mediterranean-2014-2020', '--set', 'enforcement.prosecution@air=1']);
    expect(off.code).toBe(2);
    expect(off.stderr).toMatch(/route air is switched off in scenario "central-mediterranean-2014-2020"/);
  });

  it('--by-route --format csv gives a row per route and method each month, and the routes add up to the monthly totals', async () => {
    const csv = (here([...SMALL, '--format', 'csv', '--by-route'])).trimEnd().split('\n');
    expect(csv[0]).toBe(['month', 'route', 'method', ...ROUTE_OUTPUT_KEYS].join(','));
    const monthly = JSON.parse(here([...SMALL, '--format', 'json']));
    const rows = csv.slice(1).map((l) => l.split(','));
    const col = (k: string) => csv[0].split(',').indexOf(k);
    for (const m of [0, 11, 23]) {
      const own = rows.filter((r) => Number(r[0]) === m && r[2] === 'all');
      expect(own.map((r) => r[1])).toEqual([...ROUTE_IDS]);
      const total = own.reduce((a, r) => a + Number(r[col('attempts')]), 0);
      expect(total).toBeCloseTo(monthly.months[m].smugglingDemand, 6);
    }
    expect(here([...SMALL, '--by-route'])).toContain('By route and crossing method');
  });

  it('--list-scenarios and --help work without running the model', async () => {
    expect(await ok(['--list-scenarios'])).toMatch(/^ID\s+TITLE\nbaseline\s+Baseline/);
    const help = await ok(['--help']);
    for (const flag of ['--scenario', '--seed', '--seeds', '--agents', '--months', '--set', '--format', '--out', '--by-route', '--list-levers', '--list-scenarios', 'KEY@ROUTE=VALUE']) {
      expect(help).toContain(flag);
    }
    expect(help).toContain('linear interpolation');
  });
});

/** Bad input: exit status 2, nothing on stdout, one stderr line naming the offending input. */
const BAD_INPUT: [string, string[], string[]][] = [
  ['unknown flag', ['--bogus'], ['--bogus']],
  ['misspelt flag', ['--sed', '3'], ['--sed', '--seed']],
  ['unexpected positional argument', ['stray'], ['stray']],
  ['unknown lever', ['--set', 'foo.bar=0.5'], ['--set', 'foo.bar', 'unknown lever']],
  ['lever value above 1', ['--set', 'enforcement.intensity=7'], ['--set enforcement.intensity=7', 'between 0 and 1']],
  ['lever value below 0', ['--set', 'enforcement.intensity=-0.1'], ['enforcement.intensity=-0.1', 'between 0 and 1']],
  ['lever value not a number', ['--set', 'enforcement.intensity=lots'], ['enforcement.intensity=lots', 'number']],
  ['--set without =', ['--set', 'enforcement.intensity'], ['--set', 'enforcement.intensity', 'KEY=VALUE']],
  ['negative seed', ['--seed', '-1'], ['--seed', '-1', '4,294,967,295']],
  ['seed too large', ['--seed', '4294967296'], ['--seed', '4294967296']],
  ['fractional seed', ['--seed', '1.5'], ['--seed', '1.5', 'whole number']],
  ['seed without value', ['--seed'], ['--seed', 'missing value']],
  ['--seeds zero', ['--seeds', '0'], ['--seeds', '0']],
  ['--seeds past the largest seed', ['--seed', '4294967295', '--seeds', '2'], ['--seeds', '2', '4294967295']],
  ['too few agents', ['--agents', '99'], ['--agents', '99', '100 to 2,000,000']],
  ['too many agents', ['--agents', '2000001'], ['--agents', '2000001']],
  ['agents not a number', ['--agents', 'many'], ['--agents', 'many']],
  ['zero months', ['--months', '0'], ['--months', '0', '1 to 600']],
  ['too many months', ['--months', '601'], ['--months', '601']],
  ['bad format', ['--format', 'xml'], ['--format', 'xml', 'table, json, csv']],
  ['unknown scenario id', ['--scenario', 'no-such-scenario'], ['--scenario', 'no-such-scenario', 'baseline']],
  ['missing scenario file', ['--scenario', '/no/such/file.json'], ['--scenario', '/no/such/file.json', 'not found']],
  ['--out into a missing folder', ['--out', '/no/such/folder/out.json'], ['--out', '/no/such/folder/out.json']],
];

const SCENARIO_FILES: [string, string, string[]][] = [
  ['not JSON', '{ "formatVersion": 1,', ['not valid JSON']],
  ['unknown lever', JSON.stringify({ formatVersion: 1, id: 'x', title: 'X', levers: { foo: 0.3 } }), ['levers.foo', 'unknown lever']],
  [
    'timeline value out of range',
    JSON.stringify({ formatVersion: 1, id: 'x', title: 'X', timeline: [{ lever: 'enforcement.intensity', value: 2, fromMonth: 0 }] }),
    ['timeline.0.value', 'got 2'],
  ],
  ['unknown field', JSON.stringify({ formatVersion: 1, id: 'x', title: 'X', colour: 'red' }), ['colour', 'unknown field']],
  ['missing title', JSON.stringify({ formatVersion: 1, id: 'x' }), ['title']],
];

function expectOneErrorLine(r: Outcome, code: number, mustContain: readonly string[]): void {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  for (const s of mustContain) expect(lines[0]).toContain(s);
}

/** Cases also run in a child process: one per kind of check. */
const SPAWNED = new Set(['unknown flag', 'lever value above 1', 'negative seed', 'bad format', 'unknown scenario id']);

describe('simulate: bad input exits 2 with one error line', () => {
  it.each(BAD_INPUT)('%s', (_name, args, mustContain) => {
    expectOneErrorLine(runCli([...SMALL, ...args], tmp), 2, mustContain);
  });

  it.each(SCENARIO_FILES)('malformed scenario file: %s', (name, content, mustContain) => {
    const path = tmpFile(`bad-${name.replace(/\W+/g, '-')}.json`, content);
    expectOneErrorLine(runCli([...SMALL, '--scenario', path], tmp), 2, ['--scenario', path, ...mustContain]);
  });

  it('a relative scenario path is read from the working folder', () => {
    tmpFile('relative.json', SCENARIO_FILES[1][1]);
    expectOneErrorLine(runCli([...SMALL, '--scenario', 'relative.json'], tmp), 2, ['relative.json', 'levers.foo']);
  });
});

describe.concurrent('simulate: bad input in a child process', () => {
  it.each(BAD_INPUT.filter(([name]) => SPAWNED.has(name)))('%s', async (_name, args, mustContain) => {
    expectOneErrorLine(await cli([...SMALL, ...args]), 2, mustContain);
  });

  it('malformed scenario file names the field path', async () => {
    const path = tmpFile('bad-spawned.json', SCENARIO_FILES[2][1]);
    expectOneErrorLine(await cli([...SMALL, '--scenario', path]), 2, ['--scenario', path, 'timeline.0.value']);
  });
});
