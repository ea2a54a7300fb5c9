/**
 * Hostile inputs: imported scenario files and the saved library of imported scenarios. 20,000
 * hostile scenario files (built-in scenarios with claims, a timeline and recorded figures, made
 * hostile) go through the import's reader, which answers with a scenario or a problem naming the
 * field and never throws; sparse arrays go to the validator as values (ScenarioError only); and
 * 20,000 hostile saved libraries give the scenarios that still validate, with what was left out
 * counted, never throwing. No call takes over 50 ms.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, parseScenario, ScenarioError, scenarioSchema } from '../../scenarios/index';
import { readScenarioFile } from '../../src/features/explore/scenario/read-scenario-file';
import { decodeLibrary, MAX_LIBRARY } from '../../src/shared/settings/library';
import { checkDecoder, MAX_MESSAGE_CHARS, must } from './check-decoder';
import { compactScenario, scenarioFile } from './fixtures';
import { LENGTH_OBJECT, mutated, withHoles, PROPERTY_TIMEOUT_MS } from './hostile';

const BUILT_IN_IDS = new Set(BUILT_IN_SCENARIOS.map((s) => s.id));
const sophia = scenarioFile('operation-sophia');
const compact = compactScenario();
const elements = [JSON.stringify(compact.timeline[0]), JSON.stringify(compact.claims[0]), JSON.stringify(compact.observed[0]), '"a reference"'];
const valid = (s: unknown) => must(scenarioSchema.safeParse(s).success, 'an accepted scenario that does not validate');

describe('scenario files under hostile input', () => {
  it('reads the length-object payload in any field as a problem naming that field', () => {
    for (const field of ['title', 'timeline', 'claims', 'levers', 'routes']) {
      const text = JSON.stringify({ ...sophia, [field]: '\u0000' }).replace('"\\u0000"', LENGTH_OBJECT);
      const out = readScenarioFile('x.json', text, BUILT_IN_IDS);
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.problem.path.startsWith(field)).toBe(true);
    }
  });

  it('names an unknown output of a claim, and lists the allowed ones, within the message limit however the name is written', () => {
    for (const name of ['deathMissing', 'x'.repeat(500), '\u{1D11E}'.repeat(500)]) {
      const claims = (compact.claims as readonly object[]).map((c, i) => (i === 0 ? { ...c, output: name } : c));
      const out = readScenarioFile('x.json', JSON.stringify({ ...compact, claims }), BUILT_IN_IDS);
      expect(out.ok).toBe(false);
      if (out.ok) continue;
      expect(out.problem.message).toMatch(/^claims\.0\.output: unknown output ".+"; allowed: smugglingDemand, /);
      expect(out.problem.message).toContain('deathsMissing');
      expect(out.problem.message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    }
  });

  it('20,000 hostile scenario files: a scenario or a problem, never a throw, each within 50 ms', () => {
    checkDecoder({
      name: 'scenario file',
      inputs: mutated(compact, { elements }),
      call: (text: string) => readScenarioFile('hostile.json', text, BUILT_IN_IDS),
      check: (out) => {
        if (out.ok) valid(out.scenario);
        else must(out.problem.message.length <= MAX_MESSAGE_CHARS, () => `a message too long: ${out.problem.message.slice(0, 200)}`);
      },
    });
  }, PROPERTY_TIMEOUT_MS);

  it('sparse arrays handed to the validator as values: ScenarioError only', () => {
    checkDecoder({ name: 'scenario value', inputs: withHoles(sophia), call: parseScenario, typedError: ScenarioError, check: valid, runs: 2_000 });
  });
});

describe('the saved library under hostile input', () => {
  const mine = { ...compact, id: 'my-own', kind: 'user' };
  const library = [mine, { formatVersion: 1, id: 'my-other', title: 'Another', levers: { 'enforcement.intensity': 0.9 } }];

  it('20,000 hostile saved libraries: the entries that validate, the rest counted, never a throw, each within 50 ms', () => {
    checkDecoder({
      name: 'library',
      inputs: mutated(library, { elements: [JSON.stringify(mine)] }),
      call: (text: string) => decodeLibrary(text, BUILT_IN_IDS),
      check: (out) => {
        must(out.scenarios.length <= MAX_LIBRARY, 'too many scenarios');
        for (const s of out.scenarios) {
          valid(s);
          must(!BUILT_IN_IDS.has(s.id), 'a built-in id');
        }
        must(out.problems.length <= 4, 'too many problems listed');
        must((out.read === 'clean') === (out.dropped === 0), 'read "clean" with entries dropped, or the reverse');
      },
    });
  }, PROPERTY_TIMEOUT_MS);
});
