/**
 * A new session's title until the facilitator names it (shown in the reader's language, see
 * role-text.ts). In a module of its own so that the translation chores (scripts/i18n.ts), which
 * run in Node without Vite, can read it without the session's imports of the built-in library.
 */
export const DEFAULT_SESSION_TITLE = 'Seminar';
