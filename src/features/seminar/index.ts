/**
 * Seminar mode (#/seminar): role-play rounds, team pages, printable role cards, the facilitator
 * guide and the debrief, on a pure session engine (session/). Its face: the app imports the view
 * from here and nothing else.
 */
export { default as SeminarView } from './SeminarView';
export { default as RoomTeamPage } from './room/RoomTeamPage';
export { default as RoomWatchPage } from './room/RoomWatchPage';
