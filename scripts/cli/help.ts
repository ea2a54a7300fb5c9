/**
 * The `--help` text.
 */
import { AGENTS_LIMIT, DEFAULT_AGENTS, DEFAULT_MONTHS, DEFAULT_SEED, ENSEMBLE_SEEDS_LIMIT, MONTHS_LIMIT, SEED_LIMIT } from '../../models/index';
import { DEFAULT_SCENARIO_ID, MAX_SCENARIO_FILE_BYTES } from '../../scenarios/index';
import { groupDigits } from './format';

export function helpText(): string {
  return `Crossings: run the migrant-smuggling simulation from the command line.

Usage:
  npm run -s simulate -- [options]
  npx tsx scripts/simulate.ts [options]

Run options:
  --scenario ID|FILE  Built-in scenario id, or a path to a scenario JSON file (a file is read
                      when the argument ends in .json or names an existing file). The file
                      must be UTF-8 text (a byte-order mark is fine) of at most
                      ${groupDigits(MAX_SCENARIO_FILE_BYTES)} bytes. Default: ${DEFAULT_SCENARIO_ID}.
  --seed N            Random seed, a whole number from 0 to ${SEED_LIMIT.max}. Default: ${DEFAULT_SEED}.
  --seeds K           Run K seeds: N, N+1, ..., N+K-1 (K from ${ENSEMBLE_SEEDS_LIMIT.min} to ${ENSEMBLE_SEEDS_LIMIT.max}).
  --agents N          Number of agents, ${groupDigits(AGENTS_LIMIT.min)} to ${groupDigits(AGENTS_LIMIT.max)}. Default: ${groupDigits(DEFAULT_AGENTS)}.
                      Results are always scaled to the modelled population.
  --months N          Months to simulate, ${MONTHS_LIMIT.min} to ${MONTHS_LIMIT.max}. Default: the scenario's length,
                      otherwise ${DEFAULT_MONTHS}.
  --set KEY=VALUE     Fix a lever for the whole run on every route (repeatable). The value
                      replaces the scenario's starting value, and the scenario's timeline
                      entries and route-aimed values for that lever are ignored. See
                      --list-levers for keys and ranges.
  --set KEY@ROUTE=VALUE
                      Fix an enforcement, containment or rescue lever on one route only, for
                      the whole run, e.g. --set enforcement.pullbacks@shortSea=0.8. Other routes
                      keep the scenario's values. Pull-backs, containment, vessel destruction
                      and rescue can be aimed only at sea routes; --list-levers shows where each
                      lever can be aimed.
  --set index.TERM=W  Read the indices with weight W (0 to 1) on TERM (repeatable), e.g.
                      --set index.deaths=0.4. Terms: deaths, abuse, stranded, trapped,
                      noSafeChannel, origin (human security); entries, uncontrolled, arrivals,
                      market, operators (State security). Weights change no run: the two
                      indices are recomputed from their terms. Others keep their weight.
  --weights FILE      Read the indices with the weights in FILE: { "human": { TERM: W, ... },
                      "state": { ... } } (terms left out keep their default), or a scenario
                      file's "weights". A scenario file's own weights apply without it;
                      --set index.TERM=W applies on top.
  --format FORMAT     table, json or csv. Default: table (json when --seeds is given).
  --out FILE          Write the output to FILE instead of standard output: a new file or a
                      regular file to replace, never the scenario file. It is checked before
                      the run and replaced only once the output is complete.
  --by-route          Show each route and crossing method: with table, their totals, fees,
                      operators and boats; with csv, the per-route monthly rows (below).
  --shard K/N         With --seeds: run only part K of N of the seeds and write a shard file
                      instead of the output; \`npm run -s merge -- FILES...\` puts the N shards
                      back together, exactly as the run without --shard would print it.
  --against ID|FILE --robustness
                      Compare --scenario with another mix over the same seeds (--seeds K):
                      for each index, the share of 1,000 weightings of its terms (drawn
                      uniformly, the same every time) in which --scenario scores higher, the
                      same with each term left out, and the weight at which each term would
                      flip the ranking. --set changes only the --scenario mix. table or json.

Other:
  --list-levers       Every lever: key, unit, range, default and description
                      (honours --format json or csv).
  --list-scenarios    The built-in scenarios: id and title (honours --format).
  --help, -h          This text (whatever else is on the line).

Output formats:
  table  A summary for people: totals over the run, the state at the end, the
         human-security and state-security indices, and a table per route.
  json   One line holding one object with, in this order: modelVersion, seed, levers
         (every lever's value in force in month 0), months (one object per month: month,
         then every output), summary (run totals and byRoute) and routes (per route: route,
         label, methods, and months, each month with the route's figures and byMethod, one
         entry per method in the order of methods).
  csv    A header row (month, then every output key) and one row per month.
  csv with --by-route
         A header row (month, route, method, then every per-route output key) and, for
         each month and route, a row of the route's figures (method "all") followed by a
         row per crossing method. The routes' flows add up to the monthly totals.

Several seeds (--seeds K):
  json   JSON Lines: one line per seed, each the object described above, then one more
         line {"ensemble": true, "seeds": [...], "median": {...}, "p5": {...}, "p95": {...}}
         over every numeric summary output.
  table  The median and the 5% and 95% percentiles of every summary output.
  csv    The monthly rows of every seed, with a leading seed column.
  Percentiles use linear interpolation between nearest ranks (numpy's and R's default):
  with the n per-seed values sorted, h = (n-1)p and P = x[floor(h)] + (h - floor(h)) *
  (x[floor(h)+1] - x[floor(h)]). With few seeds the 5% and 95% values lie close to the
  smallest and largest.

The same arguments always give byte-identical output.

Exit status: 0 on success, 2 for invalid input (one "error:" line on standard error naming
the option, the value and what is allowed), 1 for an unexpected failure.

Examples:
  npm run -s simulate
  npm run -s simulate -- --set enforcement.intensity=0.9 --set searchAndRescue.capacity=0
  npm run -s simulate -- --set enforcement.pullbacks@desertSea=1 --by-route
  npm run -s simulate -- --set transit.containment@desertSea=1
  npm run -s simulate -- --seeds 10 --format json --out runs.jsonl
  npm run -s simulate -- --scenario my-scenario.json --months 60 --format csv
  npm run -s simulate -- --scenario human-security-mix --against state-security-only --robustness --seeds 5
`;
}
