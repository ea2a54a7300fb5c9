/**
 * A sentence decided away from the page (a link's problem, a file's error, a session event) as a
 * catalogue key and its values, so it is worded in whichever language the page shows when it is
 * shown — and again if the reader switches language. Numbers among the values are written with
 * `{{name, number}}` in the catalogues, in the page's locale.
 */
import { i18n } from './i18n';

export interface Message {
  /** "namespace:key.path". */
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

export function msg(key: string, values?: Readonly<Record<string, string | number>>): Message {
  return values ? { key, values } : { key };
}

/** The message in the current language. */
export function messageText(m: Message): string {
  return i18n.t(m.key, m.values as Record<string, unknown> | undefined);
}
