/**
 * The English `model` catalogue's first part, built from the model's own declarations: every
 * lever's label, explanation and unit, the lever groups, every output's label, explanation and
 * unit, the routes, the per-route outputs (label and unit) and each route's crossing methods, the
 * people's states, and the two indices (name and terms). The English stays in models/ (the command
 * line and the ODD read it there); the interface reads these keys, so French, Spanish and Arabic
 * are keyed by the declaration key.
 *
 * The page builds its English `model` catalogue here, from the declarations it already has (so the
 * English is not shipped twice). The calibration constants' explanations are the later part
 * (model-catalogue-later.ts), loaded like every language's later words (catalogue-parts.ts): the
 * declarations' labels and the levers' and outputs' explanations are on the page anyway, the
 * constants' explanations are not. model-catalogue.ts joins the two parts for the file translators
 * work from.
 */
import { INDEX_DECLARATIONS, LEVER_GROUPS, LEVERS, METHODS, methodKey, OUTPUTS, ROUTE_OUTPUTS, ROUTES, State, STATE_LABELS } from '../../../models/index';

/** What a state is called in the catalogue: its name in the model's State table. */
export const STATE_KEYS: readonly string[] = Object.entries(State)
  .sort((a, b) => a[1] - b[1])
  .map(([name]) => name);

/** `{ "a.b": x }` as `{ a: { b: x } }`: i18next reads dots in a key as nesting, and lever keys have dots. */
function nested(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of entries) {
    const parts = path.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]] = value;
  }
  return out;
}

/** Everything but the calibration constants' explanations. */
export function modelCatalogueFirst(): Record<string, unknown> {
  return {
    levers: nested(LEVERS.map((l) => [l.key, { label: l.label, doc: l.doc, unit: l.unit }] as const)),
    groups: Object.fromEntries(LEVER_GROUPS.map((g) => [g.id, g.label])),
    outputs: Object.fromEntries(OUTPUTS.map((o) => [o.key, { label: o.label, doc: o.doc, unit: o.unit }])),
    routes: Object.fromEntries(ROUTES.map((r) => [r.id, r.label])),
    routeOutputs: Object.fromEntries(ROUTE_OUTPUTS.map((o) => [o.key, { label: o.label, unit: o.unit }])),
    methods: nested(METHODS.map((m) => [methodKey(m), m.label] as const)),
    states: Object.fromEntries(STATE_KEYS.map((name, i) => [name, STATE_LABELS[i]])),
    indices: Object.fromEntries(
      INDEX_DECLARATIONS.map((d) => [d.output, { label: d.label, terms: Object.fromEntries(d.terms.map((t) => [t.name, t.meaning])) }]),
    ),
  };
}
