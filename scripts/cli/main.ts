/**
 * The command line as a function: arguments in, text and an exit status out. The entry point
 * (`scripts/simulate.ts`) only writes what this returns, which keeps this testable in-process.
 */
import { DEFAULT_SEED, runModel, type RunInput, type RunResult } from '../../models/index';
import { BUILT_IN_SCENARIOS } from '../../scenarios/index';
import { parseCliArgs, type CliOptions, type Format } from './args';
import { deliver, failure, type CliOutcome } from './entry';
import { jsonLine, monthsCsv, routesCsv, runRecord } from './format';
import { helpText } from './help';
import { ensembleTable, leverList, routeTables, runTable, scenarioList, type RunContext } from './report';
import { prepareOutput } from './output-file';
import { buildRunInput, leversAtStart, loadScenario, type LoadedScenario } from './scenario';
import { summariseEnsemble } from './stats';
import { robustnessRecord, robustnessTable } from './robustness';
import type { Scenario } from '../../scenarios/index';

export type { CliOutcome };

/** Runs the model once (the model itself; a stand-in in tests that must show no run happened). */
export type ModelRunner = (input: RunInput) => RunResult;

function produce(opts: CliOptions, loaded: LoadedScenario | undefined, run: ModelRunner, against?: LoadedScenario): string {
  const format: Format = opts.format ?? (opts.seeds !== undefined ? 'json' : 'table');
  if (opts.action === 'listLevers') return leverList(opts.format ?? 'table');
  if (opts.action === 'listScenarios') return scenarioList(BUILT_IN_SCENARIOS, opts.format ?? 'table');

  if (!loaded) throw new Error('no scenario loaded for a run');
  const scenario = loaded.scenario;
  if (opts.robustness && against) return robustness(opts, scenario, against.scenario, run, format);
  const input = buildRunInput(scenario, opts.sets, { agents: opts.agents, months: opts.months });
  const levers = leversAtStart(input);
  const first = opts.seed ?? DEFAULT_SEED;
  const seeds = Array.from({ length: opts.seeds ?? 1 }, (_, i) => first + i);
  const results: RunResult[] = seeds.map((seed) => run({ ...input, seed }));
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

/** --robustness: both mixes over the same seeds (--set changes only the --scenario mix), then the report. */
function robustness(opts: CliOptions, scenario: Scenario, against: Scenario, run: ModelRunner, format: Format): string {
  const size = { agents: opts.agents, months: opts.months };
  const first = opts.seed ?? DEFAULT_SEED;
  const seeds = Array.from({ length: opts.seeds ?? 1 }, (_, i) => first + i);
  const inputA = buildRunInput(scenario, opts.sets, size);
  // The compared mix runs as long as the first, so that the two are averaged over the same months.
  const inputB = buildRunInput(against, [], { agents: opts.agents, months: opts.months ?? inputA.months });
  const a = seeds.map((seed) => run({ ...inputA, seed }));
  const b = seeds.map((seed) => run({ ...inputB, seed }));
  const rec = robustnessRecord(a, b, { scenario: scenario.id, against: against.id, seeds, agents: a[0].agents, months: a[0].months.length });
  return format === 'json' ? jsonLine(rec) : robustnessTable(rec);
}

/**
 * Run the command line with the given arguments (without node and script paths). Everything that
 * can be checked is checked before the model runs: the options, the scenario file and --out.
 */
export function runCli(argv: readonly string[], cwd: string = process.cwd(), run: ModelRunner = runModel): CliOutcome {
  try {
    const opts = parseCliArgs(argv);
    if (opts.action === 'help') return deliver(helpText(), undefined);
    const loaded = opts.action === 'run' ? loadScenario(opts.scenario, cwd) : undefined;
    const against = opts.action === 'run' && opts.against !== undefined ? loadScenario(opts.against, cwd, '--against') : undefined;
    const inputs = [loaded?.input, against?.input].filter((x) => x !== undefined);
    const target = opts.out !== undefined ? prepareOutput('--out', opts.out, cwd, inputs) : undefined;
    return deliver(produce(opts, loaded, run, against), target);
  } catch (err) {
    return failure(err);
  }
}
