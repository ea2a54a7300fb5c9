/**
 * Index weights travel without loss: the explorer's link (and its autosave, which is the same
 * text) → a reload → the scenario file it saves → that file imported again, and on the command
 * line, where `--scenario FILE`, `--weights FILE` and `--set index.*` all read the indices with
 * exactly the weights the page used. Bad weights anywhere are refused with the field, the value
 * and what is allowed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, HUMAN_SECURITY_INDEX, indexFromRecord, runModel, STATE_SECURITY_INDEX, type IndexWeights } from '../models/index';
import { BUILT_IN_SCENARIOS, findScenario, parseScenarioText, resolveWeights, reweighResult, sameWeights, ScenarioError, scenarioToRunInput, WEIGHT_PRESETS } from '../scenarios/index';
import { runCli } from '../scripts/cli/main';
import { makeSettingsContext } from '../src/shared/settings/context';
import { weightsOf, type ExplorerSettings } from '../src/shared/settings/settings';
import { decodeSettings, encodeSettings } from '../src/shared/settings/url';
import { scenarioFile, scenarioFileName } from '../src/features/explore/share/scenario-file';
import { explorerReducer } from '../src/features/explore/state/explorer-reducer';

const ctx = makeSettingsContext();
/** Weights a student might set, with decimals a slider never gives, so nothing is rounded on the way. */
const ODD_WEIGHTS: IndexWeights = {
  human: { deaths: 0.37, abuse: 0.123456789, stranded: 0, trapped: 0.2, noSafeChannel: 0.05, origin: 1 },
  state: { entries: 0.1, uncontrolled: 0.3333333333333333, arrivals: 0.7, market: 0, operators: 0.01 },
};
const SIZE = { agents: 1_000, months: 24, seed: 3 };

