/**
 * The command line as a function: arguments in, text and an exit status out. The entry point
 * (`scripts/simulate.ts`) only writes what this returns, which keeps this testable in-process.
 */
import { DEFAULT_SEED, runBranches, runModel, type RouteLevers, type RunInput, type RunResult } from '../../models/index';
import { BUILT_IN_SCENARIOS, type Scenario } from '../../scenarios/index';
import { batchInputs } from '../shard/batch';
import { encodeShard, SHARD_FORMAT } from '../shard/file';
import { shardRuns } from '../shard/spec';
import { parseCliArgs, type CliOptions, type Format } from './args';
import { deliver, failure, type CliOutcome } from './entry';
import { jsonLine, monthsCsv, routesCsv, runRecord } from './format';
import { helpText } from './help';
import { ensembleTable, leverList, routeTables, runTable, scenarioList, type RunContext } from './report';
import { prepareOutput } from './output-file';
import { buildRunInput, leversAtStart, loadScenario, type LoadedScenario } from './scenario';
import { summariseEnsemble } from './stats';
import { robustnessRecord, robustnessTable } from './robustness';
import { cliWeights, readWeightsFile } from './weights';
import { reweighResult, WEIGHT_KEY_PREFIX, weightChanges } from '../../scenarios/index';
import type { IndexWeights } from '../../models/index';

export type { CliOutcome };

/** Runs the model once (the model itself; a stand-in in tests that must show no run happened). */
export type ModelRunner = (input: RunInput) => RunResult;

/** What the output of a batch of runs depends on besides the runs themselves (also what merge is given by the shards). */
export interface RunView {
  readonly format: Format;
  readonly byRoute: boolean;
  /** An ensemble (--seeds K), rather than one run. */
  readonly ensemble: boolean;
  readonly seeds: readonly number[];
  readonly scenario: Pick<Scenario, 'id' | 'title'>;
  readonly levers: Record<string, number>;
  readonly timelineEntries: number;
  readonly routeLevers?: RouteLevers;
}

/** The command's output for these runs, one per seed of the view in order. */
export function renderRuns(view: RunView, results: readonly RunResult[]): string {
  const { format, levers } = view;
  const ctx: RunContext = {
    scenario: view.scenario,
    agents: results[0].agents,
    months: results[0].months.length,
    levers,
    timelineEntries: view.timelineEntries,
    routeLevers: view.routeLevers,
  };
  if (!view.ensemble) {
    const result = results[0];
    if (format === 'json') return jsonLine(runRecord(result, levers));
    if (format === 'csv') return view.byRoute ? routesCsv([result], false) : monthsCsv([result], false);
    return view.byRoute ? `${runTable(result, ctx)}\n${routeTables(result)}` : runTable(result, ctx);
  }
  const ensemble = summariseEnsemble(
    view.seeds,
    results.map((r) => r.summary),
  );
  if (format === 'json') return results.map((r) => jsonLine(runRecord(r, levers))).join('') + jsonLine(ensemble);
  if (format === 'csv') return view.byRoute ? routesCsv([...results], true) : monthsCsv([...results], true);
  return view.byRoute ? `${ensembleTable(ensemble, ctx)}\nSeed ${results[0].seed}:\n${routeTables(results[0])}` : ensembleTable(ensemble, ctx);
}

function produce(opts: CliOptions, loaded: LoadedScenario | undefined, rawRun: ModelRunner, against?: LoadedScenario, weightsFile?: IndexWeights): string {
  if (opts.action === 'listLevers') return leverList(opts.format ?? 'table');
  if (opts.action === 'listScenarios') return scenarioList(BUILT_IN_SCENARIOS, opts.format ?? 'table');

  if (!loaded) throw new Error('no scenario loaded for a run');
  const scenario = loaded.scenario;
  // Every run is read with the chosen weights: its two indices recomputed from its terms, nothing else.
  const weights = cliWeights(scenario, weightsFile, opts.weightSets ?? []);
  const run: ModelRunner = (input) => reweighResult(rawRun(input), weights);
  // A batch of seeds prints JSON lines unless told otherwise; one run prints a table.
  const format: Format = opts.format ?? (opts.seeds !== undefined ? 'json' : 'table');
  const first = opts.seed ?? DEFAULT_SEED;
  const seeds = Array.from({ length: opts.seeds ?? 1 }, (_, i) => first + i);
  if (opts.robustness && against) return robustness(opts, scenario, against.scenario, run, format, seeds, weights);
  const input = buildRunInput(scenario, opts.sets, { agents: opts.agents, months: opts.months });
  const view: RunView = {
    format,
    byRoute: opts.byRoute ?? false,
    ensemble: opts.seeds !== undefined,
    seeds,
    scenario: { id: scenario.id, title: scenario.title },
    levers: leversAtStart(input),
    timelineEntries: input.timeline?.length ?? 0,
    routeLevers: input.routeLevers,
  };
  if (opts.shard) {
    // One run per seed; shard K of N runs its block of the seeds and writes them for merge.
    const mine = shardRuns(seeds.map((_, i) => i), opts.shard);
    const batch = { command: 'simulate', ...batchInputs(input, scenario), seeds, view };
    return encodeShard({ format: SHARD_FORMAT, command: 'simulate', batch, shard: opts.shard, total: seeds.length, runs: mine.map((i) => [i, run({ ...input, seed: seeds[i] })] as const) });
  }
  const out = renderRuns(
    view,
    seeds.map((seed) => run({ ...input, seed })),
  );
  // A table says when its indices are read with other weights than the model's (json and csv stay as they are).
  const changes = weightChanges(weights);
  return format === 'table' && changes.length ? `${out}Indices read with weights other than the model's: ${changes.map(([t, w]) => `${WEIGHT_KEY_PREFIX}${t}=${w}`).join(', ')}\n` : out;
}

/** --robustness: both mixes over the same seeds (--set changes only the --scenario mix), then the report. */
function robustness(opts: CliOptions, scenario: Scenario, against: Scenario, run: ModelRunner, format: Format, seeds: readonly number[], weights: IndexWeights): string {
  const size = { agents: opts.agents, months: opts.months };
  const inputA = buildRunInput(scenario, opts.sets, size);
  // The compared mix runs as long as the first, so that the two are averaged over the same months.
  const inputB = buildRunInput(against, [], { agents: opts.agents, months: opts.months ?? inputA.months });
  // With the model's own runner, the two runs of a seed share the months their levers agree on
  // (runBranches: identical results, less work); a runner passed in (tests) runs each alone.
  const pairs = seeds.map((seed) => (run === runModel ? runBranches([{ ...inputA, seed }, { ...inputB, seed }]) : [run({ ...inputA, seed }), run({ ...inputB, seed })]));
  const a = pairs.map((p) => p[0]);
  const b = pairs.map((p) => p[1]);
  const rec = robustnessRecord(a, b, { scenario: scenario.id, against: against.id, seeds, agents: a[0].agents, months: a[0].months.length }, weights);
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
    const weightsFile = opts.action === 'run' && opts.weightsFile !== undefined ? readWeightsFile(opts.weightsFile, cwd) : undefined;
    const inputs = [loaded?.input, against?.input].filter((x) => x !== undefined);
    const target = opts.out !== undefined ? prepareOutput('--out', opts.out, cwd, inputs) : undefined;
    return deliver(produce(opts, loaded, run, against, weightsFile), target);
  } catch (err) {
    return failure(err);
  }
}
