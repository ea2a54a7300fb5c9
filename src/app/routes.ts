/**
 * The app's views, addressed by the URL hash (#/compare, #/seminar, #/lecture). The explorer is
 * the default and keeps its settings in the query string, so a shared explorer link is unchanged
 * by navigation. Their names are in the catalogues (`app.views.<id>`). Pure: parsing and formatting only.
 */
export const VIEWS = [
  { id: 'explore', hash: '' },
  { id: 'compare', hash: '#/compare' },
  { id: 'seminar', hash: '#/seminar' },
  { id: 'lecture', hash: '#/lecture' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

/**
 * The view a hash names; anything unknown is the explorer. Extra path after the view (`/…`), or a
 * query (`?…`, as in #/compare?mix=baseline), is the view's own.
 */
export function viewFromHash(hash: string): { view: ViewId; rest: string } {
  const m = /^#\/([a-z]+)(?:[/?](.*))?$/.exec(hash);
  const found = m ? VIEWS.find((v) => v.id === m[1]) : undefined;
  return found ? { view: found.id, rest: m?.[2] ?? '' } : { view: 'explore', rest: '' };
}

/**
 * Pages shown without the app's header and navigation: a team's page in a room (#/join/…),
 * a spectator's page (#/watch/…), a team's own page from a link (#/seminar/team/…), and the
 * projector (#/seminar/projector), so
 * that a student's phone or the projected screen offers no way into the facilitator's pages.
 */
export type BarePage = 'join' | 'watch' | 'team' | 'projector';

export function barePage(hash: string): BarePage | null {
  if (/^#\/join(?:\/|$)/.test(hash)) return 'join';
  if (/^#\/watch(?:\/|$)/.test(hash)) return 'watch';
  if (/^#\/seminar\/team\//.test(hash)) return 'team';
  if (/^#\/seminar\/projector(?:$|[/?])/.test(hash)) return 'projector';
  return null;
}
