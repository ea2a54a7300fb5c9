/**
 * The sweep command: parse, build the design (models/analysis), run it on the worker pool and
 * print the spread of the chosen output per point. `runSweepCli` returns what to print and the
 * exit status instead of writing and exiting, so tests and the benchmark can call it directly.
 * As in simulate, everything that can be checked is checked before any run: the options, the
 * scenario file and --out; the number of worker threads is planned from the cores and the memory.
 */
import { availableParallelism, freemem } from 'node:os';
import { DEFAULT_AGENTS, applyRunSpec, seedList, sweepDesign, sweepTable, validateRunInput, type RunInput, type RunSummary } from '../../models/index';
import { CliError, EXIT_OK } from '../cli/errors';
import { deliver, failure, type CliOutcome } from '../cli/entry';
import { prepareOutput } from '../cli/output-file';
import { buildRunInput, loadScenario, type LoadedScenario } from '../cli/scenario';
import { parseSweepArgs, type SweepOptions } from './args';
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
  const design = sweepDesign({ lever: opts.lever, from: opts.from, to: opts.to, steps: opts.steps, by: opts.by }, seeds);
  const summaries = await runner(
    design.runs.map((run) => applyRunSpec(base, run)),
    workers,
  );
  const report: SweepReport = {
    lever: opts.lever,
    by: opts.by ?? null,
    output: opts.output,
    seeds,
    rows: sweepTable(
      design,
      summaries.map((s) => s[opts.output]),
    ),
  };
  return opts.format === 'json' ? sweepJson(report) : sweepCsv(report);
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
