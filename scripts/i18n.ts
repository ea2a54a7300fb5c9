/**
 * Translation chores (not needed to run the app):
 *
 *   npm run i18n -- --write-model   rewrite the English `model` catalogue from the model's declarations
 *   npm run i18n                    list what needs (re)translating: catalogue keys missing in a
 *                                   language, and built-in content (scenarios, tours, role cards)
 *                                   with no translation or a stale one (its English changed)
 *   npm run i18n -- --stamp         record the current English as the source of every content
 *                                   translation written as a plain string (scenarios/i18n/<lang>/)
 *
 * The unit tests (tests/i18n/) fail on the same problems; this prints them as a to-do list.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueProblems, LOCALES_DIR } from './i18n/catalogues';
import { modelCatalogue } from '../src/shared/i18n/model-catalogue';
import { CONTENT_LANGS, contentDocs, contentProblems, stampFile } from './i18n/content';

const argv = process.argv.slice(2);

if (argv.includes('--write-model')) {
  const file = join(LOCALES_DIR, 'en', 'model.json');
  writeFileSync(file, `${JSON.stringify(modelCatalogue(), null, 2)}\n`);
  console.log(`wrote ${file}`);
} else if (argv.includes('--stamp')) {
  for (const lang of CONTENT_LANGS) {
    for (const doc of contentDocs()) {
      const n = stampFile(lang, doc);
      if (n > 0) console.log(`${lang}/${doc.id}: stamped ${n} translation(s) with their English`);
    }
  }
} else {
  const problems = [...catalogueProblems(), ...contentProblems()];
  for (const p of problems) console.log(p);
  console.log(problems.length === 0 ? 'every catalogue and every content translation is complete and fresh' : `${problems.length} to do`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
