/**
 * The whole English `model` catalogue, both parts (model-catalogue-first.ts and
 * model-catalogue-later.ts): what `npm run i18n -- --write-model` writes to locales/en/model.json,
 * the file translators work from, and what the catalogue tests compare that file with. The page
 * loads the two parts apart (i18n.ts).
 */
import { modelCatalogueFirst } from './model-catalogue-first';
import { modelCatalogueLater } from './model-catalogue-later';

export function modelCatalogue(): Record<string, unknown> {
  return { ...modelCatalogueFirst(), ...modelCatalogueLater() };
}
