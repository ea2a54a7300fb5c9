/**
 * A Vite plugin: `virtual:content-titles/<lang>` is one small module with only the `title` entry
 * of each of a language's content translations (scenarios/i18n/<lang>/*.json), keyed by document
 * id. Lists of scenarios (the explorer's picker, Compare, the seminar) need every title but
 * nothing else: with this they load one module of a kilobyte or so instead of every scenario's
 * whole translation file (about 29 kB gzip in Arabic); a document's other texts load when a view
 * shows them (src/shared/i18n/content.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:content-titles/';
const RESOLVED = '\0content-titles:';
const CONTENT_DIR = resolve(import.meta.dirname, '..', 'scenarios', 'i18n');

export function contentTitles(): Plugin {
  return {
    name: 'crossings-content-titles',
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const lang = id.slice(RESOLVED.length);
      if (!/^[a-z]{2}$/.test(lang)) throw new Error(`${PREFIX}${lang}: not a language code`);
      const dir = join(CONTENT_DIR, lang);
      const titles: Record<string, unknown> = {};
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
        const path = join(dir, file);
        this.addWatchFile(path);
        const entry = (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>).title;
        if (entry !== undefined) titles[file.slice(0, -'.json'.length)] = entry;
      }
      return `export default ${JSON.stringify(titles)};`;
    },
  };
}
