/**
 * Batches that shard (`--shard K/N` on simulate --seeds and sweep, then `merge`): for N = 1 to 4
 * and shards merged in several orders, the merged output is byte-identical to the unsharded run,
 * in every output format; shards of another batch (other inputs, seeds, options or model version),
 * missing or repeated shards and files that are not shards are refused with one message that
 * names what is wrong. Runs are small and computed in this process (the same model code the
 * worker threads run; tests/sweep-cli.test.ts holds that the sweep's output does not depend on
 * where its runs were computed); equal runs are computed once.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCacheKey, runModel, type RunInput, type RunResult } from '../models/index';
import { runCli } from '../scripts/cli/main';
import { runMergeCli } from '../scripts/shard/merge';
import { SHARD_RENDERERS } from '../scripts/shard/renderers';
import { runSweepCli } from '../scripts/sweep/main';

const DIR = mkdtempSync(join(tmpdir(), 'crossings-shards-'));
const memo = new Map<string, RunResult>();
const run = (input: RunInput): RunResult => {
  const key = runCacheKey(input);
  if (!memo.has(key)) memo.set(key, runModel(input));
  return memo.get(key)!;
};
const sweepRunner = async (inputs: readonly RunInput[]) => inputs.map((input) => run(input).summary);
const machine = () => ({ cores: 1, freeBytes: 8e9 });

const SMALL = ['--agents', '1500', '--months', '8'];
const ENSEMBLE = ['--seeds', '4', '--seed', '3', ...SMALL];
const SWEEP = ['--lever', 'enforcement.intensity', '--steps', '3', '--seeds', '3', ...SMALL, '--by', 'searchAndRescue.capacity=0,1'];

let fileNumber = 0;
function save(text: string): string {
  const name = `shard-${++fileNumber}.json`;
  writeFileSync(join(DIR, name), text);
  return name;
}

function simulate(args: readonly string[]): string {
  const r = runCli(args, DIR, run);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

async function sweep(args: readonly string[]): Promise<string> {
  const r = await runSweepCli(args, DIR, sweepRunner, machine);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

function merge(files: readonly string[]) {
  return runMergeCli(files, DIR, SHARD_RENDERERS);
}

function merged(files: readonly string[]): string {
  const r = merge(files);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** The orders to merge N shards in: as given, reversed, and one rotation. */
function orders<T>(xs: readonly T[]): T[][] {
  return [[...xs], [...xs].reverse(), [...xs.slice(1), xs[0]]];
}

describe('shards: merged output equals the unsharded run byte for byte', () => {
  const formats = [['--format', 'json'], ['--format', 'csv'], ['--format', 'table'], ['--format', 'csv', '--by-route']];
  for (const format of formats) {
    it(`simulate ${ENSEMBLE.join(' ')} ${format.join(' ')}, N = 1 to 4, any order`, () => {
      const whole = simulate([...ENSEMBLE, ...format]);
      for (let n = 1; n <= 4; n++) {
        const files = Array.from({ length: n }, (_, k) => save(simulate([...ENSEMBLE, ...format, '--shard', `${k + 1}/${n}`])));
        for (const order of orders(files)) expect(merged(order)).toBe(whole);
      }
    });
  }

  for (const format of ['csv', 'json']) {
    it(`sweep ${SWEEP.join(' ')} --format ${format}, N = 1 to 4, any order`, async () => {
      const whole = await sweep([...SWEEP, '--format', format]);
      for (let n = 1; n <= 4; n++) {
        const files: string[] = [];
        for (let k = 1; k <= n; k++) files.push(save(await sweep([...SWEEP, '--format', format, '--shard', `${k}/${n}`])));
        for (const order of orders(files)) expect(merged(order)).toBe(whole);
      }
    });
  }

  it('more shards than runs: the empty shards merge too', () => {
    const args = ['--seeds', '2', ...SMALL, '--format', 'json'];
    const whole = simulate(args);
    const files = [1, 2, 3].map((k) => save(simulate([...args, '--shard', `${k}/3`])));
    expect(JSON.parse(readFileSync(join(DIR, files[0]), 'utf8')).runs).toEqual([]);
    expect(merged(files)).toBe(whole);
  });
});

