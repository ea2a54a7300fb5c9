/**
 * The index weights on the command line: a scenario file's own `weights`, then `--weights FILE`
 * (a JSON object `{ "human": {…}, "state": {…} }`, or a scenario file whose `weights` are taken),
 * then `--set index.<term>=W`, each on top of the one before. The weights change no model run:
 * each run's two index outputs are recomputed from its terms (scenarios/index-weights.ts), so
 * `--weights` gives the same figures as the explorer with the same weights, to the last digit.
 */
import type { IndexWeights } from '../../models/index';
import { indexOfTerm, parseJsonText, resolveWeights, safeParse, describeIssue, usableWeights, WEIGHT_KEY_PREFIX, WEIGHT_MAX, WEIGHT_RANGE_TEXT, WEIGHT_TERMS, weightsSchema, withTermWeight, type Scenario } from '../../scenarios/index';
import { CliError, closest } from './errors';
import { quote, show } from './escape';
import { readInputFile } from './read-input-file';

/** A weights file is a few hundred bytes; a scenario file holding weights may be larger. */
const MAX_WEIGHTS_FILE_BYTES = 8_000_000;
const DECIMAL = /^[+]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d{1,3})?$/i;

export interface WeightSetting {
  readonly term: string;
  readonly value: number;
}

/** Whether a `--set` value names an index weight rather than a lever. */
export const isWeightSet = (raw: string) => raw.trim().startsWith(WEIGHT_KEY_PREFIX);

/** One `--set index.<term>=W`, checked: a known term, a number from 0 to WEIGHT_MAX. */
export function parseWeightSet(raw: string): WeightSetting {
  const eq = raw.indexOf('=');
  const target = (eq < 0 ? raw : raw.slice(0, eq)).trim();
  const term = target.slice(WEIGHT_KEY_PREFIX.length);
  if (indexOfTerm(term) === undefined) {
    const guess = closest(term, WEIGHT_TERMS);
    const hint = guess ? `did you mean "${WEIGHT_KEY_PREFIX}${guess}"?` : `terms: ${WEIGHT_TERMS.join(', ')}`;
    throw new CliError(`--set ${show(raw)}: unknown index term ${quote(term)}; ${hint}`);
  }
  if (eq < 0) throw new CliError(`--set ${show(raw)}: expected ${WEIGHT_KEY_PREFIX}TERM=WEIGHT, e.g. --set ${WEIGHT_KEY_PREFIX}deaths=0.4`);
  const text = raw.slice(eq + 1).trim();
  const value = DECIMAL.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(value) || value < 0 || value > WEIGHT_MAX) throw new CliError(`--set ${show(raw)}: the weight must be ${WEIGHT_RANGE_TEXT}`);
  return { term, value: value + 0 };
}

/** The weights in `--weights FILE`: a weights object, or any object with a `weights` field (a scenario file). */
export function readWeightsFile(arg: string, cwd: string): IndexWeights {
  const file = readInputFile('--weights', arg, cwd, { maxBytes: MAX_WEIGHTS_FILE_BYTES, what: 'a weights file' });
  const parsed = parseJsonText(file.text);
  if (!parsed.ok) throw new CliError(`--weights ${show(arg)}: ${parsed.problem}${'at' in parsed && parsed.at ? ` at line ${parsed.at.line}, column ${parsed.at.column}` : ''}`);
  const data: unknown = parsed.value;
  const inner = data !== null && typeof data === 'object' && !Array.isArray(data) && 'weights' in data ? (data as { weights: unknown }).weights : data;
  const res = safeParse(weightsSchema, inner);
  if (!res.success) throw new CliError(`--weights ${show(arg)}: ${describeIssue(inner, res.error.issues[0])} (weights: { "human": { TERM: W }, "state": { TERM: W } }, each W ${WEIGHT_RANGE_TEXT})`);
  return resolveWeights(res.data);
}

/** The weights a run is read with: the scenario's, then the file's, then each `--set index.*`. */
export function cliWeights(scenario: Pick<Scenario, 'weights'>, file: IndexWeights | undefined, sets: readonly WeightSetting[]): IndexWeights {
  let w = file ?? resolveWeights(scenario.weights);
  for (const s of sets) w = withTermWeight(w, s.term, s.value);
  if (!usableWeights(w)) throw new CliError(`--set ${WEIGHT_KEY_PREFIX}…: every term of an index has weight 0; an index needs at least one term above 0`);
  return w;
}
