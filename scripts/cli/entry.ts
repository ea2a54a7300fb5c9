/**
 * The shared entry point of the command-line programs (simulate, sweep): runs the program, writes
 * its output and sets the exit status. The program is loaded by the caller inside `load`, so that
 * even a failure while loading the model ends as one `error:` line rather than a stack trace.
 */
import { describeFailure, EXIT_OK } from './errors';
import { fsProblem } from './fs-problem';
import { writeOutput, type OutputTarget } from './output-file';

export interface CliOutcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

function writeAndExit(outcome: CliOutcome): void {
  process.exitCode = outcome.code;
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  if (outcome.stdout) process.stdout.write(outcome.stdout);
}

export async function runEntry(load: () => Promise<CliOutcome>): Promise<void> {
  // A reader that stops early (e.g. `| head`) closes the pipe: that is not an error worth reporting.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`error: cannot write to standard output: ${fsProblem(err)}\n`);
    process.exit(1);
  });
  try {
    writeAndExit(await load());
  } catch (err) {
    const { line, code } = describeFailure(err);
    writeAndExit({ stdout: '', stderr: `${line}\n`, code });
  }
}

/** The outcome of a program that produced `text`: printed, or written to the --out file (checked before the run). */
export function deliver(text: string, target: OutputTarget | undefined): CliOutcome {
  if (target === undefined) return { stdout: text, stderr: '', code: EXIT_OK };
  writeOutput(target, text);
  return { stdout: '', stderr: '', code: EXIT_OK };
}

/** Any failure as the one-line outcome. */
export function failure(err: unknown): CliOutcome {
  const { line, code } = describeFailure(err);
  return { stdout: '', stderr: `${line}\n`, code };
}
