/**
 * Compare mixes (#/compare): policy mixes over many seeds side by side, and sensitivity analyses
 * around one of them. Its face: the app imports the view from here and nothing else.
 */
export { default as CompareView } from './CompareView';
