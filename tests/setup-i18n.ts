/**
 * Unit tests read the interface's English: the page loads the catalogues of a view when the view
 * opens, so here every English catalogue is added up front (Node has no lazy chunks to fetch).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { i18n } from '../src/shared/i18n/i18n';

const dir = join(import.meta.dirname, '..', 'src', 'shared', 'i18n', 'locales', 'en');
for (const file of readdirSync(dir)) {
  if (!file.endsWith('.json')) continue;
  const ns = file.slice(0, -5);
  if (!i18n.hasResourceBundle('en', ns)) i18n.addResourceBundle('en', ns, JSON.parse(readFileSync(join(dir, file), 'utf8')));
}
