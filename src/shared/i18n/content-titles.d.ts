/** The `title` entries of a language's content translations, by document id (scripts/vite-content-titles.ts). */
declare module 'virtual:content-titles/*' {
  const titles: Readonly<Record<string, import('../../../scenarios/i18n/fields').Translation>>;
  export default titles;
}
