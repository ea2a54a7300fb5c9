/**
 * Command line for lever sweeps: `npm run -s sweep -- --help` explains the options. The runs are
 * shared out over worker threads (scripts/sweep/pool.ts); the output does not depend on how many.
 * As in simulate.ts, the program is loaded inside runEntry so that any failure ends as one
 * `error:` line rather than a stack trace.
 */
import { runEntry } from './cli/entry';

await runEntry(async () => {
  const { runSweepCli } = await import('./sweep/main');
  return runSweepCli(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
});