describe('index weights round trip', () => {
  it('link → reload → scenario file → import → command line keeps the weights and the indices to the last digit', () => {
    const settings: ExplorerSettings = { scenarioId: 'human-security-mix', overrides: { 'enforcement.intensity': 0.4 }, weights: ODD_WEIGHTS, ...SIZE };
    const link = encodeSettings(settings, ctx);
    expect(link).toContain('index.abuse=0.123456789');
    const reloaded = decodeSettings(link, ctx);
    expect(reloaded.notices).toEqual([]);
    expect(reloaded.settings).toEqual(settings);

    const scenario = findScenario('human-security-mix')!;
    const text = `${JSON.stringify(scenarioFile(scenario, reloaded.settings), null, 2)}\n`;
    const file = parseScenarioText(text);
    expect(sameWeights(resolveWeights(file.weights), ODD_WEIGHTS)).toBe(true);
    // Imported in the page, the file's weights are the ones the indices are read with.
    const withFile = makeSettingsContext([...BUILT_IN_SCENARIOS, file]);
    expect(weightsOf(withFile, { scenarioId: file.id })).toEqual(ODD_WEIGHTS);

    // The page's figures: the run read with the weights.
    const direct = reweighResult(runModel({ ...scenarioToRunInput(file), ...SIZE }), ODD_WEIGHTS);
    expect(direct.summary.humanSecurityIndex).toBeCloseTo(direct.months.reduce((s, m) => s + indexFromRecord(HUMAN_SECURITY_INDEX, m, ODD_WEIGHTS.human), 0) / 24, 9);

    const dir = mkdtempSync(join(tmpdir(), 'crossings-weights-'));
    const path = join(dir, scenarioFileName(scenario, reloaded.settings));
    writeFileSync(path, text);
    const cli = (...extra: string[]) => runCli(['--scenario', path, '--agents', '1000', '--months', '24', '--seed', '3', '--format', 'json', ...extra]);
    const fromFile = cli();
    expect(fromFile.stderr).toBe('');
    const summary = JSON.parse(fromFile.stdout).summary;
    expect(summary.humanSecurityIndex).toBe(direct.summary.humanSecurityIndex);
    expect(summary.stateSecurityIndex).toBe(direct.summary.stateSecurityIndex);

    // The same weights from --weights FILE, or one by one with --set index.*, on the built-in scenario with the same lever.
    const builtIn = ['--scenario', 'human-security-mix', '--set', 'enforcement.intensity=0.4', '--agents', '1000', '--months', '24', '--seed', '3', '--format', 'json'];
    const viaWeightsFile = runCli([...builtIn, '--weights', path]);
    const sets = Object.entries({ ...ODD_WEIGHTS.human, ...ODD_WEIGHTS.state }).flatMap(([t, w]) => ['--set', `index.${t}=${w}`]);
    const viaSets = runCli([...builtIn, ...sets]);
    expect(JSON.parse(viaWeightsFile.stdout).summary).toEqual(summary);
    expect(JSON.parse(viaSets.stdout).summary).toEqual(summary);
  });

  it('moves only the two indices: every other output of the run is the run’s own', () => {
    const run = runModel({ ...scenarioToRunInput(findScenario('baseline')!), ...SIZE });
    const read = reweighResult(run, WEIGHT_PRESETS.peopleFirst);
    for (const key of Object.keys(run.summary) as (keyof typeof run.summary)[]) {
      if (key === 'humanSecurityIndex') expect(read.summary[key]).not.toBe(run.summary[key]);
      else if (key !== 'stateSecurityIndex') expect(read.summary[key]).toBe(run.summary[key]);
    }
    expect(reweighResult(run, DEFAULT_WEIGHTS)).toBe(run);
    expect(read.months[5].stateSecurityIndex).toBeCloseTo(indexFromRecord(STATE_SECURITY_INDEX, run.months[5], WEIGHT_PRESETS.peopleFirst.state), 12);
  });

  it('a link with bad weights names the field, the value and what is allowed, and keeps the scenario’s weight', () => {
    const bad = decodeSettings('scenario=baseline&index.deaths=2&index.abuse=lots&index.market=0.5', ctx);
    expect(bad.settings.weights?.state.market).toBe(0.5);
    expect(bad.settings.weights?.human).toEqual(DEFAULT_WEIGHTS.human);
    expect(bad.notices.map((n) => [n.field, n.value])).toEqual([
      ['index.deaths', '2'],
      ['index.abuse', 'lots'],
    ]);
    expect(bad.notices[0].problem).toBe('the weight of Deaths and missing must be a number from 0 to 1');
    expect(bad.notices[0].outcome).toContain('0.25');

    const zero = decodeSettings('scenario=baseline&index.entries=0&index.uncontrolled=0&index.market=0', ctx);
    expect(zero.settings.weights).toBeUndefined();
    expect(zero.notices).toHaveLength(1);
    expect(zero.notices[0].problem).toContain('the State-security index');

    expect(decodeSettings('scenario=baseline&index.nope=1', ctx).notices[0]).toMatchObject({ field: 'index.nope', problem: 'not a setting the explorer knows' });
  });

  it('a scenario file with bad weights is refused with the field path and the rule', () => {
    const base = { formatVersion: 2, id: 'w', title: 'W' };
    const parse = (weights: unknown) => () => parseScenarioText(JSON.stringify({ ...base, weights }));
    expect(parse({ human: { deaths: -1 } })).toThrow(ScenarioError);
    expect(parse({ human: { deaths: -1 } })).toThrow(/weights\.human\.deaths/);
    expect(parse({ human: { death: 0.3 } })).toThrow(/weights\.human/);
    expect(parse({ state: { entries: 0, uncontrolled: 0, market: 0 } })).toThrow(/at least one term/);
    expect(resolveWeights(parseScenarioText(JSON.stringify({ ...base, weights: { human: { deaths: 0.9 } } })).weights).human.deaths).toBe(0.9);
  });

  it('the command line refuses bad weights naming the option and the value', () => {
    expect(runCli(['--set', 'index.death=0.3'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown index term "death"; did you mean "index.deaths"?') });
    expect(runCli(['--set', 'index.deaths=1.5'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--set index.deaths=1.5: the weight must be a number from 0 to 1') });
    const dir = mkdtempSync(join(tmpdir(), 'crossings-weights-'));
    writeFileSync(join(dir, 'w.json'), '{"human":{"deaths":"high"}}');
    expect(runCli(['--weights', 'w.json', '--agents', '500', '--months', '12'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--weights w.json: human.deaths') });
  });

  it('the explorer forgets weights set back to the scenario’s, so the link stays short', () => {
    const reduce = explorerReducer(ctx);
    const start: ExplorerSettings = { scenarioId: 'baseline', overrides: {}, ...SIZE };
    const set = reduce(start, { type: 'setWeights', weights: WEIGHT_PRESETS.numbers });
    expect(set.weights).toEqual(WEIGHT_PRESETS.numbers);
    expect(encodeSettings(set, ctx)).toContain('index.arrivals=1');
    expect(reduce(set, { type: 'setWeights', weights: DEFAULT_WEIGHTS }).weights).toBeUndefined();
    // Switching scenario keeps the user's way of reading the indices.
    expect(reduce(set, { type: 'setScenario', scenarioId: 'state-security-only' }).weights).toEqual(WEIGHT_PRESETS.numbers);
  });
});
