/**
 * The command line as a function: arguments in, text and an exit status out. The entry point
 * (`scripts/simulate.ts`) only writes what this returns, which keeps this testable in-process.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEFAULT_SEED, runModel, type RunResult } from '../../models/index';
import { BUILT_IN_SCENARIOS } from '../../scenarios/index';
import { parseCliArgs, type CliOptions, type Format } from './args';
import { CliError } from './errors';
import { deliver, failure, type CliOutcome } from './entry';
import { jsonLine, monthsCsv, routesCsv, runRecord } from './format';
import { helpText } from './help';
import { ensembleTable, leverList, routeTables, runTable, scenarioList, type RunContext } from './report';
import { buildRunInput, leversAtStart, resolveScenario } from './scenario';
import { summariseEnsemble } from './stats';

export type { CliOutcome };

/** Fail before a long run if --out cannot possibly be written. */
export function checkOutPath(out: string, cwd: string): string {
  const path = resolve(cwd, out);
  let dirOk = false;
  try {
    dirOk = statSync(dirname(path)).isDirectory();
  } catch {
    dirOk = false;
  }
  if (!dirOk) throw new CliError(`--out ${out}: the folder ${dirname(out) || '.'} does not exist`);
  try {
    if (statSync(path).isDirectory()) throw new CliError(`--out ${out}: is a folder; give a file path`);
  } catch (e) {
    if (e instanceof CliError) throw e;
  }
  return path;
}

function produce(opts: CliOptions, cwd: string): string {
  const format: Format = opts.format ?? (opts.seeds !== undefined ? 'json' : 'table');
  if (opts.action === 'help') return helpText();
  if (opts.action === 'listLevers') return leverList(opts.format ?? 'table');
  if (opts.action === 'listScenarios') return scenarioList(BUILT_IN_SCENARIOS, opts.format ?? 'table');

  const scenario = resolveScenario(opts.scenario, cwd);
  const input = buildRunInput(scenario, opts.sets, { agents: opts.agents, months: opts.months });
  const levers = leversAtStart(input);
  const first = opts.seed ?? DEFAULT_SEED;
  const seeds = Array.from({ length: opts.seeds ?? 1 }, (_, i) => first + i);
  const results: RunResult[] = seeds.map((seed) => runModel({ ...input, seed }));
  const ctx: RunContext = {
    scenario,
    agents: results[0].agents,
    months: results[0].months.length,
    levers,
    timelineEntries: input.timeline?.length ?? 0,
    routeLevers: input.routeLevers,
  };

  if (opts.seeds === undefined) {
    const result = results[0];
    if (format === 'json') return jsonLine(runRecord(result, levers));
    if (format === 'csv') return opts.byRoute ? routesCsv([result], false) : monthsCsv([result], false);
    return opts.byRoute ? `${runTable(result, ctx)}\n${routeTables(result)}` : runTable(result, ctx);
  }
  const ensemble = summariseEnsemble(
    seeds,
    results.map((r) => r.summary),
  );
  if (format === 'json') return results.map((r) => jsonLine(runRecord(r, levers))).join('') + jsonLine(ensemble);
  if (format === 'csv') return opts.byRoute ? routesCsv(results, true) : monthsCsv(results, true);
  return opts.byRoute ? `${ensembleTable(ensemble, ctx)}\nSeed ${results[0].seed}:\n${routeTables(results[0])}` : ensembleTable(ensemble, ctx);
}

/** Run the command line with the given arguments (without node and script paths). */
export function runCli(argv: readonly string[], cwd: string = process.cwd()): CliOutcome {
  try {
    const opts = parseCliArgs(argv);
    const outPath = opts.out !== undefined && opts.action !== 'help' ? checkOutPath(opts.out, cwd) : undefined;
    return deliver(produce(opts, cwd), outPath, opts.out);
  } catch (err) {
    return failure(err);
  }
}
