/**
 * The command-line programs as child processes, for the tests that must start the real program
 * (a hang, a signal, an exit code, output to a pipe). `npm run simulate` runs the TypeScript
 * through tsx, which costs about 1.5 s of CPU a start on these machines (its module hooks resolve
 * and load some sixty modules); the tests start the programs dozens of times. So each test process
 * bundles the programs once, with esbuild (the transpiler tsx itself uses: the same JavaScript),
 * into node_modules/.cache, and starts the bundle with plain `node` (about 0.3 s). The bundle is
 * built afresh by every test process, never reused from an earlier run, so it is always the code
 * under test. One test in tests/cli.test.ts still starts `scripts/simulate.ts` through tsx, as the
 * README's command does.
 *
 * Each module's `import.meta.url` is written into the bundle as that module's own file address,
 * so code that finds files next to itself (the worker threads' script, the room server's build)
 * behaves as it does when run from its source.
 */
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

const PROGRAMS = { simulate: 'scripts/simulate.ts', sweep: 'scripts/sweep.ts', merge: 'scripts/merge.ts', room: 'server/main.ts' } as const;
export type Program = keyof typeof PROGRAMS;

/** Inside the project, so that the bundle's imports of packages resolve from node_modules. */
const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'crossings-cli', String(process.pid));

const ownFileUrl: Plugin = {
  name: 'own-file-url',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};

/** Built once per test process, when the first test file that starts a program is loaded (esbuild runs plugins only in its asynchronous build). */
const bundled: Promise<void> = (async () => {
  mkdirSync(OUT_DIR, { recursive: true });
  process.once('exit', () => rmSync(OUT_DIR, { recursive: true, force: true }));
  await build({
    entryPoints: Object.fromEntries(Object.entries(PROGRAMS).map(([name, path]) => [name, join(ROOT, path)])),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: OUT_DIR,
    outExtension: { '.js': '.mjs' },
    // Packages stay imports (resolved from node_modules as in a tsx run); only the project's code is bundled.
    packages: 'external',
    plugins: [ownFileUrl],
    logLevel: 'warning',
  });
})();
await bundled;

/** Arguments for `node` that start a program with the given arguments (node flags first, if any). */
export function programArgs(program: Program, args: readonly string[], nodeFlags: readonly string[] = []): string[] {
  return [...nodeFlags, join(OUT_DIR, `${program}.mjs`), ...args];
}
