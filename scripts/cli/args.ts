/**
 * Argument parsing for `scripts/simulate.ts`. A small hand parser rather than node:util
 * parseArgs, so every mistake can be reported as one line that names the option, the value
 * given and what is allowed. Accepts `--flag value` and `--flag=value`.
 */
import { AGENTS_LIMIT, AIM_SEPARATOR, ENSEMBLE_SEEDS_LIMIT, LEVER_BY_KEY, LEVER_KEYS, MONTHS_LIMIT, ROUTES, SEED_LIMIT, aimProblem, isRouteId, type LeverKey, type RouteId } from '../../models/index';
import { CliError, closest } from './errors';
import { quote, show } from './escape';
import { parseShard, type ShardSpec } from '../shard/spec';
import { isWeightSet, parseWeightSet, type WeightSetting } from './weights';

export { show };

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];


export type Action = 'run' | 'help' | 'listLevers' | 'listScenarios';

export interface LeverSetting {
  readonly key: LeverKey;
  readonly value: number;
  /** The route the value is aimed at (`--set KEY@ROUTE=V`); undefined = every route. */
  readonly route?: RouteId;
}

export interface CliOptions {
  readonly action: Action;
  /** Built-in scenario id or path to a scenario file; undefined = the default scenario. */
  readonly scenario?: string;
  readonly seed?: number;
  /** Number of consecutive seeds for an ensemble; undefined = a single run. */
  readonly seeds?: number;
  readonly agents?: number;
  readonly months?: number;
  /** `--set` values in the order given (a later one for the same key wins). */
  readonly sets: readonly LeverSetting[];
  /** Format asked for with --format, if any. */
  readonly format?: Format;
  readonly out?: string;
  /** `--shard K/N`: run only part K of N of the seeds and write a shard file for `npm run -s merge`. */
  readonly shard?: ShardSpec;
  /** `--by-route`: the table and CSV show each route and crossing method, month by month for CSV. */
  readonly byRoute?: boolean;
  /** `--against ID|FILE`: the scenario the run is compared with (for --robustness). */
  readonly against?: string;
  /** `--robustness`: how often the scenario ranks above --against over many weightings of each index. */
  readonly robustness?: boolean;
  /** `--weights FILE`: the weights the indices are read with (weights.ts). */
  readonly weightsFile?: string;
  /** `--set index.<term>=W` values in the order given. */
  readonly weightSets?: readonly WeightSetting[];
}

type ValueFlag = '--scenario' | '--seed' | '--seeds' | '--agents' | '--months' | '--set' | '--format' | '--out' | '--shard' | '--against' | '--weights';
type SwitchFlag = '--help' | '--list-levers' | '--list-scenarios' | '--by-route' | '--robustness';

const VALUE_FLAGS: readonly ValueFlag[] = ['--scenario', '--seed', '--seeds', '--agents', '--months', '--set', '--format', '--out', '--shard', '--against', '--weights'];
const SWITCH_FLAGS: readonly SwitchFlag[] = ['--help', '--list-levers', '--list-scenarios', '--by-route', '--robustness'];
const ALL_FLAGS: readonly string[] = [...VALUE_FLAGS, ...SWITCH_FLAGS];

/** What each value flag accepts, used in "missing value" messages. */
const EXPECTS: Record<ValueFlag, string> = {
  '--scenario': 'a built-in scenario id or a path to a scenario .json file',
  '--seed': `a whole number from ${SEED_LIMIT.min} to ${group(SEED_LIMIT.max)}`,
  '--seeds': `a whole number from ${ENSEMBLE_SEEDS_LIMIT.min} to ${ENSEMBLE_SEEDS_LIMIT.max}`,
  '--agents': `a whole number from ${AGENTS_LIMIT.min} to ${group(AGENTS_LIMIT.max)}`,
  '--months': `a whole number from ${MONTHS_LIMIT.min} to ${MONTHS_LIMIT.max}`,
  '--set': 'KEY=VALUE or KEY@ROUTE=VALUE, e.g. --set enforcement.intensity=0.8 or --set enforcement.pullbacks@shortSea=0.8, or index.TERM=WEIGHT',
  '--weights': 'a path to a .json file of index weights, or a scenario file with a "weights" field',
  '--format': `one of ${FORMATS.join(', ')}`,
  '--out': 'a file path',
  '--shard': 'K/N, part K of N parts, e.g. --shard 2/4',
  '--against': 'a built-in scenario id or a path to a scenario .json file to compare with (with --robustness)',
};

