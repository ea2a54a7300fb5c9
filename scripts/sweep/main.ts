/**
 * The sweep command: parse, build the design (models/analysis), run it on the worker pool and
 * print the spread of the chosen output per point. `runSweepCli` returns what to print and the
 * exit status instead of writing and exiting, so tests and the benchmark can call it directly.
 * As in simulate, everything that can be checked is checked before any run: the options, the
 * scenario file and --out; the number of worker threads is planned from the cores and the memory.
 */
import { availableParallelism, freemem } from 'node:os';
import { DEFAULT_AGENTS, applyRunSpec, seedList, sweepDesign, sweepTable, validateRunInput, type OutputKey, type RunInput, type RunSummary, type SweepSpec } from '../../models/index';
import { batchInputs } from '../shard/batch';
import { encodeShard, SHARD_FORMAT } from '../shard/file';
import { seedMajorOrder, shardRuns } from '../shard/spec';
import { CliError, EXIT_OK } from '../cli/errors';
import { deliver, failure, type CliOutcome } from '../cli/entry';
import { prepareOutput } from '../cli/output-file';
import { buildRunInput, loadScenario, type LoadedScenario } from '../cli/scenario';
import { parseSweepArgs, type SweepFormat, type SweepOptions } from './args';
import { sweepHelpText } from './help';
import { runInPool } from './pool';
import { sweepCsv, sweepJson, type SweepReport } from './report';
import { planWorkers, type WorkerPlanInput } from './workers';

/** Runs every input and returns the summaries in input order (the worker pool, or a stand-in in tests). */
export type Runner = (inputs: readonly RunInput[], workers: number) => Promise<RunSummary[]>;

/** What the machine offers: cores and free memory (replaceable in tests). */
export type Machine = () => Pick<WorkerPlanInput, 'cores' | 'freeBytes'>;

/** Free memory: the system's, or less when a container limit (cgroup) leaves less. */
function freeBytes(): number {
  const free = freemem();
  const limit = typeof process.constrainedMemory === 'function' ? process.constrainedMemory() : 0;
  // Without a limit Node reports 0 or a huge number; with one, what is left of it is what counts.
  return limit > 0 && limit < Number.MAX_SAFE_INTEGER ? Math.max(0, Math.min(free, limit - process.memoryUsage().rss)) : free;
}

const THIS_MACHINE: Machine = () => ({ cores: availableParallelism(), freeBytes: freeBytes() });

/** What a sweep's output depends on besides the runs' values (also what merge is given by the shards). */
export interface SweepView {
  readonly spec: SweepSpec;
  readonly seeds: readonly number[];
  readonly output: OutputKey;
  readonly format: SweepFormat;
}

/** The sweep's output from the chosen output's value in every run of the design, in design order. */
export function renderSweep(view: SweepView, values: readonly number[]): string {
  const design = sweepDesign(view.spec, view.seeds);
  const report: SweepReport = {
    lever: view.spec.lever,
    by: view.spec.by ?? null,
    output: view.output,
    seeds: view.seeds,
    rows: sweepTable(design, values),
  };
  return view.format === 'json' ? sweepJson(report) : sweepCsv(report);
}

/** Runs of a sweep in shard order: by seed, so a shard draws as few populations as it can. */
export function sweepShardOrder(view: Pick<SweepView, 'spec' | 'seeds'>): number[] {
  return seedMajorOrder(sweepDesign(view.spec, view.seeds).runs.map((r) => r.seed));
}

async function produce(opts: SweepOptions, loaded: LoadedScenario, runner: Runner, workers: number): Promise<string> {
  const scenario = loaded.scenario;
  const base = buildRunInput(scenario, opts.sets, { agents: opts.agents, months: opts.months });
  try {
    validateRunInput(base);
  } catch (e) {
    if (e instanceof RangeError) throw new CliError(`--scenario ${opts.scenario ?? scenario.id}: ${e.message}`);
    throw e;
  }
  const seeds = seedList(opts.seed, opts.seeds);
  const view: SweepView = { spec: { lever: opts.lever, from: opts.from, to: opts.to, steps: opts.steps, by: opts.by }, seeds, output: opts.output, format: opts.format };
  const design = sweepDesign(view.spec, seeds);
  const inputs = design.runs.map((run) => applyRunSpec(base, run));
  if (opts.shard) {
    const mine = shardRuns(sweepShardOrder(view), opts.shard);
    const summaries = await runner(
      mine.map((i) => inputs[i]),
      workers,
    );
    const batch = { command: 'sweep', ...batchInputs(base, scenario), view };
    return encodeShard({ format: SHARD_FORMAT, command: 'sweep', batch, shard: opts.shard, total: inputs.length, runs: mine.map((i, j) => [i, summaries[j][opts.output]] as const) });
  }
  const summaries = await runner(inputs, workers);
  return renderSweep(
    view,
    summaries.map((s) => s[opts.output]),
  );
}

/** Run the sweep command with the given arguments (without node and script paths). */
export async function runSweepCli(argv: readonly string[], cwd: string = process.cwd(), runner: Runner = runInPool, machine: Machine = THIS_MACHINE): Promise<CliOutcome> {
  try {
    const opts = parseSweepArgs(argv);
    if (opts.help) return { stdout: sweepHelpText(), stderr: '', code: EXIT_OK };
    const loaded = loadScenario(opts.scenario, cwd);
    const target = opts.out !== undefined ? prepareOutput('--out', opts.out, cwd, loaded.input ? [loaded.input] : []) : undefined;
    const plan = planWorkers({ requested: opts.workers, agents: opts.agents ?? DEFAULT_AGENTS, seeds: opts.seeds, ...machine() });
    const outcome = deliver(await produce(opts, loaded, runner, plan.workers), target);
    return plan.note ? { ...outcome, stderr: `note: ${plan.note}\n` } : outcome;
  } catch (err) {
    return failure(err);
  }
}
