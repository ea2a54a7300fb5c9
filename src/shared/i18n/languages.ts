/**
 * The interface's languages: their codes, their own names (shown in the language menu as each
 * language writes it, so a reader finds theirs without reading the current one), writing
 * direction, and the locale `Intl` formats numbers with. Pure.
 *
 * English keeps the British formats the app had before (1,234.5; 12.5%). Arabic is written right
 * to left and keeps Latin digits (`-u-nu-latn`), as charts, seeds, decision codes, exported files
 * and the command line do: one set of digits everywhere, and numbers read the same on the slide
 * and in the CSV a student opens.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr', locale: 'en-GB' },
  { code: 'fr', name: 'Français', dir: 'ltr', locale: 'fr-FR' },
  { code: 'es', name: 'Español', dir: 'ltr', locale: 'es-ES' },
  { code: 'ar', name: 'العربية', dir: 'rtl', locale: 'ar-u-nu-latn' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES: readonly Language[] = LANGUAGES.map((l) => l.code);
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function languageInfo(code: Language): (typeof LANGUAGES)[number] {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}

/**
 * The language a tag such as "fr-CA", "AR" or "es_419" asks for, if we have it: its primary
 * subtag, case-insensitively.
 */
export function matchLanguage(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : undefined;
}

/** The first of the browser's preferred languages (`navigator.languages`) we have, else English. */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const found = matchLanguage(tag);
    if (found) return found;
  }
  return DEFAULT_LANGUAGE;
}
