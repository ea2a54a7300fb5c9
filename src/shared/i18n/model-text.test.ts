/**
 * The model's words are looked up once per t (model-text.ts keeps each found word), so the cache
 * must never show a stale word: a new language gets a new t and its own words, and a word that was
 * missing at first is found once its catalogue arrives.
 */
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { modelText } from './model-text';

async function instance() {
  const i18n = createInstance();
  await i18n.init({ lng: 'en', ns: ['model'], defaultNS: 'model', resources: { en: { model: { levers: { 'enforcement.intensity': { label: 'Enforcement intensity' } } } }, fr: { model: { levers: { 'enforcement.intensity': { label: 'Intensité des contrôles' } } } } } });
  return i18n;
}

describe('modelText', () => {
  it('gives each language its own words', async () => {
    const i18n = await instance();
    const en = modelText(i18n.getFixedT('en'));
    const fr = modelText(i18n.getFixedT('fr'));
    expect(en.leverLabel('enforcement.intensity')).toBe('Enforcement intensity');
    expect(fr.leverLabel('enforcement.intensity')).toBe('Intensité des contrôles');
    expect(en.leverLabel('enforcement.intensity')).toBe('Enforcement intensity');
  });

  it('finds a word whose catalogue arrived after a first, missing lookup', async () => {
    const i18n = await instance();
    const text = modelText(i18n.getFixedT('en'));
    const missing = text.leverLabel('rescue.capacity');
    expect(missing).not.toBe('Rescue capacity');
    i18n.addResourceBundle('en', 'model', { levers: { 'rescue.capacity': { label: 'Rescue capacity' } } }, true);
    expect(text.leverLabel('rescue.capacity')).toBe('Rescue capacity');
  });
});
