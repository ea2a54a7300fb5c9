/**
 * Argument parsing for `scripts/sweep.ts`, in the style of the simulate command (scripts/cli/
 * args.ts, whose value parsers it reuses): `--flag value` or `--flag=value`, and every mistake
 * reported as one line naming the option, the value given and what is allowed.
 */
import { AGENTS_LIMIT, DEFAULT_SEED, ENSEMBLE_SEEDS_LIMIT, LEVER_BY_KEY, LEVER_KEYS, MAX_BY_VALUES, MAX_SWEEP_STEPS, MONTHS_LIMIT, OUTPUT_KEYS, SEED_LIMIT, type OutputKey } from '../../models/index';
import { asksForHelp, parseNumber, parseWhole, readRunFlag, show, unexpectedArgument, unknownFlag, type LeverSetting } from '../cli/args';
import { quote } from '../cli/escape';
import { CliError, closest } from '../cli/errors';
import { parseShard, type ShardSpec } from '../shard/spec';

export const SWEEP_FORMATS = ['csv', 'json'] as const;
export type SweepFormat = (typeof SWEEP_FORMATS)[number];

export const DEFAULT_STEPS = 11;
export const DEFAULT_SEEDS = 10;
export const DEFAULT_OUTPUT: OutputKey = 'smugglingDemand';
export const STEPS_RANGE = { min: 2, max: MAX_SWEEP_STEPS } as const;
export const WORKERS_RANGE = { min: 1, max: 64 } as const;
/** Largest number of model runs one sweep may ask for (points × by values × seeds). */
export const MAX_SWEEP_RUNS = 50_000;

export interface SweepOptions {
  readonly help: boolean;
  readonly lever: string;
  readonly from: number;
  readonly to: number;
  readonly steps: number;
  readonly by?: { readonly lever: string; readonly values: readonly number[] };
  readonly seed: number;
  readonly seeds: number;
  readonly agents?: number;
  readonly months?: number;
  readonly scenario?: string;
  readonly sets: readonly LeverSetting[];
  readonly output: OutputKey;
  readonly format: SweepFormat;
  readonly out?: string;
  /** `--workers N` as asked for; the number used is planned from the cores and memory (workers.ts). */
  readonly workers?: number;
  /** `--shard K/N`: run only part K of N of the runs and write a shard file for `npm run -s merge`. */
  readonly shard?: ShardSpec;
}

const VALUE_FLAGS = ['--lever', '--from', '--to', '--steps', '--by', '--seeds', '--seed', '--agents', '--months', '--scenario', '--set', '--output', '--format', '--out', '--workers', '--shard'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];
const ALL_FLAGS: readonly string[] = [...VALUE_FLAGS, '--help'];

const EXPECTS: Record<ValueFlag, string> = {
  '--lever': 'a lever key, e.g. enforcement.intensity (npm run -s simulate -- --list-levers shows them)',
  '--from': 'a lever value, e.g. 0',
  '--to': 'a lever value, e.g. 1',
  '--steps': `a whole number from ${STEPS_RANGE.min} to ${STEPS_RANGE.max}`,
  '--by': `KEY=V1,V2,V3 (one to ${MAX_BY_VALUES} values), e.g. --by searchAndRescue.capacity=0,0.5,1`,
  '--seeds': `a whole number from ${ENSEMBLE_SEEDS_LIMIT.min} to ${ENSEMBLE_SEEDS_LIMIT.max}`,
  '--seed': `a whole number from ${SEED_LIMIT.min} to ${SEED_LIMIT.max}`,
  '--agents': `a whole number from ${AGENTS_LIMIT.min} to ${AGENTS_LIMIT.max}`,
  '--months': `a whole number from ${MONTHS_LIMIT.min} to ${MONTHS_LIMIT.max}`,
  '--scenario': 'a built-in scenario id or a path to a scenario .json file',
  '--set': 'KEY=VALUE, e.g. --set enforcement.intensity=0.8',
  '--output': 'an output key, e.g. smugglingDemand',
  '--format': `one of ${SWEEP_FORMATS.join(', ')}`,
  '--out': 'a file path',
  '--workers': `a whole number from ${WORKERS_RANGE.min} to ${WORKERS_RANGE.max}`,
  '--shard': 'K/N, part K of N parts, e.g. --shard 2/4',
};

function leverKey(flag: string, raw: string, key: string): string {
  if (LEVER_BY_KEY.has(key)) return key;
  const guess = closest(key, LEVER_KEYS);
  const hint = guess ? `did you mean "${guess}"?` : `allowed: ${LEVER_KEYS.join(', ')}`;
  throw new CliError(`${flag} ${show(raw)}: unknown lever ${quote(key)}; ${hint} (npm run -s simulate -- --list-levers shows them all)`);
}

function parseOutput(raw: string): OutputKey {
  if ((OUTPUT_KEYS as readonly string[]).includes(raw)) return raw as OutputKey;
  const guess = closest(raw, OUTPUT_KEYS);
  throw new CliError(`--output ${show(raw)}: unknown output; ${guess ? `did you mean "${guess}"? ` : ''}allowed: ${OUTPUT_KEYS.join(', ')}`);
}

function parseFormat(raw: string): SweepFormat {
  if ((SWEEP_FORMATS as readonly string[]).includes(raw)) return raw as SweepFormat;
  throw new CliError(`--format ${show(raw)}: must be one of ${SWEEP_FORMATS.join(', ')}`);
}

