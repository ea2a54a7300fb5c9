/**
 * The golden baseline of the model's results (see scripts/golden/canonical.ts).
 *
 *   npm run golden                                   check: do the results match the golden file?
 *   npm run golden -- --update --reason "why"        record new results after bumping MODEL_VERSION
 *                      [--date YYYY-MM-DD]           (the CHANGELOG entry's date; default today)
 *
 * `--update` refuses to rewrite tests/golden/golden.json unless MODEL_VERSION (models/simulation.ts)
 * is above the version the file records, and adds the reason to CHANGELOG.md. Exit status: 0 done
 * or up to date, 1 results differ or the update was refused, 2 bad usage.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computeGolden, type GoldenFile } from './golden/canonical';
import { GoldenRefusal, goldenProblems, planUpdate } from './golden/update';

const GOLDEN_PATH = fileURLToPath(new URL('../tests/golden/golden.json', import.meta.url));
const CHANGELOG_PATH = fileURLToPath(new URL('../CHANGELOG.md', import.meta.url));
const USAGE = 'usage: npm run golden [-- --update --reason "why the results changed" [--date YYYY-MM-DD]]';

interface Options {
  readonly update: boolean;
  readonly reason?: string;
  readonly date?: string;
  readonly help: boolean;
}

function parse(args: readonly string[]): Options {
  let update = false;
  let help = false;
  let reason: string | undefined;
  let date: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].includes('=') ? [args[i].slice(0, args[i].indexOf('=')), args[i].slice(args[i].indexOf('=') + 1)] : [args[i], undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new Error(`${flag}: missing value`);
      return v;
    };
    if (flag === '--update') update = true;
    else if (flag === '--help' || flag === '-h') help = true;
    else if (flag === '--reason') reason = value();
    else if (flag === '--date') date = value();
    else throw new Error(`unknown option ${JSON.stringify(flag)}`);
  }
  return { update, reason, date, help };
}

function readGolden(): GoldenFile | null {
  return existsSync(GOLDEN_PATH) ? (JSON.parse(readFileSync(GOLDEN_PATH, 'utf8')) as GoldenFile) : null;
}

function main(args: readonly string[]): number {
  let opts: Options;
  try {
    opts = parse(args);
  } catch (e) {
    console.error(`error: ${(e as Error).message}; ${USAGE}`);
    return 2;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const onDisk = readGolden();
  const now = computeGolden();
  if (!opts.update) {
    const problems = goldenProblems(onDisk, now);
    if (problems.length === 0) {
      console.log(`Golden baseline up to date: model version ${now.modelVersion}, ${now.runs.length} canonical runs.`);
      return 0;
    }
    console.error(problems.join('\n'));
    return 1;
  }
  try {
    const plan = planUpdate({
      onDisk,
      now,
      reason: opts.reason,
      date: opts.date ?? new Date().toISOString().slice(0, 10),
      changelog: existsSync(CHANGELOG_PATH) ? readFileSync(CHANGELOG_PATH, 'utf8') : null,
    });
    writeFileSync(GOLDEN_PATH, `${JSON.stringify(plan.golden, null, 2)}\n`);
    if (plan.changelog !== null) writeFileSync(CHANGELOG_PATH, plan.changelog);
    console.log(plan.message);
    return 0;
  } catch (e) {
    if (e instanceof GoldenRefusal) {
      console.error(`refused: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
