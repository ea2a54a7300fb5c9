/**
 * The sweep command (`scripts/sweep.ts`): output shape in both formats, results equal to a
 * direct computation with the model and the shared statistics, identical output whatever the
 * number of worker threads, and one `error:` line with exit status 2 for bad input. Runs are
 * small (3,000 agents, 12 months) to stay quick.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { programArgs } from './cli-process';
import { MODEL_VERSION, runModel, spreadOf } from '../models/index';
import { runSweepCli } from '../scripts/sweep/main';
import { runInPool } from '../scripts/sweep/pool';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SMALL = ['--agents', '3000', '--months', '12', '--seeds', '3'];
const SWEEP = ['--lever', 'enforcement.intensity', '--from', '0', '--to', '1', '--steps', '3', ...SMALL];
const BY = [...SWEEP, '--by', 'searchAndRescue.capacity=0,1'];

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function sweep(args: readonly string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, programArgs('sweep', args), { cwd: ROOT, encoding: 'utf8' }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

async function ok(args: readonly string[]): Promise<string> {
  const r = await sweep(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe.concurrent('sweep: results', () => {
  it('json: one object with the contract keys, equal to a direct computation', async () => {
    const out = await ok([...BY, '--format', 'json', '--workers', '2']);
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['modelVersion', 'lever', 'by', 'output', 'seeds', 'points']);
    expect(doc).toMatchObject({ modelVersion: MODEL_VERSION, lever: 'enforcement.intensity', by: { lever: 'searchAndRescue.capacity', values: [0, 1] }, output: 'smugglingDemand', seeds: [1, 2, 3] });
    expect(doc.points.map((p: { value: number; byValue: number }) => [p.value, p.byValue])).toEqual([
      [0, 0],
      [0.5, 0],
      [1, 0],
      [0, 1],
      [0.5, 1],
      [1, 1],
    ]);
    for (const p of doc.points) {
      expect(Object.keys(p)).toEqual(['value', 'byValue', 'median', 'p5', 'p95', 'mean']);
      const values = [1, 2, 3].map(
        (seed) => runModel({ agents: 3000, months: 12, seed, levers: { 'enforcement.intensity': p.value, 'searchAndRescue.capacity': p.byValue } }).summary.smugglingDemand,
      );
      const s = spreadOf(values);
      expect([p.median, p.p5, p.p95, p.mean]).toEqual([s.median, s.p5, s.p95, s.mean]);
    }
  });

  it('csv: a header and one row per point, the same numbers as json', async () => {
    const [csv, json] = await Promise.all([ok([...BY, '--output', 'deathsMissing']), ok([...BY, '--output', 'deathsMissing', '--format', 'json'])]);
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('enforcement.intensity,searchAndRescue.capacity,output,median,p5,p95,mean');
    expect(lines).toHaveLength(7);
    const points = JSON.parse(json).points;
    lines.slice(1).forEach((line, i) => {
      const p = points[i];
      expect(line).toBe([p.value, p.byValue, 'deathsMissing', p.median, p.p5, p.p95, p.mean].join(','));
    });
    const plain = (await ok([...SWEEP])).trimEnd().split('\n');
    expect(plain[0]).toBe('enforcement.intensity,output,median,p5,p95,mean');
    expect(plain).toHaveLength(4);
  });

  it('gives identical output with one worker and with two', async () => {
    const [one, two] = await Promise.all([ok([...BY, '--format', 'json', '--workers', '1']), ok([...BY, '--format', 'json', '--workers', '2'])]);
    expect(two).toBe(one);
  });

  it('the worker pool returns each run summary in input order, also when started from another host (vitest)', async () => {
    const inputs = [3, 1, 2].map((seed) => ({ agents: 500, months: 6, seed, levers: { 'enforcement.intensity': seed / 4 } }));
    const summaries = await runInPool(inputs, 2);
    expect(summaries).toEqual(inputs.map((input) => runModel(input).summary));
  });

  it('--help explains the options', async () => {
    const out = await ok(['--help']);
    for (const flag of ['--lever', '--from', '--to', '--steps', '--by', '--seeds', '--seed', '--agents', '--months', '--scenario', '--output', '--format', '--out', '--workers']) {
      expect(out).toContain(flag);
    }
  });
});

/** Bad inputs: [arguments, the start of the expected message]. */
const BAD: [string[], RegExp][] = [
  [['--steps', '3'], /^error: --lever: missing/],
  [['--lever', 'enforcement.intensty'], /^error: --lever enforcement\.intensty: unknown lever .*did you mean "enforcement\.intensity"/],
  [['--lever', 'enforcement.intensity', '--from', '1.5'], /^error: --from 1\.5: must be a number between 0 and 1/],
  [['--lever', 'enforcement.intensity', '--to', 'x'], /^error: --to x: must be a number between 0 and 1/],
  [['--lever', 'enforcement.intensity', '--from', '0.5', '--to', '0.5'], /^error: --to 0\.5: must differ from --from/],
  [['--lever', 'enforcement.intensity', '--steps', '1'], /^error: --steps 1: must be a whole number from 2 to 1,001/],
  [['--lever', 'enforcement.intensity', '--by', 'searchAndRescue.capacity'], /^error: --by searchAndRescue\.capacity: expected KEY=V1,V2,V3/],
  [['--lever', 'enforcement.intensity', '--by', 'searchAndRescue.capacity=0,0.2,0.4,0.6'], /^error: --by .*: give one to 3 values, got 4/],
  [['--lever', 'enforcement.intensity', '--by', 'searchAndRescue.capacity=0,2'], /^error: --by .*: 2 is not a number between 0 and 1/],
  [['--lever', 'enforcement.intensity', '--by', 'enforcement.intensity=0,1'], /^error: --by .*: the --by lever must differ from --lever/],
  [['--lever', 'enforcement.intensity', '--set', 'enforcement.intensity=0.5'], /^error: --set enforcement\.intensity=0\.5: enforcement\.intensity is swept/],
  [['--lever', 'enforcement.intensity', '--output', 'deaths'], /^error: --output deaths: unknown output; .*allowed: smugglingDemand/],
  [['--lever', 'enforcement.intensity', '--format', 'table'], /^error: --format table: must be one of csv, json/],
  [['--lever', 'enforcement.intensity', '--workers', '0'], /^error: --workers 0: must be a whole number from 1 to 64/],
  [['--lever', 'enforcement.intensity', '--seeds', '1000', '--steps', '1001'], /^error: --steps 1001 with --seeds 1000: 1001000 runs; at most 50000 allowed/],
  [['--lever', 'enforcement.intensity', '--scenario', 'nowhere'], /^error: --scenario "nowhere": no built-in scenario/],
  [['--lever', 'enforcement.intensity', '--out', '/no/such/folder/x.csv'], /^error: --out \/no\/such\/folder\/x\.csv: the folder/],
  [['--lever', 'enforcement.intensity', '--sweeps', '3'], /^error: unknown option "--sweeps"/],
  [['--lever'], /^error: --lever: missing value/],
];

describe('sweep: bad input', () => {
  it.each(BAD)('%j → one error line, exit 2', async (args, message) => {
    const r = await runSweepCli(args, ROOT, () => Promise.reject(new Error('must not run')));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('the real program exits 2 with one error line', async () => {
    const results = await Promise.all([sweep(['--lever', 'nope']), sweep(['--lever', 'enforcement.intensity', '--workers', 'many'])]);
    for (const r of results) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^error: /);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
