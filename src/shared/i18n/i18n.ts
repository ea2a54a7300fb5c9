/**
 * The interface's translations, through i18next and react-i18next.
 *
 * Catalogues are JSON files, one per language and namespace (`locales/<lang>/<ns>.json`):
 * `common` (the frame, shared charts and notices) and `model` (the model's declared labels) are
 * needed on every page; `explore`, `compare`, `seminar` and `lecture` belong to one view each.
 * Every catalogue is a chunk of its own, loaded when first needed, English included: the page
 * loads its language's `common` and `model` before the first paint (startI18n, awaited in
 * main.tsx), so a reader of Arabic never downloads the English ones. English `model` is built
 * from the model's own declarations (model-catalogue-first.ts and model-catalogue-later.ts, chunks
 * of their own too), so the English is not shipped twice. A component names its namespace with `useTranslation('explore')`, and
 * React's Suspense waits for it like for a lazy view. Two namespaces come in two parts
 * (catalogue-parts.ts): the words the first screen shows, and the words of panels opened later
 * (the scenario panel's tabs, the model's explanations), which the components showing them load
 * first (loadLaterPart).
 *
 * A key missing in every language is reported on the console ("i18next: missing key …"), which the
 * browser tests fail on; the unit tests check every catalogue against the English one.
 */
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { numberFormat } from './number-format';
import { LATER_PARTS, mergeCatalogues, type Catalogue } from './catalogue-parts';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_CODES, languageInfo, type Language } from './languages';

/**
 * No fallback for a language whose catalogues are complete (tests/i18n/catalogues.test.ts fails
 * when French, Spanish or Arabic lacks an English key): with English as their fallback, i18next
 * loaded each view's English catalogue beside the language's own (the explorer's: 6.4 kB gzip
 * on the Arabic first screen), text a reader of Arabic never saw. A language added later, not
 * yet complete, falls back to English (`default`).
 */
const FALLBACK_LANGUAGES: Record<string, readonly string[]> = {
  ...Object.fromEntries(LANGUAGE_CODES.filter((code) => code !== DEFAULT_LANGUAGE).map((code) => [code, []])),
  default: [DEFAULT_LANGUAGE],
};

