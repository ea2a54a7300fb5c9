/**
 * Rewrites the generated sections of models/ODD.md (the output, parameter, route and fixed-constant
 * tables; the baseline calibration check; the Central Mediterranean history check) from the
 * model's code. It runs ten simulations and takes a few seconds.
 *
 *   npx tsx scripts/gen-docs.ts           rewrite the file if anything changed
 *   npx tsx scripts/gen-docs.ts --check   exit 1 if the file is out of date, change nothing
 *
 * Exit status: 0 done or up to date, 1 out of date (--check), 2 bad usage or a broken document.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ODD_URL, regenerate } from './docs/odd';

const USAGE = 'usage: tsx scripts/gen-docs.ts [--check]';

function main(args: readonly string[]): number {
  const unknown = args.filter((a) => a !== '--check');
  if (unknown.length > 0) {
    console.error(`error: unknown argument ${JSON.stringify(unknown[0])}; ${USAGE}`);
    return 2;
  }
  const check = args.includes('--check');
  const path = fileURLToPath(ODD_URL);
  let current: string;
  let next: string;
  try {
    current = readFileSync(path, 'utf8');
    next = regenerate(current);
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return 2;
  }
  if (next === current) {
    console.log('models/ODD.md is up to date.');
    return 0;
  }
  if (check) {
    console.error('models/ODD.md is out of date with the model code: run `npm run docs` and commit the result.');
    return 1;
  }
  writeFileSync(path, next);
  console.log('models/ODD.md regenerated.');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
