/**
 * Translation chores (not needed to run the app):
 *
 *   npm run i18n -- --write-model   rewrite the English `model` catalogue from the model's declarations
 *   npm run i18n                    list what needs translating: catalogue keys missing in a language
 *
 * The unit tests (tests/i18n/) fail on the same problems; this prints them as a to-do list.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueProblems, LOCALES_DIR } from './i18n/catalogues';
import { modelCatalogue } from '../src/shared/i18n/model-catalogue';

const argv = process.argv.slice(2);

if (argv.includes('--write-model')) {
  const file = join(LOCALES_DIR, 'en', 'model.json');
  writeFileSync(file, `${JSON.stringify(modelCatalogue(), null, 2)}\n`);
  console.log(`wrote ${file}`);
} else {
  const problems = catalogueProblems();
  for (const p of problems) console.log(p);
  console.log(problems.length === 0 ? 'every catalogue is complete' : `${problems.length} to do`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
