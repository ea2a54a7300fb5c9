/**
 * A Vite plugin: `virtual:catalogue/<lang>/<ns>/<first|later>` is one part of an interface
 * catalogue (src/shared/i18n/locales/<lang>/<ns>.json) cut as src/shared/i18n/catalogue-parts.ts
 * says: the words the first screen shows, and the words only a panel opened later shows. The
 * files stay whole; the page loads the second part when a component that shows it loads.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { splitCatalogue, type Catalogue } from '../src/shared/i18n/catalogue-parts.ts';

const PREFIX = 'virtual:catalogue/';
const RESOLVED = '\0catalogue:';
const LOCALES = resolve(import.meta.dirname, '..', 'src', 'shared', 'i18n', 'locales');

export function catalogueParts(): Plugin {
  return {
    name: 'crossings-catalogue-parts',
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const [lang, ns, part, ...rest] = id.slice(RESOLVED.length).split('/');
      if (!/^[a-z]{2}$/.test(lang ?? '') || !/^[a-z]+$/.test(ns ?? '') || (part !== 'first' && part !== 'later') || rest.length) {
        throw new Error(`${PREFIX}${id.slice(RESOLVED.length)}: expected ${PREFIX}<language>/<namespace>/<first|later>`);
      }
      const path = join(LOCALES, lang, `${ns}.json`);
      this.addWatchFile(path);
      const parts = splitCatalogue(ns, JSON.parse(readFileSync(path, 'utf8')) as Catalogue);
      return `export default ${JSON.stringify(parts[part])};`;
    },
  };
}
