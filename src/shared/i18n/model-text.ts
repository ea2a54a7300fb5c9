/**
 * The model's declared words in the interface language. The declarations in models/ keep the
 * English (the command line and the ODD read it there); the catalogue `model` holds every
 * language's text under the declaration's key (`levers.<key>.label`, `outputs.<key>.doc`,
 * `routes.<id>`, …), built for English from the declarations themselves
 * (scripts/i18n/model-texts.ts). Components take these functions from `useModelText()`, so they
 * are drawn again when the language changes; other code passes `i18n.t`.
 */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface ModelText {
  leverLabel(key: string): string;
  leverDoc(key: string): string;
  leverUnit(key: string): string;
  groupLabel(id: string): string;
  outputLabel(key: string): string;
  outputDoc(key: string): string;
  outputUnit(key: string): string;
  routeLabel(id: string): string;
  /** A per-route output (RunResult.routes) by its key. */
  routeOutputLabel(key: string): string;
  routeOutputUnit(key: string): string;
  /** A crossing method of a route, by route id and method id. */
  methodLabel(route: string, id: string): string;
  /** A person's state by its name in the model's State table (Home, Trapped, …). */
  stateLabel(name: string): string;
  indexLabel(output: string): string;
  termMeaning(output: string, term: string): string;
  calibrationUnit(key: string): string;
  calibrationDoc(key: string): string;
}

export function modelText(t: TFunction): ModelText {
  // A t is fixed to one language and its loaded catalogues (react-i18next gives a new one when
  // either changes), so each word is looked up once per t: the explorer asks for the same labels
  // at every render of a drag, and i18next's lookup (parsing the key path, resolving the
  // namespace) was a visible part of each render. A key that is not found is not kept.
  const found = new Map<string, string>();
  const m = (key: string) => {
    let text = found.get(key);
    if (text === undefined) {
      text = t(`model:${key}`);
      if (text !== key && text !== `model:${key}`) found.set(key, text);
    }
    return text;
  };
  return {
    leverLabel: (key) => m(`levers.${key}.label`),
    leverDoc: (key) => m(`levers.${key}.doc`),
    leverUnit: (key) => m(`levers.${key}.unit`),
    groupLabel: (id) => m(`groups.${id}`),
    outputLabel: (key) => m(`outputs.${key}.label`),
    outputDoc: (key) => m(`outputs.${key}.doc`),
    outputUnit: (key) => m(`outputs.${key}.unit`),
    routeLabel: (id) => m(`routes.${id}`),
    routeOutputLabel: (key) => m(`routeOutputs.${key}.label`),
    routeOutputUnit: (key) => m(`routeOutputs.${key}.unit`),
    methodLabel: (route, id) => m(`methods.${route}.${id}`),
    stateLabel: (name) => m(`states.${name}`),
    indexLabel: (output) => m(`indices.${output}.label`),
    termMeaning: (output, term) => m(`indices.${output}.terms.${term}`),
    calibrationUnit: (key) => m(`calibration.${key}.unit`),
    calibrationDoc: (key) => m(`calibration.${key}.doc`),
  };
}

/** The model's words for a component, redrawn when the language changes. */
export function useModelText(): ModelText {
  const { t } = useTranslation('model');
  return useMemo(() => modelText(t), [t]);
}

