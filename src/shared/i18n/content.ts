/**
 * The built-in content in the interface language: scenario texts, lecture tours and the seminar's
 * role cards, whose English stays in their own files (see scenarios/i18n/fields.ts). Each
 * language's translations are small chunks (scenarios/i18n/<lang>/<id>.json), loaded on demand and
 * kept here. Titles come apart, all of a language's in one small module (virtual:content-titles,
 * scripts/vite-content-titles.ts): a list of scenarios needs every title, and loading every
 * scenario's whole file for it would add tens of kilobytes to the first view. A translation is shown only while it is fresh — its recorded English equals the
 * English now — otherwise the English is shown, marked "not yet translated" by the component; never
 * a raw key.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translation, TranslationFile } from '../../../scenarios/i18n/fields';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';
import { i18n } from './i18n';

const files = import.meta.glob<{ default: TranslationFile }>('../../../scenarios/i18n/*/*.json');

type Titles = Readonly<Record<string, Translation>>;
const titleFiles: Readonly<Record<string, () => Promise<{ default: Titles }>>> = {
  fr: () => import('virtual:content-titles/fr'),
  es: () => import('virtual:content-titles/es'),
  ar: () => import('virtual:content-titles/ar'),
};

/** Every document's title by language; null while loading or when there is none. */
const titles = new Map<Language, Titles | null>();

/** Loaded files by "lang/doc"; null while loading or when there is none. */
const loaded = new Map<string, TranslationFile | null>();
const listeners = new Set<() => void>();
let version = 0;

function notify(): void {
  version++;
  for (const l of listeners) l();
}

function fileKey(lang: string, doc: string): string {
  return `../../../scenarios/i18n/${lang}/${doc}.json`;
}

/** Starts loading a document's translations for a language (once). */
export function loadContent(lang: Language, doc: string): void {
  const id = `${lang}/${doc}`;
  if (lang === DEFAULT_LANGUAGE || loaded.has(id)) return;
  loaded.set(id, null);
  const load = files[fileKey(lang, doc)];
  if (!load) return;
  load().then(
    (m) => {
      loaded.set(id, m.default);
      notify();
    },
    () => {
      // Offline or gone: the English stays, marked as untranslated.
    },
  );
}

/** Starts loading a language's titles (once). */
function loadTitles(lang: Language): void {
  if (lang === DEFAULT_LANGUAGE || titles.has(lang)) return;
  titles.set(lang, null);
  titleFiles[lang]?.().then(
    (m) => {
      titles.set(lang, m.default);
      notify();
    },
    () => {
      // Offline or gone: the English stays, marked as untranslated.
    },
  );
}

export interface Shown {
  readonly text: string;
  /** The language the text is in ("en" when the translation is missing or stale). */
  readonly lang: Language;
  /** The reader asked for another language, and this text is not (yet) in it. */
  readonly untranslated: boolean;
}

export interface Content {
  readonly lang: Language;
  /** A document's field in the interface language, or its English. */
  text(doc: string, path: string, english: string): Shown;
}

/** A field in the current interface language, outside React (exported documents): the same rule. */
export function contentText(doc: string, path: string, english: string): string {
  const lang = i18n.resolvedLanguage;
  return contentFor(isLanguage(lang) ? lang : DEFAULT_LANGUAGE, version).text(doc, path, english).text;
}

/** Content for the current language, redrawn when a translation arrives or the language changes. */
export function useContent(): Content {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  const seen = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => version,
  );
  return useMemo(() => contentFor(lang, seen), [lang, seen]);
}

function contentFor(lang: Language, _version: number): Content {
  return {
    lang,
    text(doc, path, english) {
      if (lang === DEFAULT_LANGUAGE) return { text: english, lang, untranslated: false };
      let t = loaded.get(`${lang}/${doc}`)?.[path];
      if (path === 'title') {
        // A title alone (a list) does not load the document: the language's titles module has it.
        loadTitles(lang);
        t ??= titles.get(lang)?.[doc];
      } else loadContent(lang, doc);
      if (t && t.source === english && t.text.trim() !== '') return { text: t.text, lang, untranslated: false };
      return { text: english, lang: DEFAULT_LANGUAGE, untranslated: true };
    },
  };
}
