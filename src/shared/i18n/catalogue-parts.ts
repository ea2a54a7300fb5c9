/**
 * Parts of a catalogue that the first screen never shows, shipped apart. The source files stay
 * whole (translators and the catalogue tests read them as they are); the build cuts a split
 * namespace in two modules (scripts/vite-catalogue-parts.ts): `first`, loaded with the namespace,
 * and `later`, loaded by the components that show it before they draw (i18n.ts, loadLaterPart).
 *
 * `explore`: the scenario panel's tabs (story, timeline editor and its drafts, claims and their
 * check), the history check and the advanced settings' form — about a third of the explorer's
 * words, loaded when the panel or the fold opens or a historical scenario shows its check. The history check's name and placeholder stay
 * in the first part: the explorer draws them while the check's chunk loads.
 *
 * `model`: the explanations (a lever's "About", an output's description, the indices' terms and
 * the calibration constants under the formulas) — half of a translated model catalogue; the first
 * screen shows the labels and units, and the key figures' explanations. English `model` is built from the model's declarations,
 * which the page has anyway, and is split by hand: only the calibration constants' explanations,
 * which the page does not otherwise load, are its later part (model-catalogue-later.ts).
 *
 * `common`: the seminar session's safety words, which only the seminar's pages show.
 *
 * A path's `*` stands for every key at that level.
 */
// With its extension: vite.config.ts loads this file through scripts/vite-catalogue-parts.ts, and
// Vite's native config loader (its future default) resolves only imports that name their file.
import { KEY_FIGURES } from '../key-figures.ts';

export const LATER_PARTS: Readonly<Record<string, { readonly later: readonly string[]; readonly keptFirst: readonly string[] }>> = {
  explore: { later: ['story', 'timeline', 'draft', 'claims', 'claimText', 'history', 'advanced'], keptFirst: ['history.what', 'history.preparing', 'advanced.summary'] },
  // The key figures carry their output's explanation (a tooltip and description): those stay first.
  model: { later: ['levers.*.doc', 'outputs.*.doc', 'indices.*.terms', 'calibration'], keptFirst: KEY_FIGURES.map((key) => `outputs.${key}.doc`) },
  common: { later: ['sessionSafety'], keptFirst: [] },
};

export type Catalogue = Record<string, unknown>;

function get(c: Catalogue, path: string): unknown {
  if (path === '') return c;
  return path.split('.').reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Catalogue)[k] : undefined), c);
}

function set(c: Catalogue, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = c;
  for (const k of parts.slice(0, -1)) node = (node[k] ??= {}) as Catalogue;
  node[parts[parts.length - 1]] = value;
}

/** Every concrete path a pattern (`a.*.b`) names in a catalogue. */
function expand(c: Catalogue, pattern: string): string[] {
  const [head, ...rest] = pattern.split('.');
  const keys = head === '*' ? Object.keys(c) : head in c ? [head] : [];
  if (rest.length === 0) return keys;
  return keys.flatMap((k) => {
    const child = c[k];
    return child && typeof child === 'object' ? expand(child as Catalogue, rest.join('.')).map((p) => `${k}.${p}`) : [];
  });
}

function remove(c: Catalogue, path: string): void {
  const parts = path.split('.');
  const parent = get(c, parts.slice(0, -1).join('.'));
  if (parts.length === 1) delete c[path];
  else if (parent && typeof parent === 'object') delete (parent as Catalogue)[parts[parts.length - 1]];
}

/** A namespace's catalogue cut in its two parts (a namespace not split: all of it first). */
export function splitCatalogue(ns: string, catalogue: Catalogue): { first: Catalogue; later: Catalogue } {
  const spec = LATER_PARTS[ns];
  if (!spec) return { first: catalogue, later: {} };
  const first = structuredClone(catalogue);
  const later: Catalogue = {};
  for (const path of spec.later.flatMap((p) => expand(catalogue, p))) {
    set(later, path, get(catalogue, path));
    remove(first, path);
  }
  for (const path of spec.keptFirst) {
    const value = get(catalogue, path);
    if (value !== undefined) set(first, path, value);
  }
  return { first, later };
}

/** `b` into `a`, objects merged key by key (the two parts of a namespace put together again). */
export function mergeCatalogues(a: Catalogue, b: Catalogue): Catalogue {
  const out: Catalogue = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const mine = out[k];
    out[k] = mine && v && typeof mine === 'object' && typeof v === 'object' ? mergeCatalogues(mine as Catalogue, v as Catalogue) : v;
  }
  return out;
}
