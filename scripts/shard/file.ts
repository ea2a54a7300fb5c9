/**
 * The partial result a `--shard K/N` run writes: self-describing, so that `npm run -s merge` can
 * put the shards of one batch back together without the original command line, and can refuse a
 * shard of another batch. It holds
 *
 * - `batch`: everything the final output depends on (command, model version, the scenario and its
 *   resolved inputs, the seeds, the options that shape the output), field by field, so a mismatch
 *   can be named;
 * - `shard` (K and N) and `total` (runs in the whole batch);
 * - `runs`: this shard's runs as [run index, data] pairs.
 *
 * Numbers are written as JSON writes them (the shortest text that reads back as the same double),
 * so a merged output is byte-identical to the unsharded one; the values JSON cannot hold (NaN,
 * ±Infinity, −0) are written as {"~": "NaN"} and the like and read back exactly.
 */
import { canonicalJson } from '../../models/index';
import { CliError } from '../cli/errors';
import { quote, show } from '../cli/escape';
import type { ShardSpec } from './spec';

export const SHARD_FORMAT = 'crossings-shard/1';

export type ShardCommand = 'simulate' | 'sweep';

/** What the final output depends on; compared field by field on merging. */
export type Batch = Readonly<Record<string, unknown>>;

export interface ShardFile<T = unknown> {
  readonly format: typeof SHARD_FORMAT;
  readonly command: ShardCommand;
  readonly batch: Batch;
  readonly shard: ShardSpec;
  readonly total: number;
  readonly runs: ReadonlyArray<readonly [number, T]>;
}

const SPECIAL = '~';

function encodeNumber(_key: string, value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if (Number.isNaN(value)) return { [SPECIAL]: 'NaN' };
  if (value === Infinity) return { [SPECIAL]: 'Infinity' };
  if (value === -Infinity) return { [SPECIAL]: '-Infinity' };
  if (Object.is(value, -0)) return { [SPECIAL]: '-0' };
  return value;
}

const SPECIAL_VALUES: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 };

function decodeNumber(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const text = (value as Record<string, unknown>)[SPECIAL];
    if (keys.length === 1 && typeof text === 'string' && text in SPECIAL_VALUES) return SPECIAL_VALUES[text];
  }
  return value;
}

/** The shard file's text: one line of JSON. */
export function encodeShard(file: ShardFile): string {
  return `${JSON.stringify(file, encodeNumber)}\n`;
}

const isWhole = (x: unknown, min: number): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= min;

/** Read a shard file's text, checking its shape; `name` (the file) is named in every message. */
export function decodeShard(text: string, name: string): ShardFile {
  let data: unknown;
  try {
    data = JSON.parse(text, decodeNumber);
  } catch {
    throw new CliError(`${show(name)}: not a shard file (not JSON); shards are written by simulate --seeds or sweep with --shard K/N`);
  }
  const f = data as Partial<ShardFile> | null;
  if (!f || typeof f !== 'object' || f.format !== SHARD_FORMAT) {
    const found = f && typeof f === 'object' && typeof f.format === 'string' ? ` (format ${quote(f.format)})` : '';
    throw new CliError(`${show(name)}: not a shard file of this version of Crossings${found}; expected format "${SHARD_FORMAT}", written by simulate --seeds or sweep with --shard K/N`);
  }
  const bad = (what: string) => new CliError(`${show(name)}: damaged shard file: ${what}`);
  if (f.command !== 'simulate' && f.command !== 'sweep') throw bad('"command" must be "simulate" or "sweep"');
  if (!f.batch || typeof f.batch !== 'object' || Array.isArray(f.batch)) throw bad('"batch" is missing');
  if (!f.shard || !isWhole(f.shard.n, 1) || !isWhole(f.shard.k, 1) || f.shard.k > f.shard.n) throw bad('"shard" must be {k, n} with 1 ≤ k ≤ n');
  if (!isWhole(f.total, 0)) throw bad('"total" must be a whole number');
  if (!Array.isArray(f.runs) || f.runs.some((r) => !Array.isArray(r) || r.length !== 2 || !isWhole(r[0], 0) || r[0] >= f.total!)) {
    throw bad('"runs" must be a list of [run index, data] pairs with indices below "total"');
  }
  return f as ShardFile;
}

/** Text of a batch field, shortened for a message. */
function brief(value: unknown): string {
  if (value === undefined) return 'none';
  const text = canonicalJson(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const isRecord = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * The fields in which two batches differ, each with both values (empty when they are the same
 * batch). Nested records are compared key by key, so a message names e.g. `levers.enforcement.intensity`.
 */
export function batchDifferences(a: unknown, b: unknown, path = ''): string[] {
  if (canonicalJson(a) === canonicalJson(b)) return [];
  if (!isRecord(a) || !isRecord(b)) return [`${path || 'batch'} (${brief(a)} vs ${brief(b)})`];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.flatMap((k) => batchDifferences(a[k], b[k], path ? `${path}.${k}` : k));
}