export const NAMESPACES = ['common', 'model', 'explore', 'compare', 'seminar', 'lecture'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** What every page needs before its first paint. */
const FIRST_PAINT_NAMESPACES: readonly Namespace[] = ['common', 'model'];

type CatalogueModule = Promise<{ default: Catalogue }>;

/**
 * The two parts of each split catalogue (catalogue-parts.ts), by language and namespace: the
 * first loads with the namespace, the later one when a component that shows it loads
 * (loadLaterPart). Written out, one line a part: a dynamic import needs its name whole.
 */
const cataloguePartFiles: Record<string, { first: () => CatalogueModule; later: () => CatalogueModule }> = {
  'en/explore': { first: () => import('virtual:catalogue/en/explore/first'), later: () => import('virtual:catalogue/en/explore/later') },
  'fr/explore': { first: () => import('virtual:catalogue/fr/explore/first'), later: () => import('virtual:catalogue/fr/explore/later') },
  'es/explore': { first: () => import('virtual:catalogue/es/explore/first'), later: () => import('virtual:catalogue/es/explore/later') },
  'ar/explore': { first: () => import('virtual:catalogue/ar/explore/first'), later: () => import('virtual:catalogue/ar/explore/later') },
  'en/common': { first: () => import('virtual:catalogue/en/common/first'), later: () => import('virtual:catalogue/en/common/later') },
  'fr/common': { first: () => import('virtual:catalogue/fr/common/first'), later: () => import('virtual:catalogue/fr/common/later') },
  'es/common': { first: () => import('virtual:catalogue/es/common/first'), later: () => import('virtual:catalogue/es/common/later') },
  'ar/common': { first: () => import('virtual:catalogue/ar/common/first'), later: () => import('virtual:catalogue/ar/common/later') },
  // English `model` comes from the declarations: all but the calibration constants' explanations first.
  'en/model': {
    first: () => import('./model-catalogue-first').then((m) => ({ default: m.modelCatalogueFirst() })),
    later: () => import('./model-catalogue-later').then((m) => ({ default: m.modelCatalogueLater() })),
  },
  'fr/model': { first: () => import('virtual:catalogue/fr/model/first'), later: () => import('virtual:catalogue/fr/model/later') },
  'es/model': { first: () => import('virtual:catalogue/es/model/first'), later: () => import('virtual:catalogue/es/model/later') },
  'ar/model': { first: () => import('virtual:catalogue/ar/model/first'), later: () => import('virtual:catalogue/ar/model/later') },
};

/** Split namespaces whose later part something has asked for: from then on, every language loads it whole. */
const laterWanted = new Set<string>();

/** Every catalogue, each a lazy chunk; English `model` is built from the declarations instead of its JSON copy (cataloguePartFiles). */
const lazyCatalogues: Record<string, () => CatalogueModule> = {
  // (A split namespace's file is not a chunk of its own: its two parts are, below.)
  ...import.meta.glob<{ default: Catalogue }>(['./locales/*/*.json', '!./locales/*/model.json', '!./locales/*/explore.json', '!./locales/*/common.json']),
  ...Object.fromEntries(
    Object.entries(cataloguePartFiles).map(([id, parts]) => [
      `./locales/${id}.json`,
      () => {
        const ns = id.slice(id.indexOf('/') + 1);
        if (!laterWanted.has(ns)) return parts.first();
        return Promise.all([parts.first(), parts.later()]).then(([a, b]) => ({ default: mergeCatalogues(a.default, b.default) }));
      },
    ]),
  ),
};

/** An i18next backend that imports a catalogue chunk. */
const chunkBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = lazyCatalogues[`./locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`no catalogue ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (m) => callback(null, m.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export const i18n = i18next.createInstance();
i18n.use(chunkBackend).use(initReactI18next);

/** The page's `lang` and `dir` follow the language (number formats read it in ../format.ts). */
function applyLanguage(lang: string): void {
  if (typeof document === 'undefined') return;
  const info = languageInfo(isLanguage(lang) ? lang : DEFAULT_LANGUAGE);
  document.documentElement.lang = info.code;
  document.documentElement.dir = info.dir;
}

// Started in English with no catalogue loaded (`ns: []`): importing this module fetches nothing, so
// a page in Arabic never fetches English. The page loads its language's first catalogues in
// startI18n before it paints; the unit tests add the English ones from the files
// (tests/setup-i18n.ts).
i18n.on('languageChanged', applyLanguage);
void i18n.init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: FALLBACK_LANGUAGES,
  supportedLngs: [...LANGUAGE_CODES],
  nonExplicitSupportedLngs: false,
  load: 'languageOnly',
  ns: [],
  defaultNS: 'common',
  partialBundledLanguages: true,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  returnEmptyString: false,
  saveMissing: true,
  missingKeyHandler: (lngs, ns, key) => console.warn(`i18next: missing key ${ns}:${key} (${lngs.join(', ')})`),
  react: { useSuspense: true },
});

// `{{n, number}}` in a catalogue formats in the language's own locale (Arabic with Latin digits,
// see languages.ts), like every other number on the page.
i18n.services.formatter?.add('number', (value, lng, options) =>
  numberFormat(languageInfo(isLanguage(lng) ? lng : DEFAULT_LANGUAGE).locale, options as Intl.NumberFormatOptions).format(Number(value)),
);
i18n.services.formatter?.add('percent', (value, lng, options) =>
  numberFormat(languageInfo(isLanguage(lng) ? lng : DEFAULT_LANGUAGE).locale, { maximumFractionDigits: 1, ...(options as Intl.NumberFormatOptions), style: 'percent' }).format(Number(value)),
);

/**
 * Switches i18next to `lang`, with the first-paint namespaces loaded. The first call adds them to
 * the namespaces i18next keeps (loadNamespaces), so later switches load them before switching.
 */
export async function startI18n(lang: Language): Promise<unknown> {
  await i18n.changeLanguage(lang);
  return i18n.loadNamespaces([...FIRST_PAINT_NAMESPACES]);
}

/**
 * The later part of a split namespace (catalogue-parts.ts) in the current language, added to the
 * namespace; a component that shows those words awaits it in its lazy loader, before it draws.
 * Asked once, the namespace loads whole in any language switched to afterwards.
 */
export async function loadLaterPart(ns: keyof typeof LATER_PARTS): Promise<void> {
  laterWanted.add(ns);
  await i18n.loadNamespaces(ns);
  const lang = currentLanguage();
  const parts = cataloguePartFiles[`${lang}/${ns}`];
  if (!parts || loadedLater.has(`${lang}/${ns}`)) return;
  const later = await parts.later();
  i18n.addResourceBundle(lang, ns, later.default, true, true);
  loadedLater.add(`${lang}/${ns}`);
}

const loadedLater = new Set<string>();

/** The current interface language. */
export function currentLanguage(): Language {
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}
