/**
 * The `--help` text of the sweep command.
 */
import { AGENTS_LIMIT, DEFAULT_AGENTS, DEFAULT_MONTHS, DEFAULT_SEED, MAX_BY_VALUES, ENSEMBLE_SEEDS_LIMIT, MONTHS_LIMIT, SEED_LIMIT } from '../../models/index';
import { DEFAULT_SCENARIO_ID } from '../../scenarios/index';
import { groupDigits } from '../cli/format';
import { DEFAULT_OUTPUT, DEFAULT_SEEDS, DEFAULT_STEPS, MAX_SWEEP_RUNS, STEPS_RANGE, WORKERS_RANGE } from './args';

export function sweepHelpText(): string {
  return `Crossings sweep: how one output responds as one lever moves over a range, over several seeds.

Usage:
  npm run -s sweep -- --lever KEY [options]
  npx tsx scripts/sweep.ts --lever KEY [options]

Sweep:
  --lever KEY         The lever to sweep (npm run -s simulate -- --list-levers shows the keys).
                      It is fixed at each value for the whole run; the scenario's timeline
                      entries for it are ignored.
  --from A, --to B    First and last value. Default: the lever's range.
  --steps N           Number of values from A to B, both included, evenly spaced
                      (${STEPS_RANGE.min} to ${groupDigits(STEPS_RANGE.max)}). Default: ${DEFAULT_STEPS}.
  --by KEY=V1,V2,V3   Repeat the sweep with a second lever fixed at each of one to ${MAX_BY_VALUES} values.
  --output KEY        The run-summary output to report. Default: ${DEFAULT_OUTPUT}. Flows are totals
                      over the run, stocks and levels are at the last month, indices are means
                      over the months (as in simulate's summary).

Runs:
  --seeds K           Seeds per point: N, N+1, ..., N+K-1 (${ENSEMBLE_SEEDS_LIMIT.min} to ${ENSEMBLE_SEEDS_LIMIT.max}). Default: ${DEFAULT_SEEDS}.
                      Every point uses the same seeds, so points differ only by policy.
  --seed N            First seed, 0 to ${SEED_LIMIT.max}. Default: ${DEFAULT_SEED}.
  --scenario ID|FILE  Built-in scenario id or scenario JSON file. Default: ${DEFAULT_SCENARIO_ID}.
  --set KEY=VALUE     Fix another lever for the whole run (repeatable).
  --agents N          ${groupDigits(AGENTS_LIMIT.min)} to ${groupDigits(AGENTS_LIMIT.max)}. Default: ${groupDigits(DEFAULT_AGENTS)}.
  --months N          ${MONTHS_LIMIT.min} to ${MONTHS_LIMIT.max}. Default: the scenario's length, otherwise ${DEFAULT_MONTHS}.
  --workers N         Worker threads, ${WORKERS_RANGE.min} to ${WORKERS_RANGE.max}. Default: the number of cores.
                      Never more than the cores or than the free memory holds (each worker
                      keeps its own agents); a "note:" line says when the number was lowered.
                      The output does not depend on it.
  A sweep may ask for at most ${groupDigits(MAX_SWEEP_RUNS)} runs (values x --by values x seeds).

Output:
  --format csv        A header (the swept lever, the --by lever if any, output, median, p5,
                      p95, mean) and one row per value (all values for the first --by value,
                      then the next). The default.
  --format json       One line: {"modelVersion", "lever", "by": {"lever", "values"} or null,
                      "output", "seeds": [...], "points": [{"value", "byValue", "median", "p5",
                      "p95", "mean"}, ...]}.
  --out FILE          Write to FILE instead of standard output (a new or a regular file, never
                      the scenario file; checked before the runs, replaced only when complete).
  --shard K/N         Run only part K of N of the runs and write a shard file instead of the
                      output; \`npm run -s merge -- FILES...\` puts the N shards back together,
                      exactly as the sweep without --shard would print it.
  median, p5 and p95 are percentiles over the seeds, interpolated linearly between nearest
  ranks (numpy's and R's default); mean is the mean over the seeds.

Exit status: 0 on success, 2 for invalid input (one "error:" line naming the option, the
value and what is allowed), 1 for an unexpected failure.

Examples:
  npm run -s sweep -- --lever enforcement.intensity --steps 21
  npm run -s sweep -- --lever searchAndRescue.capacity --output deathsMissing --by enforcement.pullbacks=0,0.5,1
  npm run -s sweep -- --lever regularPathways.availability --from 0 --to 0.6 --steps 7 --seeds 20 --format json
`;
}