describe('shards: what merge refuses', () => {
  const shardsOf = (args: readonly string[], n: number) => Array.from({ length: n }, (_, k) => save(simulate([...args, '--shard', `${k + 1}/${n}`])));
  const refused = (files: readonly string[]) => {
    const r = merge(files);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    return r.stderr;
  };

  it('a shard of a batch with other inputs, naming the lever that differs', () => {
    const [a] = shardsOf(ENSEMBLE, 2);
    const [, b] = shardsOf([...ENSEMBLE, '--set', 'enforcement.intensity=0.9'], 2);
    const message = refused([a, b]);
    expect(message).toMatch(/^error: "?shard-\d+\.json"?: a shard of another batch than "?shard-\d+\.json"?/);
    expect(message).toContain('levers.enforcement.intensity');
    expect(message).toContain('0.9');
  });

  it('a shard of another model version, other seeds, or another format, naming the field', () => {
    const [a, b] = shardsOf(ENSEMBLE, 2);
    const text = readFileSync(join(DIR, b), 'utf8');
    const older = save(text.replace(/"modelVersion":"[^"]+"/, '"modelVersion":"0.9.0"'));
    expect(refused([a, older])).toMatch(/modelVersion \("[^"]+" vs "0\.9\.0"\)/);
    const [, otherSeeds] = shardsOf(['--seeds', '4', '--seed', '4', ...SMALL], 2);
    expect(refused([a, otherSeeds])).toContain('seeds ([3,4,5,6] vs [4,5,6,7])');
    const [, csv] = shardsOf([...ENSEMBLE, '--format', 'csv'], 2);
    expect(refused([a, csv])).toContain('view.format ("json" vs "csv")');
  });

  it('a sweep shard with a simulate shard', async () => {
    const [a] = shardsOf(ENSEMBLE, 2);
    const b = save(await sweep([...SWEEP, '--shard', '2/2']));
    expect(refused([a, b])).toContain('a shard of a sweep batch');
  });

  it('a missing shard, a shard given twice, shards cut into different numbers of parts', () => {
    const files = shardsOf(ENSEMBLE, 3);
    expect(refused([files[0], files[2]])).toContain('missing shard 2/3 of this batch; give all 3');
    expect(refused([files[0], files[1], files[1], files[2]])).toContain('shard 2/3 is given twice');
    const [other] = shardsOf(ENSEMBLE, 2);
    expect(refused([files[0], other])).toContain('must be cut into the same number of parts');
  });

  it('a file that is not a shard, a damaged one, no files at all', () => {
    const notJson = save('time,value\n1,2\n');
    expect(refused([notJson])).toContain('not a shard file (not JSON)');
    const other = save('{"format":"something-else"}');
    expect(refused([other])).toContain('not a shard file of this version of Crossings (format "something-else")');
    const [a, b] = shardsOf(ENSEMBLE, 2);
    const shard = JSON.parse(readFileSync(join(DIR, b), 'utf8'));
    shard.runs = shard.runs.slice(1);
    expect(refused([a, save(JSON.stringify(shard))])).toContain('damaged shard file: shard 2/2 must hold runs 3 to 4');
    expect(refused([])).toContain('no shard files given');
    expect(refused(['no-such-file.json'])).toContain('no-such-file.json: cannot read the shard file');
  });

  it('--shard itself: a clear message for a bad value, and for a single run', () => {
    for (const [value, says] of [['5/4', 'K must be a whole number from 1 to N (4)'], ['0/4', 'K must be a whole number from 1 to N (4)'], ['2', 'expected K/N'], ['1/0', 'expected K/N']]) {
      const r = runCli([...ENSEMBLE, '--shard', value], DIR, run);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--shard ${value}`);
      expect(r.stderr).toContain(says);
    }
    expect(runCli([...SMALL, '--shard', '1/2'], DIR, run).stderr).toContain('give --seeds K too');
  });
});
