/**
 * Reading the interface's catalogues (src/shared/i18n/locales/<lang>/<ns>.json) in Node, and
 * what is wrong with them: a key of the English catalogue missing or empty in another language,
 * a key another language has that English does not, a plural without every form the language
 * needs (Arabic has six: zero, one, two, few, many, other), or a placeholder `{{name}}` of the
 * English text missing from a translation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const LOCALES_DIR = join(ROOT, 'src', 'shared', 'i18n', 'locales');
export const LANGS = ['en', 'fr', 'es', 'ar'] as const;
export const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL = new RegExp(`_(${PLURAL_SUFFIXES.join('|')})$`);

export function namespaces(): string[] {
  return readdirSync(join(LOCALES_DIR, 'en'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** A catalogue's keys, flattened ("a.b.c") with their texts. */
export function flatten(tree: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (tree && typeof tree === 'object') {
    for (const [k, v] of Object.entries(tree)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, String(tree));
  return out;
}

export function readCatalogue(lang: string, ns: string): Map<string, string> | null {
  try {
    return flatten(JSON.parse(readFileSync(join(LOCALES_DIR, lang, `${ns}.json`), 'utf8')));
  } catch {
    return null;
  }
}

/** The key without its plural suffix. */
export const baseKey = (key: string) => key.replace(PLURAL, '');

/** The plural forms a language needs, by Intl's rules. */
export function pluralForms(lang: string): string[] {
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
}

const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]));

/** Everything wrong with the catalogues, one line each (empty when all is well). */
export function catalogueProblems(): string[] {
  const problems: string[] = [];
  for (const ns of namespaces()) {
    const en = readCatalogue('en', ns)!;
    const enBases = new Map<string, string>();
    for (const [k, v] of en) if (!enBases.has(baseKey(k)) || !PLURAL.test(k) || k.endsWith('_other')) enBases.set(baseKey(k), v);
    const pluralBases = new Set([...en.keys()].filter((k) => PLURAL.test(k)).map(baseKey));
    for (const [k, v] of en) if (v.trim() === '') problems.push(`en/${ns}: ${k} is empty`);
    for (const lang of LANGS.slice(1)) {
      const cat = readCatalogue(lang, ns);
      if (!cat) {
        problems.push(`${lang}/${ns}: the catalogue is missing`);
        continue;
      }
      for (const [base, enText] of enBases) {
        const wanted = pluralBases.has(base) ? pluralForms(lang).map((f) => `${base}_${f}`) : [base];
        for (const key of wanted) {
          const text = cat.get(key);
          if (text === undefined) problems.push(`${lang}/${ns}: ${key} is missing`);
          else if (text.trim() === '') problems.push(`${lang}/${ns}: ${key} is empty`);
          else {
            const have = placeholders(text);
            const lost = [...placeholders(enText)].filter((p) => !have.has(p) && !(p === 'count' && pluralBases.has(base)));
            if (lost.length) problems.push(`${lang}/${ns}: ${key} lacks ${lost.map((p) => `{{${p}}}`).join(', ')}`);
          }
        }
      }
      for (const key of cat.keys()) {
        if (!enBases.has(baseKey(key))) problems.push(`${lang}/${ns}: ${key} is not in English (unused?)`);
      }
    }
  }
  return problems;
}
