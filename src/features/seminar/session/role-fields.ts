/**
 * The seminar's built-in texts as translatable fields (path → English), like a scenario's (see
 * scenarios/i18n/fields.ts): translations live in scenarios/i18n/<lang>/seminar-roles.json. Pure.
 */
import { EVENTS } from './events';
import { DEFAULT_ROLES, OBJECTIVE_CHOICES } from './roles';
import { DEFAULT_SESSION_TITLE } from './session-title';

export const ROLE_DOC = 'seminar-roles';

export function roleFields(): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  out.set('session.title', DEFAULT_SESSION_TITLE);
  for (const r of DEFAULT_ROLES) {
    out.set(`roles.${r.id}.name`, r.name);
    out.set(`roles.${r.id}.briefing`, r.briefing);
    r.objectives.forEach((o, i) => out.set(`roles.${r.id}.objectives.${i}`, o.label));
    out.set(`roles.${r.id}.weightsReason`, r.weighting.reason);
  }
  for (const o of OBJECTIVE_CHOICES) out.set(`choices.${o.output}.${o.direction}`, o.label);
  for (const e of EVENTS) {
    out.set(`events.${e.id}.name`, e.name);
    out.set(`events.${e.id}.description`, e.description);
  }
  return out;
}