function group(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const WHOLE = /^\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Parse a whole number in [min, max]; the message names the flag and the value. */
export function parseWhole(flag: string, raw: string, min: number, max: number): number {
  const n = WHOLE.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new CliError(`${flag} ${show(raw)}: must be a whole number from ${group(min)} to ${group(max)}`);
  }
  return n;
}

/** Parse a decimal number in [min, max]; the message names the flag and the value. */
export function parseNumber(flag: string, raw: string, min: number, max: number): number {
  const n = DECIMAL.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isFinite(n) || n < min || n > max) throw new CliError(`${flag} ${show(raw)}: must be a number between ${min} and ${max}`);
  return n + 0; // -0 becomes 0
}

/**
 * Parse one `--set KEY=VALUE` or `--set KEY@ROUTE=VALUE`, checking the key against the lever
 * table, the route against the routes and what can be aimed there, and the value against its range.
 */
export function parseSet(raw: string): LeverSetting {
  const eq = raw.indexOf('=');
  if (eq <= 0) throw new CliError(`--set ${show(raw)}: expected ${EXPECTS['--set']}`);
  const target = raw.slice(0, eq).trim();
  const text = raw.slice(eq + 1).trim();
  const at = target.indexOf(AIM_SEPARATOR);
  const key = at < 0 ? target : target.slice(0, at);
  const route = at < 0 ? undefined : target.slice(at + 1);
  const spec = LEVER_BY_KEY.get(key);
  if (!spec) {
    const guess = closest(key, LEVER_KEYS);
    const hint = guess ? `did you mean "${guess}"? (--list-levers shows them all)` : `allowed: ${LEVER_KEYS.join(', ')}`;
    throw new CliError(`--set ${show(raw)}: unknown lever ${quote(key)}; ${hint}`);
  }
  let aimedAt: RouteId | undefined;
  if (route !== undefined) {
    const problem = aimProblem(key, route, ROUTES);
    if (problem || !isRouteId(route)) throw new CliError(`--set ${show(raw)}: ${problem ?? `unknown route "${route}"`} (--list-levers shows where each lever can be aimed)`);
    aimedAt = route;
  }
  const value = DECIMAL.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(value) || value < spec.min || value > spec.max) {
    throw new CliError(`--set ${show(raw)}: value must be a number between ${spec.min} and ${spec.max}`);
  }
  const v = value + 0; // -0 becomes 0
  return aimedAt === undefined ? { key: spec.key, value: v } : { key: spec.key, value: v, route: aimedAt };
}

function parseFormat(raw: string): Format {
  if ((FORMATS as readonly string[]).includes(raw)) return raw as Format;
  throw new CliError(`--format ${show(raw)}: must be one of ${FORMATS.join(', ')}`);
}

/** An option this command does not know, with the one probably meant. */
export function unknownFlag(arg: string, flags: readonly string[]): CliError {
  const name = arg.split('=')[0];
  const guess = closest(name, flags);
  const hint = guess ? `did you mean ${guess}?` : `allowed: ${flags.join(', ')}`;
  return new CliError(`unknown option ${quote(name)}; ${hint} (see --help)`);
}

/** Dashes people type or paste instead of "--": one hyphen, an en or em dash, a minus sign. */
const DASHES = /^[-\u2010-\u2015\u2212]+/;

/** An argument that is not an option: say so, and suggest the option when it is one with the wrong dashes. */
export function unexpectedArgument(arg: string, flags: readonly string[]): CliError {
  const bare = DASHES.test(arg) ? arg.replace(DASHES, '').split('=')[0] : '';
  const meant = bare ? flags.find((f) => f === `--${bare}`) : undefined;
  const hint = meant ? `did you mean ${meant}? (options start with two ASCII hyphens)` : 'options start with -- (see --help)';
  return new CliError(`unexpected argument ${show(arg)}; ${hint}`);
}

