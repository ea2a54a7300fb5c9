/**
 * A batch run as the README shows: four shards of a sweep started by GNU parallel as separate
 * processes (each with its own worker threads), merged with `npm run -s merge` in an order other
 * than the shards', and compared byte for byte with the same sweep run in one go. GNU parallel
 * must be installed (Debian package `parallel`; `.ci/run` installs it): when it is missing this
 * test fails and says how to get it, rather than being skipped.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { programArgs, type Program } from './cli-process';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SWEEP = ['--lever', 'enforcement.intensity', '--steps', '3', '--seeds', '3', '--agents', '2000', '--months', '8', '--workers', '1', '--format', 'csv'];

function node(program: Program, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, programArgs(program, args), { cwd: ROOT, encoding: 'utf8' }, (err, stdout, stderr) => (err ? reject(new Error(`${args.join(' ')}: ${stderr || err.message}`)) : resolve(stdout)));
  });
}

it('four shards through GNU parallel merge into the unsharded sweep, byte for byte', { timeout: 240_000 }, async () => {
  const found = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0 || !found.stdout.startsWith('GNU parallel')) {
    throw new Error('GNU parallel is not installed; it is needed to test sharded batches. Install it with `apt-get install parallel` (Debian/Ubuntu; .ci/run does this) or `brew install parallel` (macOS).');
  }
  const dir = mkdtempSync(join(tmpdir(), 'crossings-parallel-'));
  const whole = node('sweep', SWEEP);
  const job = spawnSync('parallel', ['--will-cite', '--halt', 'now,fail=1', process.execPath, ...programArgs('sweep', SWEEP), '--shard', '{}/4', '--out', join(dir, 'shard-{}.json'), ':::', '1', '2', '3', '4'], { cwd: ROOT, encoding: 'utf8' });
  expect(job.stderr).toBe('');
  expect(job.status).toBe(0);
  const shards = [3, 1, 4, 2].map((k) => join(dir, `shard-${k}.json`));
  for (const file of shards) expect(JSON.parse(readFileSync(file, 'utf8')).shard.n).toBe(4);
  expect(await node('merge', shards)).toBe(await whole);
});
