/**
 * What the explorer decodes when it opens — a link's settings, the autosaved settings, the saved
 * imported scenarios — in one module, loaded on demand (load-decoders.ts): these decoders are
 * built on zod, which a plain first visit (no settings in the address, nothing saved) never
 * needs.
 */
export { decodeExplorerAutosave } from './autosave';
export { decodeLibraryRecord } from './library';
export { initialSettings } from './initial-settings';
