/**
 * The language in the page's address: `lang=fr` in the query, beside (and never mixed up with)
 * the explorer's settings, so a copied link opens in the language it was made in. Pure.
 */
import { LANGUAGE_CODES, matchLanguage, type Language } from './languages';

export const LANG_PARAM = 'lang';

export type LangParam =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly lang: Language }
  /** A value we do not have: shown back to the reader with the allowed ones. */
  | { readonly kind: 'unknown'; readonly value: string; readonly allowed: readonly Language[] };

const SHOWN_CHARS = 24;

/** What `lang=` in a query string (with or without its "?") asks for. */
export function readLangParam(search: string): LangParam {
  let raw: string | null;
  try {
    raw = new URLSearchParams(search).get(LANG_PARAM);
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  const lang = matchLanguage(raw);
  if (lang) return { kind: 'ok', lang };
  const printable = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, '�');
  const value = [...printable].length > SHOWN_CHARS ? `${[...printable].slice(0, SHOWN_CHARS - 1).join('')}…` : printable;
  return { kind: 'unknown', value, allowed: LANGUAGE_CODES };
}

/**
 * The query string (without "?") with `lang` set to `lang` (or removed when `lang` is null),
 * every other parameter kept in its place; `lang` goes last when added.
 */
export function withLangParam(search: string, lang: Language | null): string {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  if (lang === null) params.delete(LANG_PARAM);
  else params.set(LANG_PARAM, lang);
  return params.toString();
}
