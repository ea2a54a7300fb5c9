/**
 * The interface's catalogues (src/shared/i18n/locales/<lang>/<ns>.json) in all four languages:
 * no key missing or empty in any language, every plural form each language needs, every
 * placeholder kept, no key the English lacks — and no English key that no code uses (a catalogue
 * that keeps a dead key sends translators after text nobody reads). The English `model`
 * catalogue is the model's own declarations. `npm run i18n` lists the same problems.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseKey, catalogueProblems, namespaces, readCatalogue, ROOT } from '../../scripts/i18n/catalogues';
import { modelCatalogue } from '../../src/shared/i18n/model-catalogue';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * The code, and the template literals in it as patterns: `questions.${i}.text` becomes
 * /^questions\..+?\.text$/ (a placeholder may span dots: lever keys have them).
 */
function codeAndPatterns(): { code: string; patterns: RegExp[] } {
  const code = sourceFiles(join(ROOT, 'src'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const patterns: RegExp[] = [];
  for (const m of code.matchAll(/`([^`]*\$\{[^`]*)`/g)) {
    const raw = m[1].split(/\$\{[^}]*\}/);
    // A template with no word of its own (`${a}.${b}`) could be any key: it proves nothing.
    if (!raw.some((p) => /[a-z]{2}/i.test(p))) continue;
    const parts = raw.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    patterns.push(new RegExp(`^${parts.join('.+?')}$`));
  }
  return { code, patterns };
}

/** The code names `key` as a string ('key', "key" or `key`). */
const names = (code: string, key: string) => code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`\`${key}\``);

describe('interface catalogues', () => {
  it('have every English key, in every plural form, with every placeholder, in French, Spanish and Arabic', () => {
    expect(catalogueProblems()).toEqual([]);
  });

  it('the English model catalogue is what the model declares (labels, explanations, units, routes, states, indices)', () => {
    const file = JSON.parse(readFileSync(join(ROOT, 'src', 'shared', 'i18n', 'locales', 'en', 'model.json'), 'utf8'));
    expect(file).toEqual(modelCatalogue());
  });

  it('have no English key that no code uses', () => {
    const { code, patterns } = codeAndPatterns();
    const unused: string[] = [];
    for (const ns of namespaces()) {
      if (ns === 'model') continue; // keyed by the declarations, checked just above
      for (const key of new Set([...readCatalogue('en', ns)!.keys()].map(baseKey))) {
        const candidates = [key, `${ns}:${key}`];
        // A key is used when the code names it or builds it from a template literal.
        const used = candidates.some((k) => names(code, k)) || patterns.some((re) => candidates.some((k) => re.test(k)));
        if (!used) unused.push(`${ns}: ${key}`);
      }
    }
    expect(unused).toEqual([]);
  });

  it('the scan finds keys used in the ways the code uses them', () => {
    const { code, patterns } = codeAndPatterns();
    expect(names(code, 'bar.saved')).toBe(true); // t('bar.saved', …) in the seminar bar
    expect(patterns.some((re) => re.test('seminar:questions.3.text'))).toBe(true); // a template
    expect(names(code, 'no.such.key.anywhere')).toBe(false);
    expect(patterns.some((re) => re.test('no.such.key.anywhere') || re.test('seminar:no.such.key'))).toBe(false);
  });
});
