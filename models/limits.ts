/**
 * How large a run may be: the ranges of the seed, the number of agents, the number of months and
 * the number of seeds in an ensemble. Every way into the model takes its ranges from here — the
 * model's own input check, the command line and sweeps, scenario files, links to the explorer and
 * to Compare, and the seminar set-up — so a run that one of them accepts is never refused by
 * another (a scenario file's own link, for one). Each range says why it is what it is.
 *
 * The browser has a lower ceiling on agents than the command line, declared here beside it.
 */
export interface RunLimit {
  readonly min: number;
  readonly max: number;
  /** Why the range is what it is. */
  readonly reason: string;
}

export const SEED_LIMIT = {
  min: 0,
  max: 4_294_967_295,
  reason:
    'A seed is an unsigned 32-bit whole number: exact in JSON, links, CSV and every runner, and each random stream is named by it. An ensemble of K seeds from N uses N … N + K − 1, so its last seed must fit too.',
} as const satisfies RunLimit;

export const AGENTS_LIMIT = {
  min: 100,
  max: 2_000_000,
  reason:
    'Below 100 agents each one stands for more than 100,000 people and a single death or arrival swamps every figure. Each agent takes about 100 bytes and a run keeps a drawn population and a working copy; at 2 million agents that is already about 300 MB per process (a sweep runs one per worker), and results stop changing long before.',
} as const satisfies RunLimit;

export const BROWSER_AGENTS_LIMIT = {
  min: 1_000,
  max: 1_000_000,
  reason:
    'In the browser (explorer, Compare, seminar) a million agents already takes a couple of seconds per run and about 100 MB per worker, and Compare keeps several runs and populations at once; more would stall the tab or run out of memory. Below 1,000 agents each one stands for over 10,000 people and the charts show steps rather than trends.',
} as const satisfies RunLimit;

export const MONTHS_LIMIT = {
  min: 1,
  max: 600,
  reason:
    'Fifty years is far beyond any policy horizon the model speaks to (ten rounds of five years is the longest seminar), and the timeline of a scenario file uses the same range. A run shorter than a year is allowed, but its two indices then look back over fewer than 12 months.',
} as const satisfies RunLimit;

export const ENSEMBLE_SEEDS_LIMIT = {
  min: 1,
  max: 1_000,
  reason: 'How many seeds one command (`--seeds`) runs: a thousand already gives percentiles far finer than the model’s own uncertainty; more is a job for a script.',
} as const satisfies RunLimit;

/** Every limit, for the documentation. */
export const RUN_LIMIT_TABLE: Readonly<Record<string, RunLimit & { readonly what: string }>> = {
  seed: { what: 'Seed', ...SEED_LIMIT },
  agents: { what: 'Agents (model, command line, sweeps)', ...AGENTS_LIMIT },
  browserAgents: { what: 'Agents in the browser (explorer, Compare, seminar)', ...BROWSER_AGENTS_LIMIT },
  months: { what: 'Months (every run, scenario file and link)', ...MONTHS_LIMIT },
  ensembleSeeds: { what: 'Seeds in one ensemble on the command line', ...ENSEMBLE_SEEDS_LIMIT },
};

/** Whether n is a whole number within the limit. */
export function withinLimit(limit: RunLimit, n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= limit.min && n <= limit.max;
}

/** The largest first seed of an ensemble of `count` seeds (its last seed must be a seed too). */
export function maxFirstSeed(count: number): number {
  return SEED_LIMIT.max - Math.max(1, count) + 1;
}
