/**
 * Loading a scenario from a file or the list without losing work: a bad file is explained (field
 * path, value, rule) and changes nothing; a good one loads, under a new id if a built-in scenario
 * has its id; and any switch that would drop the user's changes waits for their say-so.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, findScenario } from '../../../../scenarios/index';
import { describeWork, fileTooLarge, flowStep, hasWork, IDLE_FLOW, MAX_FILE_BYTES, workOf, type FlowState, type SwitchTarget } from './import-flow';
import { readScenarioFile } from './read-scenario-file';

const BUILT_IN_IDS = new Set(BUILT_IN_SCENARIOS.map((s) => s.id));
const mine = { formatVersion: 1, id: 'my-surge', title: 'My surge', levers: { 'enforcement.intensity': 0.8 }, timeline: [{ lever: 'searchAndRescue.capacity', value: 0.1, fromMonth: 24, note: 'Rescue cut' }] };
const text = (data: unknown) => JSON.stringify(data);

describe('reading a scenario file', () => {
  it('loads a valid file as the user’s scenario', () => {
    const res = readScenarioFile('mine.json', text(mine), BUILT_IN_IDS);
    expect(res).toMatchObject({ ok: true, scenario: { id: 'my-surge', kind: 'user', title: 'My surge', timeline: mine.timeline } });
    expect(readScenarioFile('h.json', text({ ...mine, kind: 'historical' }), BUILT_IN_IDS)).toMatchObject({ ok: true, scenario: { kind: 'historical' } });
  });

  it('names the field path, the value found and what is allowed', () => {
    const bad = { ...mine, timeline: [{ ...mine.timeline[0], value: 7 }] };
    expect(readScenarioFile('bad.json', text(bad), BUILT_IN_IDS)).toEqual({
      ok: false,
      problem: {
        fileName: 'bad.json',
        path: 'timeline.0.value',
        message: 'timeline.0.value: got 7; must be at most 1',
        field: { value: '7', rule: { kind: 'atMost', limit: 1 } },
      },
    });
    const lever = readScenarioFile('x.json', text({ ...mine, levers: { 'enforcement.intensty': 0.5 } }), BUILT_IN_IDS);
    expect(lever.ok ? '' : lever.problem.message).toMatch(/^levers\.enforcement\.intensty: unknown lever "enforcement\.intensty"; allowed: /);
    expect(readScenarioFile('n.json', '{"formatVersion": 1,', BUILT_IN_IDS)).toMatchObject({ ok: false, problem: { path: '(file)', message: expect.stringMatching(/^\(file\): not valid JSON/), at: { line: 1, column: 21 } } });
    expect(readScenarioFile('v.json', text({ ...mine, formatVersion: 3 }), BUILT_IN_IDS)).toMatchObject({ ok: false, problem: { path: 'formatVersion' } });
  });

  it('keeps a file named like a built-in scenario under a new id', () => {
    const res = readScenarioFile('b.json', text(findScenario('baseline')), BUILT_IN_IDS);
    expect(res).toMatchObject({ ok: true, scenario: { id: 'baseline-file' }, renamedFrom: 'baseline' });
  });

  it('refuses a file too large to be a scenario before reading it', () => {
    expect(fileTooLarge('big.json', MAX_FILE_BYTES)).toBeNull();
    expect(fileTooLarge('big.json', MAX_FILE_BYTES + 1)).toMatchObject({ path: '(file)', message: expect.stringMatching(/^\(file\): 8,000,001 bytes; a scenario file may have at most 8,000,000/) });
  });
});

describe('the user’s work', () => {
  it('is moved levers and an edited timeline', () => {
    expect(hasWork(workOf({ overrides: {} }))).toBe(false);
    expect(describeWork(workOf({ overrides: { a: 1 } }))).toBe('1 moved lever');
    expect(describeWork(workOf({ overrides: { a: 1, b: 2 }, timeline: [] }))).toBe('2 moved levers and an edited timeline');
    expect(hasWork(workOf({ overrides: {}, timeline: [] }))).toBe(true);
  });
});

describe('the switch flow', () => {
  const sophia: SwitchTarget = { kind: 'scenario', id: 'operation-sophia', title: 'Operation Sophia' };
  const file = readScenarioFile('mine.json', text(mine), BUILT_IN_IDS);
  if (!file.ok) throw new Error('fixture');
  const fromFile: SwitchTarget = { kind: 'file', scenario: file.scenario, fileName: 'mine.json' };
  const none = workOf({ overrides: {} });
  const some = workOf({ overrides: { 'enforcement.intensity': 0.9 } });

  it('switches at once when there is nothing to lose', () => {
    expect(flowStep(IDLE_FLOW, { type: 'choose', target: sophia, work: none })).toEqual({ state: IDLE_FLOW, apply: sophia });
    expect(flowStep(IDLE_FLOW, { type: 'choose', target: fromFile, work: none })).toEqual({
      state: { pending: null, problem: null, loaded: { title: 'My surge', fileName: 'mine.json' } },
      apply: fromFile,
    });
  });

  it('asks first when work would be lost, then loads or keeps the work', () => {
    const asked = flowStep(IDLE_FLOW, { type: 'choose', target: fromFile, work: some });
    expect(asked).toEqual({ state: { pending: fromFile, problem: null, loaded: null }, apply: null });
    expect(flowStep(asked.state, { type: 'confirm' })).toMatchObject({ state: { pending: null, loaded: { fileName: 'mine.json' } }, apply: fromFile });
    expect(flowStep(asked.state, { type: 'cancel' })).toEqual({ state: IDLE_FLOW, apply: null });
    expect(flowStep(IDLE_FLOW, { type: 'confirm' })).toEqual({ state: IDLE_FLOW, apply: null });
  });

  it('reports a failed file without changing anything else, and forgets it on dismiss', () => {
    const problem = { fileName: 'bad.json', message: 'timeline.0.value: got 7; …', path: 'timeline.0.value' };
    const waiting: FlowState = { pending: sophia, problem: null, loaded: null };
    const failed = flowStep(waiting, { type: 'rejected', problem });
    expect(failed).toEqual({ state: { pending: sophia, problem, loaded: null }, apply: null });
    expect(flowStep(failed.state, { type: 'dismiss' }).state).toEqual(waiting);
  });
});
