/**
 * What the explorer saves must reproduce in the command line: the same run input as `--set`,
 * the same CSV bytes, and a scenario file that `simulate --scenario FILE --seed N --agents N`
 * accepts and runs to exactly the browser's figures.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leverEntries, runModel } from '../../../../models/index';
import { BUILT_IN_SCENARIOS, findScenario, parseScenario } from '../../../../scenarios/index';
import { buildRunInput as cliRunInput } from '../../../../scripts/cli/scenario';
import { monthsCsv as cliMonthsCsv, routesCsv as cliRoutesCsv, runRecord as cliRunRecord } from '../../../../scripts/cli/format';
import { runCli } from '../../../../scripts/cli/main';
import { buildRunInput, leversAtStart } from '../../../shared/settings/run-input';
import { readScenarioFile } from '../scenario/read-scenario-file';
import type { ExplorerSettings } from '../../../shared/settings/settings';
import { monthsCsv, routesCsv } from './csv';
import { runRecord } from './run-record';
import { reproduceCommand, scenarioFile, scenarioFileName } from './scenario-file';

const SMALL = { seed: 11, agents: 3_000, months: 24 };
const dir = mkdtempSync(join(tmpdir(), 'crossings-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function settingsFor(scenarioId: string, overrides: Record<string, number>): ExplorerSettings {
  return { scenarioId, overrides, ...SMALL };
}

describe('the run input', () => {
  it('is the command line’s for every built-in scenario, with and without changed levers', () => {
    const overrides = { 'enforcement.intensity': 0.85, 'insecurity.level': 0.2, 'searchAndRescue.capacity': 0.9 };
    for (const scenario of BUILT_IN_SCENARIOS) {
      for (const o of [{}, overrides] as Record<string, number>[]) {
        const sets = leverEntries(o).map(([key, value]) => ({ key, value }));
        const cli = { ...cliRunInput(scenario, sets, { agents: SMALL.agents, months: SMALL.months }), seed: SMALL.seed };
        expect(buildRunInput(scenario, settingsFor(scenario.id, o)), scenario.id).toEqual(cli);
      }
    }
  });
});

describe('exports', () => {
  const scenario = findScenario('baseline')!;
  const settings = settingsFor('baseline', { 'enforcement.intensity': 0.9, 'enforcement.vesselDestruction': 0.6 });
  const result = runModel(buildRunInput(scenario, settings));

  it('writes the monthly CSV exactly as the command line does', () => {
    expect(monthsCsv(result)).toBe(cliMonthsCsv([result], false));
    expect(monthsCsv(result).split('\n')).toHaveLength(SMALL.months + 2);
  });

  it('writes the per-route CSV exactly as the command line does, one row per route and per method each month', () => {
    expect(routesCsv(result)).toBe(cliRoutesCsv([result], false));
    const rowsPerMonth = result.routes.reduce((n, r) => n + 1 + r.methods.length, 0);
    expect(routesCsv(result).split('\n')).toHaveLength(SMALL.months * rowsPerMonth + 2);
  });

  it('writes a run record that starts with the command line’s record and says how to reproduce it', () => {
    const record = runRecord(scenario, settings, result);
    const cli = cliRunRecord(result, leversAtStart(buildRunInput(scenario, settings)));
    expect(record).toMatchObject({ modelVersion: cli.modelVersion, seed: cli.seed, levers: cli.levers, months: cli.months, summary: cli.summary, routes: cli.routes });
    expect(record).toMatchObject({ agents: SMALL.agents, monthCount: SMALL.months, scenarioId: 'baseline', changedLevers: settings.overrides });
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    expect((record.reproduce as { command: string }).command).toBe(reproduceCommand(scenario, settings));
  });

  it('writes a scenario file that validates and that the command line runs to the same figures', () => {
    for (const s of [scenario, ...BUILT_IN_SCENARIOS.filter((x) => x.timeline.length > 0 || x.routes).slice(0, 2)]) {
      const mine = settingsFor(s.id, { 'enforcement.intensity': 0.9, 'protection.safeguards': 0.05 });
      const file = scenarioFile(s, mine);
      expect(() => parseScenario(file), s.id).not.toThrow();
      const path = join(dir, scenarioFileName(s, mine));
      writeFileSync(path, JSON.stringify(file, null, 2));
      const command = reproduceCommand(s, mine);
      expect(command).toBe(`npm run -s simulate -- --scenario ${scenarioFileName(s, mine)} --seed ${SMALL.seed} --agents ${SMALL.agents} --months ${SMALL.months}`);
      const args = command.split(' ').slice(command.split(' ').indexOf('--') + 1);
      const out = runCli([...args, '--format', 'json'], dir);
      expect(out.stderr, s.id).toBe('');
      const fromCli = JSON.parse(out.stdout) as { summary: Record<string, unknown> };
      const inBrowser = runModel(buildRunInput(s, mine));
      expect(fromCli.summary, s.id).toEqual(JSON.parse(JSON.stringify(cliRunRecord(inBrowser, {}).summary)));
    }
  });

  it('keeps levers aimed at one route: the file imports to the same run, and the command line runs it to the same figures', () => {
    const aimed = parseScenario({
      formatVersion: 2,
      id: 'aimed',
      title: 'Aimed',
      routeLevers: { shortSea: { 'enforcement.pullbacks': 0.8 } },
      timeline: [{ lever: 'searchAndRescue.capacity', value: 0.1, fromMonth: 6, route: 'desertSea' }],
    });
    const mine: ExplorerSettings = {
      ...settingsFor(aimed.id, { 'protection.safeguards': 0.4 }),
      timeline: [{ lever: 'enforcement.interdiction', value: 0.9, fromMonth: 3, route: 'air' }],
    };
    const file = scenarioFile(aimed, mine);
    expect(file.routeLevers).toEqual({ shortSea: { 'enforcement.pullbacks': 0.8 } });
    const imported = readScenarioFile('aimed.json', JSON.stringify(file), new Set(BUILT_IN_SCENARIOS.map((s) => s.id)));
    if (!imported.ok) throw new Error(imported.problem.message);
    const again = buildRunInput(imported.scenario, { scenarioId: imported.scenario.id, overrides: {}, ...SMALL });
    expect(again).toEqual(buildRunInput(aimed, mine));
    const inBrowser = runModel(buildRunInput(aimed, mine));
    writeFileSync(join(dir, scenarioFileName(aimed, mine)), JSON.stringify(file, null, 2));
    const command = reproduceCommand(aimed, mine);
    const out = runCli([...command.split(' ').slice(command.split(' ').indexOf('--') + 1), '--format', 'json'], dir);
    expect(out.stderr).toBe('');
    expect((JSON.parse(out.stdout) as { summary: unknown }).summary).toEqual(JSON.parse(JSON.stringify(cliRunRecord(inBrowser, {}).summary)));
  });

  it('keeps an edited timeline: the file imports to the same run, and the command line runs it to the same figures', () => {
    const sophia = findScenario('operation-sophia')!;
    const own = sophia.timeline.filter((c) => c.fromMonth > 0);
    const mine: ExplorerSettings = {
      ...settingsFor(sophia.id, { 'protection.safeguards': 0.8 }),
      timeline: [...own.slice(1), { lever: 'enforcement.pullbacks', value: 0.2, fromMonth: 14, toMonth: 20, note: 'Talks stall' }],
    };
    const file = scenarioFile(sophia, mine);
    expect(file.timeline).toEqual(buildRunInput(sophia, mine).timeline);
    expect(file.summary).toMatch(/an edited timeline of 6 dated changes/);

    // Export, then import in the browser: the imported scenario, as loaded, is the same run.
    const imported = readScenarioFile('mine.json', JSON.stringify(file), new Set(BUILT_IN_SCENARIOS.map((s) => s.id)));
    if (!imported.ok) throw new Error(imported.problem.message);
    const again = buildRunInput(imported.scenario, { scenarioId: imported.scenario.id, overrides: {}, ...SMALL });
    expect(again).toEqual(buildRunInput(sophia, mine));
    const inBrowser = runModel(buildRunInput(sophia, mine));
    expect(runModel(again).summary).toEqual(inBrowser.summary);

    // And the command line, from the same file.
    writeFileSync(join(dir, scenarioFileName(sophia, mine)), JSON.stringify(file, null, 2));
    const command = reproduceCommand(sophia, mine);
    const out = runCli([...command.split(' ').slice(command.split(' ').indexOf('--') + 1), '--format', 'json'], dir);
    expect(out.stderr).toBe('');
    expect((JSON.parse(out.stdout) as { summary: unknown }).summary).toEqual(JSON.parse(JSON.stringify(cliRunRecord(inBrowser, {}).summary)));
  });

  it('saves a scenario without changes as it was loaded: its story, claims and questions, under its own name', () => {
    const sophia = findScenario('operation-sophia')!;
    const asLoaded = settingsFor(sophia.id, {});
    expect(scenarioFileName(sophia, asLoaded)).toBe('operation-sophia.json');
    const file = scenarioFile(sophia, asLoaded);
    expect(file).toMatchObject({ id: sophia.id, title: sophia.title, summary: sophia.summary, narrative: sophia.narrative, claims: sophia.claims, questions: sophia.questions, leavesOut: sophia.leavesOut });
    // Imported again (under a new id, as the built-in one keeps its own), it is the same scenario and the same run.
    const imported = readScenarioFile(scenarioFileName(sophia, asLoaded), JSON.stringify(file), new Set(BUILT_IN_SCENARIOS.map((s) => s.id)));
    if (!imported.ok) throw new Error(imported.problem.message);
    expect({ ...imported.scenario, id: sophia.id }).toEqual({ ...sophia, months: file.months });
    expect(buildRunInput(imported.scenario, { ...asLoaded, scenarioId: imported.scenario.id })).toEqual(buildRunInput(sophia, asLoaded));
    // A moved lever makes it the user's own scenario again.
    const moved = settingsFor(sophia.id, { 'enforcement.intensity': 0.9 });
    expect(scenarioFileName(sophia, moved)).toBe('crossings-operation-sophia-custom.json');
    expect(scenarioFile(sophia, moved)).toMatchObject({ id: 'operation-sophia-custom', kind: 'user' });
  });
});