/** `--by KEY=V1,V2,V3`: a lever and one to three distinct values in its range. */
export function parseBy(raw: string): { lever: string; values: number[] } {
  const eq = raw.indexOf('=');
  if (eq <= 0) throw new CliError(`--by ${show(raw)}: expected ${EXPECTS['--by']}`);
  const lever = leverKey('--by', raw, raw.slice(0, eq).trim());
  const spec = LEVER_BY_KEY.get(lever)!;
  const cells = raw.slice(eq + 1).split(',');
  if (cells.length > MAX_BY_VALUES) throw new CliError(`--by ${show(raw)}: give one to ${MAX_BY_VALUES} values, got ${cells.length}`);
  const values = cells.map((cell) => {
    try {
      return parseNumber('--by', cell, spec.min, spec.max);
    } catch {
      throw new CliError(`--by ${show(raw)}: ${show(cell)} is not a number between ${spec.min} and ${spec.max} (the range of ${lever})`);
    }
  });
  if (new Set(values).size !== values.length) throw new CliError(`--by ${show(raw)}: the values must differ`);
  return { lever, values };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Parse and check the argument list. `--help` (or `-h`) anywhere wins over everything else. */
export function parseSweepArgs(argv: readonly string[]): SweepOptions {
  const opts: Partial<Mutable<SweepOptions>> = {};
  const raw: Partial<Record<'--from' | '--to', string>> = {};
  const sets: LeverSetting[] = [];
  if (asksForHelp(argv)) return { ...DEFAULTS, help: true, sets, lever: '', from: 0, to: 0 };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw unexpectedArgument(arg, ALL_FLAGS);
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (name === '--help') throw new CliError(`${show(arg)}: --help takes no value`);
    if (!(VALUE_FLAGS as readonly string[]).includes(name)) throw unknownFlag(arg, ALL_FLAGS);
    const flag = name as ValueFlag;
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new CliError(`${flag}: missing value; expected ${EXPECTS[flag]}`);
      value = next;
      i++;
    }
    if (value === '') throw new CliError(`${flag}: empty value; expected ${EXPECTS[flag]}`);
    switch (flag) {
      case '--lever':
        opts.lever = leverKey(flag, value, value.trim());
        break;
      case '--from':
      case '--to':
        raw[flag] = value;
        break;
      case '--steps':
        opts.steps = parseWhole(flag, value, STEPS_RANGE.min, STEPS_RANGE.max);
        break;
      case '--by':
        opts.by = parseBy(value);
        break;
      case '--output':
        opts.output = parseOutput(value);
        break;
      case '--format':
        opts.format = parseFormat(value);
        break;
      case '--shard':
        opts.shard = parseShard(value);
        break;
      case '--workers':
        opts.workers = parseWhole(flag, value, WORKERS_RANGE.min, WORKERS_RANGE.max);
        break;
      default:
        readRunFlag(flag, value, opts, sets);
    }
  }
  return finish(opts, raw, sets);
}

const DEFAULTS = { seed: DEFAULT_SEED, seeds: DEFAULT_SEEDS, steps: DEFAULT_STEPS, output: DEFAULT_OUTPUT, format: 'csv' } as const;

/** Checks that involve several options, and the defaults. */
function finish(
  opts: Partial<Mutable<SweepOptions>>,
  raw: Partial<Record<'--from' | '--to', string>>,
  sets: LeverSetting[],
): SweepOptions {
  const base = { help: false, sets, seed: opts.seed ?? DEFAULTS.seed, seeds: opts.seeds ?? DEFAULTS.seeds, steps: opts.steps ?? DEFAULTS.steps, output: opts.output ?? DEFAULTS.output, format: opts.format ?? DEFAULTS.format };
  if (opts.lever === undefined) throw new CliError(`--lever: missing; give the lever to sweep, e.g. --lever enforcement.intensity (see --help)`);
  const spec = LEVER_BY_KEY.get(opts.lever)!;
  const from = raw['--from'] === undefined ? spec.min : parseNumber('--from', raw['--from'], spec.min, spec.max);
  const to = raw['--to'] === undefined ? spec.max : parseNumber('--to', raw['--to'], spec.min, spec.max);
  if (from === to) throw new CliError(`--to ${show(raw['--to'] ?? String(to))}: must differ from --from (${from})`);
  if (opts.by?.lever === opts.lever) throw new CliError(`--by ${opts.by.lever}=${opts.by.values.join(',')}: the --by lever must differ from --lever`);
  for (const s of sets) {
    if (s.key === opts.lever || s.key === opts.by?.lever) throw new CliError(`--set ${s.key}=${s.value}: ${s.key} is swept (--${s.key === opts.lever ? 'lever' : 'by'}); remove this --set`);
  }
  if (base.seed + base.seeds - 1 > SEED_LIMIT.max) {
    throw new CliError(`--seeds ${base.seeds}: starting from --seed ${base.seed} the last seed would be ${base.seed + base.seeds - 1}, above the largest allowed seed ${SEED_LIMIT.max}`);
  }
  const runs = base.steps * (opts.by?.values.length ?? 1) * base.seeds;
  if (runs > MAX_SWEEP_RUNS) {
    throw new CliError(`--steps ${base.steps} with --seeds ${base.seeds}${opts.by ? ` and ${opts.by.values.length} --by values` : ''}: ${runs} runs; at most ${MAX_SWEEP_RUNS} allowed`);
  }
  return { ...opts, ...base, lever: opts.lever, from, to };
}
