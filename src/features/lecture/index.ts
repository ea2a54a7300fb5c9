/**
 * Lecture mode (#/lecture): guided walkthroughs from the built-in tours, with a presenter view.
 * Its face: the app imports the view from here and nothing else.
 */
export { default as LectureView } from './LectureView';
