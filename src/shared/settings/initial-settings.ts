/**
 * Where the explorer starts: the link if it names any setting (a shared link must reproduce
 * what was shared), otherwise the work autosaved in this browser, otherwise the default scenario
 * as loaded. Both the link and the autosave go through the same decoder; problems in either are
 * reported, never thrown.
 */
import { capNotices, decodeSettings, type SettingsNotice } from './url';
import { defaultSettings, type ExplorerSettings, type SettingsContext } from './settings';

export type SettingsSource = 'link' | 'autosave' | 'default';

export interface InitialSettings {
  readonly settings: ExplorerSettings;
  readonly source: SettingsSource;
  readonly notices: readonly SettingsNotice[];
}

export function initialSettings(linkQuery: string, saved: string | null, ctx: SettingsContext): InitialSettings {
  const fromLink = decodeSettings(linkQuery, ctx);
  if (fromLink.hasState) return { settings: fromLink.settings, source: 'link', notices: fromLink.notices };
  if (saved) {
    const fromSave = decodeSettings(saved, ctx);
    if (fromSave.hasState) return { settings: fromSave.settings, source: 'autosave', notices: capNotices([...fromLink.notices, ...fromSave.notices]) };
  }
  return { settings: defaultSettings(ctx), source: 'default', notices: fromLink.notices };
}
