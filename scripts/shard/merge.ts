/**
 * `npm run -s merge -- FILES…`: put the shards of one batch back together. The merged output is
 * byte-identical to what the unsharded command prints, whatever the number of shards and the
 * order the files are given in, because each run's data is put back at its index and the output
 * is then made by the same code as the unsharded run. Refused, with the reason: a file that is not
 * a shard, shards of different batches (naming the fields that differ), a shard given twice, a
 * missing shard, or a shard that does not hold exactly its runs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, EXIT_OK } from '../cli/errors';
import { deliver, failure, type CliOutcome } from '../cli/entry';
import { show } from '../cli/escape';
import { fsProblem } from '../cli/fs-problem';
import { prepareOutput } from '../cli/output-file';
import { batchDifferences, decodeShard, type ShardCommand, type ShardFile } from './file';
import { shardRuns } from './spec';

/** How each command turns a whole batch (every run's data, by index) into its output, and which runs a shard holds. */
export interface ShardRenderer {
  /** The batch's run indices in shard order (spec.ts shardRuns cuts it into blocks). */
  order(batch: ShardFile['batch'], total: number): number[];
  render(batch: ShardFile['batch'], data: readonly unknown[]): string;
}

export const MERGE_HELP = `Crossings merge: put the shards of one batch back together.

Usage:
  npm run -s merge -- [--out FILE] SHARD_FILE...

Give every shard file of one batch (written by simulate --seeds ... --shard K/N or by sweep
... --shard K/N), in any order. The output is exactly what the command without --shard prints,
in the --format the shards were run with. Files of different batches (other inputs, seeds,
options or model version) are refused, naming what differs; so are missing or repeated shards.

  --out FILE   Write to FILE instead of standard output.

Exit status: 0 on success, 2 for invalid input (one "error:" line), 1 for an unexpected failure.
`;

function readShard(path: string, cwd: string): ShardFile {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (err) {
    throw new CliError(`${show(path)}: cannot read the shard file: ${fsProblem(err as NodeJS.ErrnoException)}`);
  }
  return decodeShard(text, path);
}

function list(ks: readonly number[], n: number): string {
  const shown = ks.slice(0, 10).map((k) => `${k}/${n}`);
  return ks.length > 10 ? `${shown.join(', ')} and ${ks.length - 10} more` : shown.join(', ');
}

/** Check that the files are all the shards of one batch, and put every run's data at its index. */
export function assemble(files: readonly { name: string; shard: ShardFile }[], renderers: Record<ShardCommand, ShardRenderer>): string {
  if (files.length === 0) throw new CliError('merge: no shard files given (see --help)');
  const first = files[0];
  const { n } = first.shard.shard;
  const seen = new Map<number, string>();
  for (const { name, shard } of files) {
    if (shard.command !== first.shard.command) throw new CliError(`${show(name)}: a shard of a ${shard.command} batch, but ${show(first.name)} is of a ${first.shard.command} batch`);
    const differs = batchDifferences(first.shard.batch, shard.batch);
    if (differs.length > 0) throw new CliError(`${show(name)}: a shard of another batch than ${show(first.name)}: ${differs.join('; ')}`);
    if (shard.shard.n !== n || shard.total !== first.shard.total) {
      throw new CliError(`${show(name)}: shard ${shard.shard.k}/${shard.shard.n}, but ${show(first.name)} is shard ${first.shard.shard.k}/${n}: all shards of a batch must be cut into the same number of parts`);
    }
    const again = seen.get(shard.shard.k);
    if (again !== undefined) throw new CliError(`${show(name)}: shard ${shard.shard.k}/${n} is given twice (also ${show(again)})`);
    seen.set(shard.shard.k, name);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length > 0) throw new CliError(`merge: missing shard${missing.length === 1 ? '' : 's'} ${list(missing, n)} of this batch; give all ${n}`);
  const renderer = renderers[first.shard.command];
  const { batch, total } = first.shard;
  const order = renderer.order(batch, total);
  const data: unknown[] = new Array<unknown>(total);
  for (const { name, shard } of files) {
    const expected = shardRuns(order, shard.shard);
    const got = shard.runs.map((r) => r[0]);
    if (got.length !== expected.length || got.some((index, i) => index !== expected[i])) {
      throw new CliError(`${show(name)}: damaged shard file: shard ${shard.shard.k}/${n} must hold runs ${expected.length ? `${expected[0] + 1} to ${expected[expected.length - 1] + 1} in its order` : 'none'}, and does not`);
    }
    for (const [index, value] of shard.runs) data[index] = value;
  }
  return renderer.render(batch, data);
}

/** Run the merge command with the given arguments (without node and script paths). */
export function runMergeCli(argv: readonly string[], cwd: string, renderers: Record<ShardCommand, ShardRenderer>): CliOutcome {
  try {
    if (argv.some((a) => a === '--help' || a === '-h')) return { stdout: MERGE_HELP, stderr: '', code: EXIT_OK };
    const paths: string[] = [];
    let out: string | undefined;
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i];
      if (arg === '--out' || arg.startsWith('--out=')) {
        const value = arg === '--out' ? argv[++i] : arg.slice('--out='.length);
        if (value === undefined || value === '') throw new CliError('--out: missing value; expected a file path');
        out = value;
      } else if (arg.startsWith('-')) throw new CliError(`unknown option ${show(arg.split('=')[0])}; merge takes shard files and --out FILE (see --help)`);
      else paths.push(arg);
    }
    const files = paths.map((name) => ({ name, shard: readShard(name, cwd) }));
    if (out !== undefined && paths.some((p) => resolve(cwd, p) === resolve(cwd, out))) throw new CliError(`--out ${show(out)}: is one of the shard files being merged; choose another file`);
    const target = out !== undefined ? prepareOutput('--out', out, cwd, []) : undefined;
    return deliver(assemble(files, renderers), target);
  } catch (err) {
    return failure(err);
  }
}
