/**
 * A lever aimed at one route in the explorer: the reducer keeps the aim with the value, the link
 * writes it as the command line does (`KEY@ROUTE=V`) and reads it back, a bad aim gets a notice
 * naming the field, the value and the routes allowed, and the run input is the command line's
 * `--set KEY@ROUTE=V` (the model's fixAimedLever) — so the browser and the CLI give the same run.
 */
import { describe, expect, it } from 'vitest';
import { fixAimedLever, ROUTE_IDS, withFixedLevers } from '../../../../models/index';
import { findScenario, scenarioToRunInput } from '../../../../scenarios/index';
import { explorerReducer } from './explorer-reducer';
import { scenarioFile } from '../share/scenario-file';
import { makeSettingsContext } from '../../../shared/settings/context';
import { buildRunInput } from '../../../shared/settings/run-input';
import { defaultSettings, startValues } from '../../../shared/settings/settings';
import { decodeSettings, encodeSettings, noticeText } from '../../../shared/settings/url';

const ctx = makeSettingsContext();
const reduce = explorerReducer(ctx);
const start = defaultSettings(ctx);
const KEY = 'enforcement.pullbacks';

describe('aiming a lever at one route', () => {
  it('fixes the lever there at its value, keeps the aim while it moves, and forgets it on reset or when aimed at every route', () => {
    const aimed = reduce(start, { type: 'aimLever', key: KEY, route: 'shortSea' });
    expect(aimed.aims).toEqual({ [KEY]: 'shortSea' });
    expect(aimed.overrides[KEY]).toBe(ctx.scenarios.find((s) => s.id === start.scenarioId)!.startLevers[KEY]);
    const moved = reduce(aimed, { type: 'setLever', key: KEY, value: 0.8 });
    expect(moved).toMatchObject({ overrides: { [KEY]: 0.8 }, aims: { [KEY]: 'shortSea' } });
    expect(reduce(moved, { type: 'resetLever', key: KEY })).toEqual(start);
    expect(reduce(moved, { type: 'resetLevers' })).toEqual(start);
    const everywhere = reduce(moved, { type: 'aimLever', key: KEY, route: undefined });
    expect(everywhere).toEqual({ ...start, overrides: { [KEY]: 0.8 } });
  });

  it('refuses a route the lever cannot act on, and levers that act on every route', () => {
    expect(reduce(start, { type: 'aimLever', key: KEY, route: 'air' })).toBe(start);
    expect(reduce(start, { type: 'aimLever', key: 'insecurity.level', route: 'shortSea' })).toBe(start);
  });

  it('keeps the aim in the link as KEY@ROUTE=V and reads it back with nothing to report', () => {
    const settings = reduce(reduce(start, { type: 'aimLever', key: KEY, route: 'desertSea' }), { type: 'setLever', key: KEY, value: 0.9 });
    const query = encodeSettings(settings, ctx);
    expect(new URLSearchParams(query).get(`${KEY}@desertSea`)).toBe('0.9');
    expect(new URLSearchParams(query).has(KEY)).toBe(false);
    const back = decodeSettings(query, ctx);
    expect(back.notices).toEqual([]);
    expect(back.settings).toEqual(settings);
  });

  it('names the field, the value and the routes allowed when a link aims a lever where it cannot act', () => {
    const decoded = decodeSettings(`scenario=baseline&${encodeURIComponent(`${KEY}@air`)}=0.5&${encodeURIComponent('insecurity.level@shortSea')}=0.5&${encodeURIComponent(`${KEY}@moon`)}=0.5`, ctx);
    expect(decoded.settings.overrides).toEqual({});
    expect(decoded.settings.aims).toBeUndefined();
    const lines = decoded.notices.map(noticeText);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/insecurity\.level@shortSea = “0\.5”: .*cannot be aimed/);
    expect(lines[1]).toMatch(/enforcement\.pullbacks@air = “0\.5”: .*acts only at sea.*shortSea.*desertSea/);
    expect(lines[2]).toMatch(/enforcement\.pullbacks@moon = “0\.5”: there is no route “moon”/);
  });

  it('uses one value per lever: a value for every route wins over an aimed one, the first aim over a second', () => {
    const both = decodeSettings(`${KEY}=0.7&${encodeURIComponent(`${KEY}@shortSea`)}=0.9`, ctx);
    expect(both.settings.overrides).toEqual({ [KEY]: 0.7 });
    expect(both.settings.aims).toBeUndefined();
    expect(both.notices.map(noticeText).join(' ')).toMatch(/also set for every route/);
    const two = decodeSettings(`${encodeURIComponent(`${KEY}@shortSea`)}=0.9&${encodeURIComponent(`${KEY}@desertSea`)}=0.2`, ctx);
    expect(two.settings.aims).toEqual({ [KEY]: 'shortSea' });
    expect(two.settings.overrides).toEqual({ [KEY]: 0.9 });
    expect(two.notices.map(noticeText).join(' ')).toMatch(/already aimed at another route/);
  });

  it('runs what `--set KEY@ROUTE=V` runs, and saves it in the scenario file as format 2', () => {
    const scenario = findScenario('shock-enforcement')!;
    const settings = { ...defaultSettings(ctx, scenario.id), overrides: { [KEY]: 0.9, 'enforcement.intensity': 0.5 }, aims: { [KEY]: 'shortSea' as const } };
    const input = buildRunInput(scenario, settings);
    const cli = fixAimedLever(withFixedLevers(scenarioToRunInput(scenario), { 'enforcement.intensity': 0.5 }), KEY, 'shortSea', 0.9, ROUTE_IDS);
    expect(input.routeLevers).toEqual(cli.routeLevers);
    expect(input.timeline).toEqual(cli.timeline);
    expect(input.levers).toEqual(cli.levers);
    expect(input.levers?.[KEY]).toBe(scenario.levers?.[KEY]); // other routes keep the scenario's value
    const file = scenarioFile(scenario, settings);
    expect(file.routeLevers).toEqual({ shortSea: { [KEY]: 0.9 } });
  });

  it('shows the scenario’s value on the aimed route as the slider’s mark', () => {
    const defaults = { ...ctx.scenarios[0], routeStartLevers: { shortSea: { [KEY]: 0.4 } } };
    expect(startValues(defaults, { [KEY]: 'shortSea' })[KEY]).toBe(0.4);
    expect(startValues(defaults, { [KEY]: 'desertSea' })[KEY]).toBe(defaults.startLevers[KEY]);
  });
});
