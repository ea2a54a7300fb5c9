/**
 * Command line for the Crossings model: `npm run -s simulate -- --help` explains the options.
 *
 * The model is loaded with a dynamic import inside the try block so that even a failure while
 * loading it ends as one `error:` line (exit status 1) rather than a stack trace.
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
  const { runCli } = await import('./cli/main');
  // Under `npm run` the working directory is the project root; INIT_CWD is where the user typed the command.
  const outcome = runCli(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
  writeAndExit(outcome.stdout, outcome.stderr, outcome.code);
} catch (err) {
  const { line, code } = describeFailure(err);
  writeAndExit('', `${line}\n`, code);
}
