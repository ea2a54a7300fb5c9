/**
 * The seminar's built-in words in the interface language: the default roles (name, briefing,
 * objectives), the objectives a facilitator can pick for a role of their own, and the events.
 * Their English stays in roles.ts, figures.ts and events.ts; translations are content like the
 * scenarios' (scenarios/i18n/<lang>/seminar-roles.json, see role-fields.ts). A team keeps the
 * words it was given: a name or briefing the facilitator has changed is shown as typed, one still
 * equal to its role's English is shown in the reader's language (and so is the default session title).
 */
import { useMemo } from 'react';
import { contentText, useContent, type Content } from '../../shared/i18n/content';
import { EVENTS, type SeminarEvent } from './session/events';
import { DEFAULT_ROLES, OBJECTIVE_CHOICES, type Objective, type Role } from './session/roles';
import { DEFAULT_SESSION_TITLE, type Team } from './session/session';
import { ROLE_DOC } from './session/role-fields';

/** Objective label (English) → its field path. */
const OBJECTIVE_PATHS: ReadonlyMap<string, string> = new Map([
  ...DEFAULT_ROLES.flatMap((r) => r.objectives.map((o, i) => [o.label, `roles.${r.id}.objectives.${i}`] as const)),
  ...OBJECTIVE_CHOICES.map((o) => [o.label, `choices.${o.output}.${o.direction}`] as const),
]);

/** Field path → the objective's English. */
const OBJECTIVE_ENGLISH: ReadonlyMap<string, string> = new Map([...OBJECTIVE_PATHS].map(([label, path]) => [path, label] as const));

/** The key (field path) of a built-in objective, which a phone words in its own language; undefined for words of the facilitator's own. */
export const objectiveKey = (o: Pick<Objective, 'label'>): string | undefined => OBJECTIVE_PATHS.get(o.label);

export interface RoleText {
  teamName(team: Pick<Team, 'roleId' | 'name'>): string;
  briefing(team: Pick<Team, 'roleId' | 'briefing'>): string;
  objective(o: Pick<Objective, 'label'>): string;
  /** A built-in objective by its key (objectiveKey); `fallback` when the key is not one this page knows. */
  objectiveAt(key: string, fallback: string): string;
  roleName(r: Role): string;
  /** Why the role weighs the indices as it does (one line). */
  weightsReason(r: Role): string;
  /** The session's title; the default one in the reader's language. */
  sessionTitle(title: string): string;
  eventName(e: SeminarEvent): string;
  eventDescription(e: SeminarEvent): string;
}

function roleText(text: (path: string, english: string) => string): RoleText {
  const roleOf = (id: string) => DEFAULT_ROLES.find((r) => r.id === id);
  return {
    teamName: (team) => {
      const r = roleOf(team.roleId);
      return r && team.name === r.name ? text(`roles.${r.id}.name`, r.name) : team.name;
    },
    briefing: (team) => {
      const r = roleOf(team.roleId);
      return r && team.briefing === r.briefing ? text(`roles.${r.id}.briefing`, r.briefing) : team.briefing;
    },
    objective: (o) => {
      const path = OBJECTIVE_PATHS.get(o.label);
      return path ? text(path, o.label) : o.label;
    },
    objectiveAt: (key, fallback) => {
      const english = OBJECTIVE_ENGLISH.get(key);
      return english === undefined ? fallback : text(key, english);
    },
    roleName: (r) => text(`roles.${r.id}.name`, r.name),
    weightsReason: (r) => text(`roles.${r.id}.weightsReason`, r.weighting.reason),
    sessionTitle: (title) => (title === DEFAULT_SESSION_TITLE ? text('session.title', title) : title),
    eventName: (e) => (EVENTS.includes(e) ? text(`events.${e.id}.name`, e.name) : e.name),
    eventDescription: (e) => (EVENTS.includes(e) ? text(`events.${e.id}.description`, e.description) : e.description),
  };
}

export function useRoleText(): RoleText {
  const content: Content = useContent();
  return useMemo(() => roleText((path, english) => content.text(ROLE_DOC, path, english).text), [content]);
}

/** The same outside React (the debrief's downloads). */
export const roleTextNow: RoleText = roleText((path, english) => contentText(ROLE_DOC, path, english));
