/**
 * The storage notices' sentences come from the `common` catalogue (`storage.*`): whole sentences
 * per autosave, so that each language words them as it needs, without nouns spliced in. Here: the
 * autosaves by name, and the date a record was set aside in the page's language.
 */
import { i18n } from '../i18n/i18n';

export type AutosaveFeature = 'seminar' | 'explorer' | 'compare' | 'library';

/** "29 Nov 2026, 16:30" in the page's language, or '' for an unknown date. */
export function shownDate(iso: string): string {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return '';
  try {
    return new Intl.DateTimeFormat(i18n.language || 'en', { dateStyle: 'medium', timeStyle: 'short' }).format(t);
  } catch {
    return new Date(t).toISOString().slice(0, 16).replace('T', ' ');
  }
}
