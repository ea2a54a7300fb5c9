/**
 * Seeded random streams, one per named decision. Each stream is derived from (seed, name) alone,
 * so adding draws to one decision never shifts the draws of another, and two runs with the same
 * seed share the same people and the same luck (common random numbers). Alea from seedrandom is
 * fast and keeps its state in object fields.
 */
import seedrandom from 'seedrandom';

export const STREAM_NAMES = ['population', 'aspiration', 'choice', 'queue', 'journey', 'abuse', 'stranded'] as const;
export type StreamName = (typeof STREAM_NAMES)[number];

export interface Stream {
  /** Uniform double in [0, 1). */
  (): number;
}

export function makeStream(seed: number, name: StreamName): Stream {
  return seedrandom.alea(`crossings:${seed}:${name}`) as unknown as Stream;
}

export type Streams = Record<StreamName, Stream>;

export function makeStreams(seed: number): Streams {
  const out = {} as Streams;
  for (const n of STREAM_NAMES) out[n] = makeStream(seed, n);
  return out;
}

/** Exponential(1) draw: the threshold of a cumulative hazard. */
export function exponential(rng: Stream): number {
  return -Math.log(1 - rng());
}

/** Standard normal draw (Box–Muller, one of the pair). */
export function normal(rng: Stream): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
