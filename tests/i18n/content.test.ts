/**
 * The built-in content in French, Spanish and Arabic (scenarios/i18n/<lang>/<doc>.json): every
 * field of every scenario, tour and the seminar's roles is translated, and each translation was
 * made from the English that is there now — when someone rewrites a claim in English, this fails
 * with "stale: re-translate" until the translation is redone (`npm run i18n` lists the same).
 * The page follows the same rule: a fresh translation is shown, a stale one gives way to the
 * English.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_LANGS, contentDocs, contentFile, contentProblems } from '../../scripts/i18n/content';
import { translationStatus } from '../../scenarios/i18n/fields';
import { contentText } from '../../src/shared/i18n/content';
import { i18n } from '../../src/shared/i18n/i18n';

describe('content translations', () => {
  it('cover every field of every built-in document in every language, each made from the English there now', () => {
    expect(contentProblems()).toEqual([]);
  });

  it('keep every number of the English (thresholds, years, months, box numbers)', () => {
    // A translation that says 15% where the English says 10% would teach the wrong claim.
    const numbers = (s: string) => (s.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '.'));
    const lost: string[] = [];
    for (const lang of CONTENT_LANGS) {
      for (const doc of contentDocs()) {
        const file = JSON.parse(readFileSync(contentFile(lang, doc.id), 'utf8')) as Record<string, { source: string; text: string }>;
        for (const [path, t] of Object.entries(file)) {
          const have = numbers(t.text);
          const missing = numbers(t.source).filter((n) => !have.includes(n));
          if (missing.length) lost.push(`${lang}/${doc.id}: ${path} lacks ${missing.join(', ')}`);
        }
      }
    }
    expect(lost).toEqual([]);
  });
});

describe('translationStatus', () => {
  const fields = new Map([
    ['title', 'Baseline'],
    ['claims.0.text', 'Fees rise.'],
    ['questions.0', 'Why?'],
  ]);

  it('tells a missing, an empty, a stale and an extra translation apart from a fresh one', () => {
    const status = translationStatus(fields, {
      title: { source: 'Baseline', text: 'Référence' },
      'claims.0.text': { source: 'Fees rise a little.', text: 'Les tarifs augmentent un peu.' },
      'questions.0': { source: 'Why?', text: '  ' },
      'leavesOut.3': { source: 'Gone', text: 'Parti' },
    });
    expect(status).toEqual({ missing: ['questions.0'], stale: ['claims.0.text'], extra: ['leavesOut.3'] });
  });

  it('counts every field as missing when there is no file', () => {
    expect(translationStatus(fields, undefined).missing).toEqual(['title', 'claims.0.text', 'questions.0']);
  });
});

describe('the page shows a translation only while it is fresh', () => {
  it('gives the French of a fresh field, and the English when the English has changed since', async () => {
    await i18n.changeLanguage('fr');
    const english = 'Baseline (status quo)';
    contentText('baseline', 'title', english); // starts loading the French file
    await vi.waitFor(() => expect(contentText('baseline', 'title', english)).toBe('Référence (statu quo)'));
    // The same field after an English rewrite: the French no longer says what the English says.
    expect(contentText('baseline', 'title', 'Baseline (today’s policies)')).toBe('Baseline (today’s policies)');
    await i18n.changeLanguage('en');
    expect(contentText('baseline', 'title', english)).toBe(english);
  });
});
