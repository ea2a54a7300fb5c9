/**
 * A Vite plugin: `virtual:built-in-scenarios` is the built-in scenario library (scenarios/library/)
 * as the scenario decoder returns it — every file validated with parseScenario, the same zod
 * schema a user's file goes through, and its defaults filled in — written out as plain data when
 * the app is built. A file that does not validate stops the build with the decoder's message.
 * The page imports already-typed data, so zod is not needed to paint the first screen; the
 * command line and the tests keep validating on load (scenarios/index.ts).
 * tests/built-in-scenarios.test.ts checks that this module equals the decoder's output.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { tsImport } from 'tsx/esm/api';

const ID = 'virtual:built-in-scenarios';
const RESOLVED = '\0built-in-scenarios';
const LIBRARY_DIR = resolve(import.meta.dirname, '..', 'scenarios', 'library');

export function builtInScenarios(): Plugin {
  return {
    name: 'crossings-built-in-scenarios',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
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
      return `export default ${JSON.stringify(parsed)};`;
    },
  };
}
