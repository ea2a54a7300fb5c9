/** Where the explorer's autosaved settings are kept in this browser (read back by autosave.ts). */
export const EXPLORER_STORAGE_KEY = 'crossings:explorer';
