/**
 * The English `model` catalogue, built from the model's own declarations: every lever's label,
 * explanation and unit, the lever groups, every output's label, explanation and unit, the routes,
 * the people's states, and the two indices (name, terms, and the calibration constants their
 * formulas refer to). The English stays in models/ (the command line and the ODD read it there);
 * the interface reads these keys, so French, Spanish and Arabic are keyed by the declaration key.
 *
 * The page builds its English `model` catalogue here, from the declarations it already has (so the
 * English is not shipped twice). `npm run i18n -- --write-model` writes the same to
 * locales/en/model.json, the file translators work from; a unit test fails when that file and the
 * declarations disagree, and when another language lacks a key.
 */
import { CALIBRATION, INDEX_DECLARATIONS, LEVER_GROUPS, LEVERS, OUTPUTS, ROUTES, State, STATE_LABELS } from '../../../models/index';

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

export function modelCatalogue(): Record<string, unknown> {
  const referenced = [...new Set(INDEX_DECLARATIONS.flatMap((d) => d.references))];
  return {
    levers: nested(LEVERS.map((l) => [l.key, { label: l.label, doc: l.doc, unit: l.unit }] as const)),
    groups: Object.fromEntries(LEVER_GROUPS.map((g) => [g.id, g.label])),
    outputs: Object.fromEntries(OUTPUTS.map((o) => [o.key, { label: o.label, doc: o.doc, unit: o.unit }])),
    routes: Object.fromEntries(ROUTES.map((r) => [r.id, r.label])),
    states: Object.fromEntries(STATE_KEYS.map((name, i) => [name, STATE_LABELS[i]])),
    indices: Object.fromEntries(
      INDEX_DECLARATIONS.map((d) => [d.output, { label: d.label, terms: Object.fromEntries(d.terms.map((t) => [t.name, t.meaning])) }]),
    ),
    calibration: Object.fromEntries(referenced.map((key) => [key, { unit: CALIBRATION[key].unit, doc: CALIBRATION[key].doc }])),
  };
}
