/**
 * Command line for the Crossings model: `npm run -s simulate -- --help` explains the options.
 * The program is loaded inside runEntry, so even a failure while loading the model ends as one
 * `error:` line (exit status 1) rather than a stack trace.
 */
import { runEntry } from './cli/entry';

await runEntry(async () => {
  const { runCli } = await import('./cli/main');
  // Under `npm run` the working directory is the project root; INIT_CWD is where the user typed the command.
  return runCli(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
});
