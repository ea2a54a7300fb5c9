/**
 * `--shard K/N`: run only the K-th of N parts of a batch (an ensemble's seeds, a sweep's runs), so
 * that a batch can be spread over processes or machines and put back together with
 * `npm run -s merge`. Which runs a shard holds depends only on the batch and on K and N, never
 * on the machine, so every shard can be computed anywhere, in any order, and checked on merging.
 */
import { CliError } from '../cli/errors';
import { show } from '../cli/escape';

export interface ShardSpec {
  /** This part, from 1 to n. */
  readonly k: number;
  /** How many parts the batch is cut into. */
  readonly n: number;
}

/** At most this many parts: far more than any job array needs, small enough to list in a message. */
export const MAX_SHARDS = 10_000;

const SHAPE = /^(\d+)\/(\d+)$/;

/** Parse `K/N` (1 ≤ K ≤ N ≤ MAX_SHARDS). */
export function parseShard(raw: string): ShardSpec {
  const m = SHAPE.exec(raw.trim());
  const k = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || !Number.isSafeInteger(k) || !Number.isSafeInteger(n) || n < 1 || n > MAX_SHARDS) {
    throw new CliError(`--shard ${show(raw)}: expected K/N, part K of N parts, with N a whole number from 1 to ${MAX_SHARDS}, e.g. --shard 2/4`);
  }
  if (k < 1 || k > n) throw new CliError(`--shard ${show(raw)}: K must be a whole number from 1 to N (${n})`);
  return { k, n };
}

/**
 * The runs of shard K of N: the K-th of N contiguous, near-equal blocks of `order` (the batch's
 * runs by index, in the order that keeps runs of the same seed together, so each shard draws as
 * few populations as it can). A shard may be empty when N exceeds the number of runs.
 */
export function shardRuns(order: readonly number[], shard: ShardSpec): number[] {
  const from = Math.floor((order.length * (shard.k - 1)) / shard.n);
  const to = Math.floor((order.length * shard.k) / shard.n);
  return order.slice(from, to);
}

/** Run indices 0 … total − 1 ordered by seed (then by index): runs of one seed share drawn people. */
export function seedMajorOrder(seedOf: readonly number[]): number[] {
  return seedOf.map((_, i) => i).sort((a, b) => seedOf[a] - seedOf[b] || a - b);
}
