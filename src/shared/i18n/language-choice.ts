/**
 * Which language the page speaks, and remembering it. In order: the link's `lang=` (a shared link
 * opens in the language it was made in), the reader's own earlier choice in this browser, then the
 * browser's preferred languages (`navigator.languages`), then English.
 *
 * Once chosen — from the menu, a link or an earlier visit — the language is kept in the address
 * (`lang=`) so "Copy link" carries it; a language merely guessed from the browser is not written,
 * so a link made by someone who never chose keeps opening in each reader's own language. A `lang=`
 * we do not have leaves a notice naming the value and the languages there are, and the page opens
 * in the language it would otherwise have used.
 */
import { i18n, startI18n } from './i18n';
import { readLangParam, withLangParam } from './lang-param';
import { browserLanguage, isLanguage, type Language } from './languages';

const STORAGE_KEY = 'crossings:language';

export interface UnknownLanguage {
  readonly value: string;
  readonly allowed: readonly Language[];
}

export interface LanguageStart {
  readonly lang: Language;
  readonly source: 'link' | 'stored' | 'browser';
  /** The link asked for a language we do not have. */
  readonly unknown: UnknownLanguage | null;
}

function readStored(): Language | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

function store(lang: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Nowhere to keep it: the link still carries it.
  }
}

/** Puts `lang` (or nothing) in the address without a new history entry. */
function writeAddress(lang: Language | null): void {
  const query = withLangParam(window.location.search, lang);
  const next = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(window.history.state, '', next);
}

/** The language to start in, from the address, this browser's memory and its preferences. */
export function startingLanguage(search: string, stored: Language | null, preferred: readonly string[]): LanguageStart {
  const param = readLangParam(search);
  const unknown = param.kind === 'unknown' ? { value: param.value, allowed: param.allowed } : null;
  if (param.kind === 'ok') return { lang: param.lang, source: 'link', unknown };
  if (stored) return { lang: stored, source: 'stored', unknown };
  return { lang: browserLanguage(preferred), source: 'browser', unknown };
}

let start: LanguageStart | null = null;

/** Chooses the starting language, starts i18next in it and keeps the address in step. */
export function startLanguage(): Promise<unknown> {
  start = startingLanguage(window.location.search, readStored(), navigator.languages ?? [navigator.language]);
  if (start.source === 'link') store(start.lang);
  writeAddress(start.source === 'browser' ? null : start.lang);
  return startI18n(start.lang);
}

/** What the start found wrong in the link, if anything. */
export function unknownLanguageInLink(): UnknownLanguage | null {
  return start?.unknown ?? null;
}

/** Switches the interface to `lang`, remembers it and writes it in the address. */
export async function chooseLanguage(lang: Language): Promise<void> {
  store(lang);
  writeAddress(lang);
  await i18n.changeLanguage(lang);
}

/** The `lang=` the address carries now, for code that rewrites the query (the explorer's settings). */
export function langParamOfAddress(): Language | null {
  const param = readLangParam(window.location.search);
  return param.kind === 'ok' ? param.lang : null;
}
