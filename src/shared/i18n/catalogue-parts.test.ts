import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATER_PARTS, mergeCatalogues, splitCatalogue, type Catalogue } from './catalogue-parts';

const LOCALES = join(import.meta.dirname, 'locales');
const read = (lang: string, ns: string) => JSON.parse(readFileSync(join(LOCALES, lang, `${ns}.json`), 'utf8')) as Catalogue;

describe('a split catalogue', () => {
  for (const lang of readdirSync(LOCALES)) {
    for (const ns of Object.keys(LATER_PARTS)) {
      // English `model` is built from the declarations in the page; its file is for translators.
      if (lang === 'en' && ns === 'model') continue;
      it(`${lang}/${ns}: its two parts put together are the file, and the first has none of the later words but those kept`, () => {
        const whole = read(lang, ns);
        const { first, later } = splitCatalogue(ns, whole);
        expect(mergeCatalogues(first, later)).toEqual(whole);
        expect(Object.keys(later).length).toBeGreaterThan(0);
        // Nothing of the later part stays in the first, but what is kept there on purpose.
        const kept = splitCatalogue(ns, whole).first;
        const leaves = (c: Catalogue, at = ''): string[] =>
          Object.entries(c).flatMap(([k, v]) => (v && typeof v === 'object' ? leaves(v as Catalogue, `${at}${k}.`) : [`${at}${k}`]));
        const firstLeaves = new Set(leaves(kept));
        for (const leaf of leaves(later)) {
          if (firstLeaves.has(leaf)) expect(LATER_PARTS[ns].keptFirst.some((p) => leaf === p || leaf.startsWith(`${p}.`)), leaf).toBe(true);
        }
      });
    }
  }

  it('leaves a namespace that is not split whole', () => {
    const whole = read('en', 'compare');
    expect(splitCatalogue('compare', whole)).toEqual({ first: whole, later: {} });
  });
});
