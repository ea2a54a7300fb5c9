/**
 * The explorer (the app's home view): every lever of the model, the user's run against the
 * baseline, the scenario beside the results with its timeline, claims and history check. Its
 * face: the app imports the view from here and nothing else.
 */
export { default as ExploreView } from './Explorer';