/** `--help` or `-h` anywhere on the line: help wins over every other option, even a wrong one. */
export function asksForHelp(argv: readonly string[]): boolean {
  return argv.some((a) => a === '--help' || a === '-h');
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The options every command that runs the model takes. */
export interface RunFlags {
  seed?: number;
  seeds?: number;
  agents?: number;
  months?: number;
  scenario?: string;
  out?: string;
}

/**
 * Read one of the options shared by the commands that run the model (--set, --seed, --seeds,
 * --agents, --months, --scenario, --out) into `opts`; false if `flag` is not one of them.
 */
export function readRunFlag(flag: string, value: string, opts: RunFlags, sets: LeverSetting[]): boolean {
  switch (flag) {
    case '--set':
      sets.push(parseSet(value));
      return true;
    case '--seed':
      opts.seed = parseWhole(flag, value, SEED_LIMIT.min, SEED_LIMIT.max);
      return true;
    case '--seeds':
      opts.seeds = parseWhole(flag, value, ENSEMBLE_SEEDS_LIMIT.min, ENSEMBLE_SEEDS_LIMIT.max);
      return true;
    case '--agents':
      opts.agents = parseWhole(flag, value, AGENTS_LIMIT.min, AGENTS_LIMIT.max);
      return true;
    case '--months':
      opts.months = parseWhole(flag, value, MONTHS_LIMIT.min, MONTHS_LIMIT.max);
      return true;
    case '--scenario':
      opts.scenario = value;
      return true;
    case '--out':
      opts.out = value;
      return true;
    default:
      return false;
  }
}

/** Parse and validate the argument list (without the node and script paths). */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  if (asksForHelp(argv)) return { action: 'help', sets: [] };
  const opts: Mutable<CliOptions> = { action: 'run', sets: [] };
  const sets: LeverSetting[] = [];
  const weightSets: WeightSetting[] = [];
  const switches = new Set<SwitchFlag>();

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw unexpectedArgument(arg, ALL_FLAGS);
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if ((SWITCH_FLAGS as readonly string[]).includes(name)) {
      if (eq >= 0) throw new CliError(`${show(arg)}: ${name} takes no value`);
      switches.add(name as SwitchFlag);
      continue;
    }
    if (!(VALUE_FLAGS as readonly string[]).includes(name)) throw unknownFlag(arg, ALL_FLAGS);
    const flag = name as ValueFlag;
    let value: string;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new CliError(`${flag}: missing value; expected ${EXPECTS[flag]}`);
      value = next;
      i++;
    }
    if (value === '') throw new CliError(`${flag}: empty value; expected ${EXPECTS[flag]}`);
    // Each value is checked as it comes, so the first mistake on the line is the one reported.
    // A flag given twice: the later value wins, as with most command lines (--set accumulates).
    if (flag === '--format') opts.format = parseFormat(value);
    else if (flag === '--shard') opts.shard = parseShard(value);
    else if (flag === '--against') opts.against = value;
    else if (flag === '--weights') opts.weightsFile = value;
    else if (flag === '--set' && isWeightSet(value)) weightSets.push(parseWeightSet(value));
    else readRunFlag(flag, value, opts, sets);
  }

  if (opts.seeds !== undefined && (opts.seed ?? 0) + opts.seeds - 1 > SEED_LIMIT.max) {
    throw new CliError(
      `--seeds ${opts.seeds}: starting from --seed ${opts.seed ?? 0} the last seed would be ${(opts.seed ?? 0) + opts.seeds - 1}, above the largest allowed seed ${group(SEED_LIMIT.max)}`,
    );
  }
  if (opts.shard && opts.seeds === undefined) throw new CliError(`--shard ${opts.shard.k}/${opts.shard.n}: shards an ensemble; give --seeds K too (a single run is not split)`);
  opts.sets = sets;
  if (weightSets.length) opts.weightSets = weightSets;
  if (switches.has('--by-route')) opts.byRoute = true;
  if (switches.has('--robustness')) opts.robustness = true;
  if (opts.robustness && opts.against === undefined) throw new CliError('--robustness: needs --against ID|FILE, the scenario to compare with');
  if (opts.against !== undefined && !opts.robustness) throw new CliError(`--against ${show(opts.against)}: is used only with --robustness`);
  if (opts.robustness && opts.format === 'csv') throw new CliError('--format csv: --robustness prints table or json');
  if (opts.robustness && opts.byRoute) throw new CliError('--by-route: cannot be combined with --robustness');
  if (opts.robustness && opts.shard) throw new CliError('--shard: cannot be combined with --robustness (it shards the runs of one scenario)');
  opts.action = switches.has('--list-levers') ? 'listLevers' : switches.has('--list-scenarios') ? 'listScenarios' : 'run';
  return opts;
}
