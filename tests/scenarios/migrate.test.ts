/**
 * Scenario files of format version 1 (model 1) are read as version 2 with the same meaning: the
 * built-in library as it was, a user's file with route and calibration changes, and the timeline
 * of an old link (entries without a route act on every route, as they did).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSchedule, ROUTES, ROUTE_IDS, leversAt, leversOnRoute } from '../../models/index';
import { findScenario, parseScenario, parseScenarioWithNotes, scenarioToRunInput } from '../../scenarios/index';
import { V1_RETIRED_CALIBRATION, V1_ROUTE_DEFAULTS } from '../../scenarios/migrate';

const V1_DIR = new URL('../fixtures/scenarios-v1/', import.meta.url);
const v1Files = readdirSync(V1_DIR).filter((f) => f.endsWith('.json'));

describe('format version 1 files', () => {
  it('include every built-in scenario as it was', () => {
    expect(v1Files.length).toBeGreaterThanOrEqual(13);
  });

  for (const file of v1Files) {
    it(`${file}: reads with the same run input as the version 2 library file`, () => {
      const data = JSON.parse(readFileSync(new URL(file, V1_DIR), 'utf8'));
      expect(data.formatVersion).toBe(1);
      const { scenario, notes, migratedFrom } = parseScenarioWithNotes(data);
      expect(migratedFrom).toBe(1);
      expect(notes).toEqual([]);
      const current = findScenario(scenario.id);
      expect(current, scenario.id).toBeDefined();
      expect(scenarioToRunInput(scenario)).toEqual(scenarioToRunInput(current!));
      expect(scenario.title).toBe(current!.title);
    });
  }

  it('carry route changes over by the same ratio and leave out retired constants, with a note for each', () => {
    const desert = ROUTES.find((r) => r.id === 'desertSea')!;
    const { scenario, notes } = parseScenarioWithNotes({
      formatVersion: 1,
      id: 'mine',
      title: 'Mine',
      routes: { desertSea: { baseFeeUsd: 800, crossingDeathRisk: 0.04, transitMonths: 5 } },
      calibration: { populationPeople: 5_000_000, riskTakingAtFullInterdiction: 2, pullbackAtFull: 0.5 },
    });
    const change = scenario.routes!.desertSea!;
    expect(change.runningCostUsd).toBeCloseTo(desert.runningCostUsd * (800 / V1_ROUTE_DEFAULTS.desertSea.baseFeeUsd));
    expect(change.crossingDeathRisk).toBeCloseTo(desert.crossingDeathRisk * 2);
    expect(change.transitMonths).toBe(5);
    expect(scenario.calibration).toEqual({ populationPeople: 5_000_000 });
    expect(notes).toHaveLength(4);
    expect(notes.join('\n')).toMatch(/routes\.desertSea\.baseFeeUsd 800 .*runningCostUsd/);
    expect(notes.join('\n')).toMatch(/calibration\.riskTakingAtFullInterdiction is left out/);
    expect(Object.keys(V1_RETIRED_CALIBRATION)).toContain('pullbackAtFull');
  });

  it('keep the meaning of an old timeline: an entry without a route acts on every route', () => {
    const old = parseScenario({ formatVersion: 1, id: 'old', title: 'Old', timeline: [{ lever: 'enforcement.pullbacks', value: 0.9, fromMonth: 12 }] });
    const input = scenarioToRunInput(old);
    const schedule = compileSchedule(input.levers ?? {}, input.timeline ?? [], 24, ROUTE_IDS, input.routeLevers);
    for (const month of [0, 11, 12, 23]) {
      const all = leversAt(schedule, month)['enforcement.pullbacks'];
      ROUTE_IDS.forEach((_, r) => expect(leversOnRoute(schedule, month, r)['enforcement.pullbacks']).toBe(all));
    }
    expect(leversAt(schedule, 12)['enforcement.pullbacks']).toBe(0.9);
  });
});
