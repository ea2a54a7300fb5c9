/**
 * Events the facilitator can inject at the start of a round. Each shifts levers from their value
 * at that moment (clamped to [0, 1]) for the rest of the session, unless teams undo it.
 */
import type { LeverSettings } from '../../../../models/index';

export interface SeminarEvent {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Lever → change added to the value in force when the event strikes. */
  readonly shifts: LeverSettings;
}

export const EVENTS: readonly SeminarEvent[] = [
  {
    id: 'drought',
    name: 'Drought',
    description: 'Rains fail across the origin region: harvests and herds are lost.',
    shifts: { 'insecurity.environmental': 0.3, 'insecurity.food': 0.25, 'insecurity.economic': 0.1 },
  },
  {
    id: 'conflict',
    name: 'Conflict escalates',
    description: 'Fighting spreads in the origin region; armed groups target civilians.',
    shifts: { 'insecurity.personal': 0.3, 'insecurity.community': 0.25, 'insecurity.political': 0.2 },
  },
  {
    id: 'economic-crisis',
    name: 'Economic crisis',
    description: 'The currency collapses and prices soar; jobs disappear.',
    shifts: { 'insecurity.economic': 0.3, 'insecurity.food': 0.1, 'insecurity.health': 0.1 },
  },
  {
    id: 'change-of-government',
    name: 'Change of government at origin',
    description: 'A new government promises reform and seeks partners abroad.',
    shifts: { 'insecurity.political': -0.2, 'cooperation.regional': 0.15 },
  },
];

export function findEvent(id: string): SeminarEvent | undefined {
  return EVENTS.find((e) => e.id === id);
}
