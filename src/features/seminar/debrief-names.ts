/**
 * The names the debrief's robustness line gives the session and business as usual. The line's
 * sentences put the second name mid-sentence ("Session: higher than business as usual on human
 * security in 97% of …"), so it is the lower-case, in-sentence form (with the article French and
 * Spanish need after "de"), not the capitalised label of the debrief's table.
 */
type SeminarT = (key: string) => string;

export function debriefRobustnessNames(t: SeminarT): { readonly a: string; readonly b: string } {
  return { a: t('export.session'), b: t('debrief.bauInSentence') };
}
