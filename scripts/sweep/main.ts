/**
 * The sweep command: parse, build the design (models/analysis), run it on the worker pool and
 * print the spread of the chosen output per point. `runSweepCli` returns what to print and the
 * exit status instead of writing and exiting, so tests and the benchmark can call it directly.
 */
import { availableParallelism } from 'node:os';
import { applyRunSpec, seedList, sweepDesign, sweepTable, validateRunInput, type RunInput, type RunSummary } from '../../models/index';
import { CliError, EXIT_OK } from '../cli/errors';
import { deliver, failure, type CliOutcome } from '../cli/entry';
import { checkOutPath } from '../cli/main';
import { buildRunInput, resolveScenario } from '../cli/scenario';
import { parseSweepArgs, type SweepOptions } from './args';
import { sweepHelpText } from './help';
import { runInPool } from './pool';
import { sweepCsv, sweepJson, type SweepReport } from './report';

/** Runs every input and returns the summaries in input order (the worker pool, or a stand-in in tests). */
export type Runner = (inputs: readonly RunInput[], workers: number) => Promise<RunSummary[]>;

async function produce(opts: SweepOptions, cwd: string, runner: Runner): Promise<string> {
  const scenario = resolveScenario(opts.scenario, cwd);
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
    opts.workers,
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
export async function runSweepCli(argv: readonly string[], cwd: string = process.cwd(), runner: Runner = runInPool): Promise<CliOutcome> {
  try {
    const opts = parseSweepArgs(argv, availableParallelism());
    if (opts.help) return { stdout: sweepHelpText(), stderr: '', code: EXIT_OK };
    const outPath = opts.out !== undefined ? checkOutPath(opts.out, cwd) : undefined;
    return deliver(await produce(opts, cwd, runner), outPath, opts.out);
  } catch (err) {
    return failure(err);
  }
}
