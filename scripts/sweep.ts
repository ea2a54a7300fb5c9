/**
 * Command line for lever sweeps: `npm run -s sweep -- --help` explains the options. The runs are
 * shared out over worker threads (scripts/sweep/pool.ts); the output does not depend on how many.
 *
 * As in simulate.ts, the program is loaded inside the try block so that any failure ends as one
 * `error:` line rather than a stack trace.
 */
import { describeFailure } from './cli/errors';

function writeAndExit(stdout: string, stderr: string, code: number): void {
  process.exitCode = code;
  if (stderr) process.stderr.write(stderr);
  if (stdout) process.stdout.write(stdout);
}

// A reader that stops early (e.g. `| head`) closes the pipe: that is not an error worth reporting.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`error: cannot write the output (${err.code ?? err.message})\n`);
  process.exit(1);
});

try {
  const { runSweepCli } = await import('./sweep/main');
  const outcome = await runSweepCli(process.argv.slice(2));
  writeAndExit(outcome.stdout, outcome.stderr, outcome.code);
} catch (err) {
  const { line, code } = describeFailure(err);
  writeAndExit('', `${line}\n`, code);
}
