/**
 * Light or dark. The reader chooses "system" (the default: follow the operating system's setting,
 * and follow it when it changes), "light" or "dark"; the choice is remembered in this browser.
 * The effective theme is written on <html data-theme>, which theme.css reads. Forced colours
 * (high contrast) need nothing here: the browser applies them over either theme.
 */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'crossings:theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

/** The theme shown for a choice, given whether the system prefers dark. */
export function effectiveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

export function storedThemeChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isThemeChoice(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

function apply(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = effectiveTheme(choice, systemPrefersDark());
}

/** Shows the remembered theme and keeps following the system while the choice is "system". */
export function startTheme(): void {
  apply(storedThemeChoice());
  if (typeof window.matchMedia !== 'function') return;
  window.matchMedia(DARK_QUERY).addEventListener('change', () => apply(storedThemeChoice()));
}

/** Shows and remembers the reader's choice. */
export function chooseTheme(choice: ThemeChoice): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Nowhere to keep it: it holds for this visit.
  }
  apply(choice);
}
