/**
 * A Vite plugin: `virtual:built-in-scenarios` is the built-in scenario library (scenarios/library/)
 * as the scenario decoder returns it — every file validated with parseScenario, the same zod
 * schema a user's file goes through, and its defaults filled in — written out as plain data when
 * the app is built. A file that does not validate stops the build with the decoder's message.
 * The page imports already-typed data, so zod is not needed to paint the first screen; the
 * command line and the tests keep validating on load (scenarios/index.ts).
 *
 * The texts for people that the explorer's first screen does not show (summary, narrative,
 * references, questions, what a scenario leaves out, the claims' sentences: about 9 kB gzip of
 * the library's 13) are a second module, `virtual:built-in-scenario-texts`, loaded when something
 * shows them (src/shared/scenario-texts.ts puts them back into the scenarios).
 * tests/built-in-scenarios.test.ts checks that the two together equal the decoder's output.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { tsImport } from 'tsx/esm/api';

const ID = 'virtual:built-in-scenarios';
const RESOLVED = '\0built-in-scenarios';
const TEXTS_ID = 'virtual:built-in-scenario-texts';
const TEXTS_RESOLVED = '\0built-in-scenario-texts';

type Parsed = import('../scenarios/format').Scenario;
type Texts = import('../src/shared/scenario-texts').ScenarioTexts;

/**
 * A scenario without the texts for people that only its own panel, a saved file and the other
 * views show (see src/shared/scenario-texts.ts), and those texts apart. The title, the timeline's
 * notes (the levers quote them, a link carries them) and every number stay in the scenario.
 */
function splitTexts(s: Parsed): { bare: Parsed; texts: Texts } {
  const { summary, narrative, moduleReferences, references, questions, leavesOut, claims, ...rest } = s;
  const texts: Texts = { summary, questions, leavesOut, claims: claims.map((c) => c.text) };
  if (narrative !== undefined) texts.narrative = narrative;
  if (moduleReferences !== undefined) texts.moduleReferences = moduleReferences;
  if (references !== undefined) texts.references = references;
  return { bare: { ...rest, summary: '', questions: [], leavesOut: [], claims: claims.map((c) => ({ ...c, text: '' })) }, texts };
}
const LIBRARY_DIR = resolve(import.meta.dirname, '..', 'scenarios', 'library');

export function builtInScenarios(): Plugin {
  return {
    name: 'crossings-built-in-scenarios',
    resolveId(id) {
      return id === ID ? RESOLVED : id === TEXTS_ID ? TEXTS_RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED && id !== TEXTS_RESOLVED) return null;
      // Through tsx, at build time: bundled into the Vite configuration, the decoder and the
      // model would make Vite warn that the configuration uses features its native loader lacks.
      const { BUILT_IN_SCENARIOS, parseScenario } = (await tsImport('../scenarios/index.ts', import.meta.url)) as typeof import('../scenarios/index');
      // The list and its order are scenarios/index.ts's (each file is named after its id); each
      // file is read again here, so the dev server picks up an edited file without a restart.
      const parsed = BUILT_IN_SCENARIOS.map(({ id: scenarioId }) => {
        const path = join(LIBRARY_DIR, `${scenarioId}.json`);
        this.addWatchFile(path);
        try {
          return parseScenario(JSON.parse(readFileSync(path, 'utf8')));
        } catch (e) {
          throw new Error(`scenarios/library/${scenarioId}.json: ${e instanceof Error ? e.message : String(e)}`);
        }
      });
      const split = parsed.map(splitTexts);
      if (id === TEXTS_RESOLVED) return `export default ${JSON.stringify(Object.fromEntries(parsed.map((s, i) => [s.id, split[i].texts])))};`;
      return `export default ${JSON.stringify(split.map((s) => s.bare))};`;
    },
  };
}
